/**
 * @fileoverview A headline word one letter away from the body's word in the same place ("Mother and
 * Sin settled…" over a lead "Mother and son met…"): the headline was garbled where the body was not.
 * Same place means the same neighbouring words on both sides, or the two words before or after.
 * The suggestion is the body's word.
 *
 * Leaves alone inflections of one word ("cut" / "cuts", "met" / "meet", "Kyiv" / "Kyiv's"), a
 * headline word that occurs anywhere in the article, numbers, words of one or two letters, and a
 * headline word more common than the body's ("Week" over a body's "Meek": the body has the slip).
 */
import levenshtein from 'fast-levenshtein';
import { defineRule, type Finding } from '../types.js';
import type { Word } from '../../analysis/words.js';
import { headlineReading } from '../../analysis/headline-reading.js';
import { vocabulary } from '../../resources/vocabulary.js';

const MIN_LENGTH = 3;
const LETTERS_ONLY = /^\p{L}+$/u;
/** A shared neighbour this short ("and", "of") says little on its own. */
const CONTENT_WORD = 4;

/** Neighbours of both words that agree: the nearest on each side, and the next one out where the nearest agrees. */
function sharedContext(title: readonly Word[], i: number, body: readonly Word[], j: number): Word[] {
  const shared: Word[] = [];
  for (const side of [-1, 1]) {
    for (const d of [side, 2 * side]) {
      const a = title[i + d];
      if (!a || a.plain !== body[j + d]?.plain) break;
      shared.push(a);
    }
  }
  return shared;
}

/**
 * Forms of one word: one extends the other ("cut" / "cuts"), or, in a language that inflects (not
 * English), they differ in the second half, where endings and aspect suffixes are ("раді" / "ради",
 * "изучить" / "изучать").
 */
function inflected(a: string, b: string, lang: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  if (lang === 'en') return false;
  let p = 0;
  while (p < a.length && a[p] === b[p]) p++;
  return p >= Math.min(a.length, b.length) / 2;
}

export const headlineBodyMismatch = defineRule({
  meta: {
    id: 'fluency/headline-body-mismatch',
    kind: 'mistranslation',
    mqm: 'Accuracy/Mistranslation',
    severity: 'major',
    description:
      'A headline word one letter away from the body word in the same place ("Mother and Sin" over "Mother and son"); inflections are left alone.',
    hasSuggestions: true,
    needs: [],
    messages: {
      differs: '"{{text}}" in the headline is "{{expected}}" in the article',
    },
  },
  check(ctx) {
    const reading = ctx.use(headlineReading);
    const vocab = vocabulary(ctx.resources);
    const { title, body } = reading;
    const findings: Finding[] = [];
    title.forEach((h, i) => {
      if (h.plain.length < MIN_LENGTH || !LETTERS_ONLY.test(h.text) || h.acronym || reading.inArticle(h))
        return;
      for (let j = 0; j < body.length; j++) {
        const b = body[j]!;
        if (b.plain === h.plain || Math.abs(b.plain.length - h.plain.length) > 1) continue;
        if (
          inflected(b.plain, h.plain, ctx.title.lang) ||
          reading.sameStem(b, h) ||
          levenshtein.get(b.plain, h.plain) !== 1
        )
          continue;
        if (vocab.sameLemma(b.plain, h.plain)) continue;
        // the rarer form is the slip: a body that has "Meek" under a headline with "Week" is the typo
        if (ctx.title.lang === 'en' && vocab.frequency(h.plain) > vocab.frequency(b.plain)) continue;
        const shared = sharedContext(title, i, body, j);
        if (shared.length < 2 || !shared.some((w) => w.plain.length >= CONTENT_WORD)) continue;
        findings.push({
          messageId: 'differs',
          field: 'title',
          start: h.start,
          end: h.end,
          data: { text: h.text, expected: b.text },
          suggestion: b.text,
        });
        return;
      }
    });
    return findings;
  },
});
