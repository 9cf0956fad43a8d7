/**
 * @fileoverview A name in the headline made of ordinary capitalised words that neither the article
 * nor any name table knows ("In Bell House, they were…" over a body about the Pentagon): a name
 * translated word by word, or garbled into other words. A real headline's names recur in the body.
 *
 * Leaves alone: title-case headlines (their capitals say nothing), runs with any word that recurs in
 * the article in any form ("Supreme Court" over a body about "the court"), known places, countries
 * and gazetteer names ("Silver Spring", "White House" when the body names it), and runs with a word
 * that is not an ordinary word (those are names syndiq does not know; `headline/unknown-word`
 * judges them).
 *
 * A run counts only where the headline uses it as a place or institution ("In Bell House, …",
 * "from Green Square"): after a preposition of place. Titles of works and events ("Demon Slayer
 * anime", "the 2021 World Cup") stand elsewhere, and syndiq has no table of them.
 */
import { defineRule, type Finding } from '../types.js';
import type { Word } from '../../analysis/words.js';
import { headlineReading } from '../../analysis/headline-reading.js';
import { vocabulary } from '../../resources/vocabulary.js';

const LETTERS_ONLY = /^\p{L}+$/u;
/** Prepositions that make the following name a place or an institution. */
const PLACE_PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['in', 'at', 'from', 'near', 'into', 'inside', 'outside']),
};

/** Runs of two or more joined capitalised words whose capitals mean something. */
function capitalRuns(ws: readonly Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const flush = (): void => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const w of ws) {
    const usable = w.cap && !w.initial && LETTERS_ONLY.test(w.text);
    if (usable && (run.length === 0 || w.joined)) run.push(w);
    else {
      flush();
      if (usable) run.push(w);
    }
  }
  flush();
  return runs;
}

export const headlineAbsentName = defineRule({
  meta: {
    id: 'fluency/headline-absent-name',
    kind: 'name',
    mqm: 'Accuracy/Mistranslation',
    severity: 'major',
    description:
      'A headline name of ordinary capitalised words that neither the article nor any name table knows ("Bell House"); names the body repeats are left alone.',
    needs: [],
    messages: {
      absent: 'The headline names "{{text}}", which the article never mentions and no name table knows',
    },
  },
  check(ctx) {
    const lang = ctx.title.lang;
    const vocab = vocabulary(ctx.resources);
    const prepositions = PLACE_PREPOSITIONS[lang];
    if (!prepositions || !vocab.judges(lang)) return [];
    const reading = ctx.use(headlineReading);
    const findings: Finding[] = [];
    for (const run of capitalRuns(reading.title)) {
      const text = ctx.title.text.slice(run[0]!.start, run[run.length - 1]!.end);
      const before = reading.title[run[0]!.index - 1];
      if (!before || !run[0]!.joined || !prepositions.has(before.plain)) continue;
      // ordinary words are those the dictionary knows in lower case: not "American", "Jehovah"
      if (run.some((w) => reading.inArticle(w) || !vocab.isCommonWord(w.text.toLowerCase(), lang))) continue;
      if (vocab.isName(text)) continue;
      findings.push({
        messageId: 'absent',
        field: 'title',
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        data: { text },
      });
    }
    return findings;
  },
});
