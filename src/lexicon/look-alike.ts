/**
 * Whether an English word looks like a source word: the same phonetic spelling (`foldWord`: Cyrillic
 * romanised, kh/h/g, c/k, w/v, y/i merged) over most of both words. "magazine" looks like "магазин",
 * "decade" like "декада", "accurate" like "акуратний"; "mistake" does not look like "міста" (the
 * English word goes on well past it).
 */
import { foldWord } from '../text/translit.js';

/** Folded words shorter than this share a start by chance ("city" / "сіль"). */
export const MIN_LOOK_ALIKE_KEY = 5;
/** Share of the longer folded word (the source word less an inflection ending) the shared start must cover. */
const COVER = 0.75;
/** Letters of a source word's inflection ending that the English word need not match ("аккуратные"). */
const ENDING = 2;

/** Length of the common start of two strings. */
export function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Whether a folded English spelling looks like a folded source spelling (see above). */
export function foldedAlike(source: string, english: string): boolean {
  const shared = commonStart(source, english);
  return shared >= MIN_LOOK_ALIKE_KEY && shared >= COVER * Math.max(source.length - ENDING, english.length);
}

/** Whether `english` looks like `source`, a word of language `lang`. */
export function looksAlike(source: string, lang: string, english: string): boolean {
  return foldedAlike(foldWord(source, lang), foldWord(english));
}
