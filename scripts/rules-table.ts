/**
 * `npm run rules:table`: writes the README's rule table from the rules' metadata, between the
 * `rules-table` markers. A test fails when the README's table and the metadata differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { RULES } from '../src/rules/registry.js';
import type { Rule } from '../src/rules/types.js';

export const README = join(fileURLToPath(new URL('..', import.meta.url)), 'README.md');
export const START =
  "<!-- rules-table:start (npm run rules:table writes this table from the rules' meta) -->";
export const END = '<!-- rules-table:end -->';

export const HEADER = ['rule', 'kind', 'MQM', 'default severity', 'needs', 'what it finds'] as const;

/** One row per rule, in the order the engine runs them. */
export function ruleTableRows(rules: readonly Rule[] = RULES): string[][] {
  return rules.map(({ meta }) => [
    `\`${meta.id}\``,
    meta.kind,
    meta.mqm,
    DEFAULT_CONFIG.rules[meta.id] === 'off' ? `${meta.severity} (off by default)` : meta.severity,
    meta.needs.join(', '),
    meta.description.replace(/\|/g, '\\|'),
  ]);
}

export function renderRuleTable(rows: readonly (readonly string[])[]): string {
  const widths = HEADER.map((h, k) => Math.max(3, h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, k) => c.padEnd(widths[k]!)).join(' | ')} |`;
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The cells of the table between the markers (header and separator left out), or null without markers. */
export function readRuleTable(readme: string): string[][] | null {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return null;
  return readme
    .slice(from + START.length, to)
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

export function replaceRuleTable(readme: string, table: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md: no ${START} … ${END} markers`);
  return `${readme.slice(0, from + START.length)}\n\n${table}\n\n${readme.slice(to)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const readme = readFileSync(README, 'utf8');
  writeFileSync(README, replaceRuleTable(readme, renderRuleTable(ruleTableRows())));
  console.log(`README.md: rule table written (${RULES.length} rules)`);
}
