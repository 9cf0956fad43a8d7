/**
 * The regular expressions of the sources, each checked for catastrophic backtracking with recheck
 * (automaton analysis, fuzzing where the automaton is too large). Patterns written the same way are
 * checked once.
 */
import { check, type Diagnostics } from 'recheck';
import type { FoundPattern } from './collect.js';

export interface AuditEntry {
  pattern: string;
  flags: string;
  /** Where it is written. */
  places: string[];
  status: Diagnostics['status'];
  /** For a vulnerable one: its complexity and an attack string's shape; for an unknown one, why. */
  detail: string;
}

export interface AuditOptions {
  /** Milliseconds recheck may spend on one pattern before calling it undecided (default 30 s). */
  timeoutMs?: number;
}

function describe(d: Diagnostics): string {
  if (d.status === 'vulnerable')
    return `${d.complexity.summary}; attack ${JSON.stringify(d.attack.pattern)} (${d.checker})`;
  if (d.status === 'unknown')
    return 'message' in d.error ? `${d.error.kind}: ${d.error.message}` : d.error.kind;
  return `${d.complexity.summary} (${d.checker})`;
}

export async function auditPatterns(
  found: readonly FoundPattern[],
  options: AuditOptions = {},
): Promise<AuditEntry[]> {
  const unique = new Map<string, AuditEntry>();
  for (const p of found) {
    if (p.source === null) continue;
    const key = `${p.flags}\u0000${p.source}`;
    const place = `${p.file}:${p.line}`;
    const known = unique.get(key);
    if (known) known.places.push(place);
    else
      unique.set(key, { pattern: p.source, flags: p.flags, places: [place], status: 'unknown', detail: '' });
  }
  for (const entry of unique.values()) {
    // one at a time: the machine may be busy, and recheck's own timeout is per pattern
    const d = await check(entry.pattern, entry.flags, {
      timeout: options.timeoutMs ?? 30_000,
      // fuzzing bounded by steps, not by milliseconds: the verdict must not depend on the machine's load
      attackTimeout: null,
      incubationTimeout: null,
      seedingTimeout: null,
    });
    entry.status = d.status;
    entry.detail = describe(d);
  }
  return [...unique.values()];
}
