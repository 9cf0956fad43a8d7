/**
 * Regular expressions syndiq builds from its data files rather than writes in code: the calque
 * patterns of the lexicons and the spelling folds of the language table. They are audited with the
 * literals, under the data file's name.
 */
import { knownLanguages, LANGUAGE_TABLE_FILE } from '../../src/lang/languages.js';
import { loadResources } from '../../src/resources.js';
import { calques } from '../../src/resources/calques.js';
import type { FoundPattern } from './collect.js';

export function dataPatterns(): FoundPattern[] {
  const out: FoundPattern[] = [];
  for (const c of calques(loadResources()))
    out.push({
      file: `corpora/lexicons/calques.${c.pair}.txt`,
      line: 0,
      source: c.regex.source,
      flags: c.regex.flags,
      code: c.pattern,
    });
  for (const l of knownLanguages())
    for (const [from] of l.fold)
      out.push({ file: LANGUAGE_TABLE_FILE, line: 0, source: from, flags: 'g', code: `${l.code}: ${from}` });
  return out;
}
