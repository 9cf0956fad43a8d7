/**
 * `npm run audit:regex [folder]`: list every regular expression in the sources (default src/) that
 * recheck finds vulnerable to catastrophic backtracking, and those it could not decide or that are
 * built at run time from values it cannot see; with the default folder, the patterns built from the
 * data files (calques, spelling folds) are checked too. Exits 1 when one is vulnerable. CI runs it
 * as a step of its own; the test suite checks only the tools and the fixed patterns' attack strings.
 */
import { resolve } from 'node:path';
import { auditPatterns } from './audit.js';
import { collectPatterns } from './collect.js';
import { dataPatterns } from './data-patterns.js';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
const dir = resolve(folder ?? 'src');
// the patterns built from data files come with the sources they belong to
const found = [...collectPatterns(dir), ...(folder ? [] : dataPatterns())];
const entries = await auditPatterns(found);
const vulnerable = entries.filter((e) => e.status === 'vulnerable');
const unknown = entries.filter((e) => e.status === 'unknown');
const dynamic = found.filter((p) => p.source === null);
const show = (e: (typeof entries)[number]): string =>
  `  /${e.pattern}/${e.flags}\n    ${e.places.slice(0, 5).join(', ')}${e.places.length > 5 ? ', …' : ''}\n    ${e.detail}`;
console.log(
  `${found.length} regular expressions (${entries.length} distinct, ${dynamic.length} built at run time) in ${dir}`,
);
if (vulnerable.length)
  console.log(`\nvulnerable (${vulnerable.length}):\n${vulnerable.map(show).join('\n')}`);
if (unknown.length) console.log(`\nundecided (${unknown.length}):\n${unknown.map(show).join('\n')}`);
if (dynamic.length)
  console.log(
    `\nbuilt at run time, not audited (${dynamic.length}):\n${dynamic.map((p) => `  ${p.file}:${p.line}  ${p.code.replace(/\s+/g, ' ').slice(0, 120)}`).join('\n')}`,
  );
console.log(vulnerable.length ? '\nFAILED: vulnerable patterns found' : '\nno vulnerable pattern');
process.exit(vulnerable.length ? 1 : 0);
