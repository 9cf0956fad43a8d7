/**
 * The patterns a full audit found safe (safe-patterns.json), keyed by flags and source. The test suite
 * re-audits only patterns not on it, so it stays quick while every new or changed pattern is checked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AuditEntry } from './audit.js';
import type { FoundPattern } from './collect.js';

export const SAFE_LIST_FILE = new URL('./safe-patterns.json', import.meta.url);

export const patternKey = (p: { flags: string; source: string }): string => `/${p.source}/${p.flags}`;

export function readSafePatterns(): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(SAFE_LIST_FILE, 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

export function writeSafePatterns(safe: readonly AuditEntry[]): number {
  const keys = [...new Set(safe.map((e) => patternKey({ flags: e.flags, source: e.pattern })))].sort();
  writeFileSync(SAFE_LIST_FILE, `${JSON.stringify(keys, null, 2)}\n`);
  return keys.length;
}

/** The found patterns not yet known to be safe (dynamic ones have nothing to check). */
export function unaudited(found: readonly FoundPattern[], safe: ReadonlySet<string>): FoundPattern[] {
  return found.filter(
    (p) => p.source !== null && !safe.has(patternKey({ flags: p.flags, source: p.source })),
  );
}
