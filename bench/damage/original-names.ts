/**
 * Which words of a translation carry a name of its original, for the damages that inject name errors:
 * a name damage is only a name error where the translated word is a name of the original. "Monday",
 * "March", "Catholic" or "Office" are capitalised in English but come from lower-case common words of
 * a Ukrainian or Russian original; replacing them injects a word error, not a name error.
 *
 * A name of the original is a word the original capitalises inside a sentence (a word at a sentence
 * start is only a name when the original capitalises it elsewhere too), or a form the place and
 * language tables know. A translation word carries it when it is spelled as that word's
 * transliteration (same phonetic key, a case ending aside) or is a word of the table's English name.
 * The harness reads the original here; the rules never see this.
 */
import { loadPlaceNames } from '../../src/lexicon/load.js';
import { foldWord, romanisationKey, ROMANISING, transliterate } from '../../src/text/translit.js';

/** Letters a case ending adds to a name's stem at most ("Києві" for Kyiv, "Шарія" for Shariy). */
const MAX_ENDING = 3;
/** Shorter keys match too much by prefix. */
const MIN_KEY = 3;

const WORD = /\p{L}[\p{L}'’ʼ-]*/gu;
const SENTENCE_END = /[.!?…]["»”)]*\s*$/u;

function capitalised(w: string): boolean {
  return w[0] !== w[0]!.toLowerCase() && w.slice(1) !== w.slice(1).toUpperCase();
}

/** The words of the original that are names, by its capitalisation and the name tables. */
function originalNames(text: string, lang: string): { folds: Map<string, string>; english: Set<string> } {
  const places = loadPlaceNamesOnce(lang);
  const inside = new Set<string>();
  const initial = new Set<string>();
  const english = new Set<string>();
  for (const para of text.split(/\n\s*\n/)) {
    for (const m of para.matchAll(WORD)) {
      const w = m[0];
      const atStart = m.index === 0 || SENTENCE_END.test(para.slice(0, m.index));
      if (capitalised(w)) (atStart ? initial : inside).add(w);
      for (const e of places?.englishOf(w)?.english ?? [])
        for (const part of e.split(/[ -]+/)) english.add(part.toLowerCase());
    }
  }
  // phonetic key -> the original word
  const folds = new Map<string, string>();
  for (const w of inside) folds.set(foldWord(w, lang), w);
  // a capitalised word at a sentence start is a name when the original writes it capitalised inside
  // a sentence too (in another form, perhaps); otherwise it is capitalised by its place
  for (const w of initial) {
    const f = foldWord(w, lang);
    if ([...inside].some((x) => sharesStem(foldWord(x, lang), f))) folds.set(f, w);
  }
  return { folds, english };
}

const placeTables = new Map<string, ReturnType<typeof loadPlaceNames>>();
function loadPlaceNamesOnce(lang: string): ReturnType<typeof loadPlaceNames> {
  if (!placeTables.has(lang)) placeTables.set(lang, loadPlaceNames(lang));
  return placeTables.get(lang);
}

/** One key is the other with at most a case ending more. */
function sharesStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_KEY && long.startsWith(short) && long.length - short.length <= MAX_ENDING;
}

export interface OriginalNames {
  /** Whether this word of the translation carries a name of the original. */
  isName(word: string): boolean;
  /**
   * Whether `spelling` is what a romanisation of the language table writes for the original word
   * that `word` carries, a case ending aside ("Boris" for "Борис", as Russian romanises it).
   */
  romanises(word: string, spelling: string): boolean;
}

export function namesOfOriginal(original: { title: string; body: string }, lang: string): OriginalNames {
  const { folds, english } = originalNames(`${original.title}\n\n${original.body}`, lang);
  const carried = (word: string): string[] => {
    const f = foldWord(word.replace(/['’]s$/u, ''), 'en');
    return [...folds].filter(([o]) => sharesStem(o, f)).map(([, w]) => w);
  };
  return {
    isName(word) {
      const bare = word.replace(/['’]s$/u, '');
      return english.has(bare.toLowerCase()) || carried(bare).length > 0;
    },
    romanises(word, spelling) {
      const key = romanisationKey(spelling);
      return carried(word).some((ow) =>
        ROMANISING.some((l) => sharesStem(romanisationKey(transliterate(ow, l)), key)),
      );
    },
  };
}
