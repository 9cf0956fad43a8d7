/**
 * English known words with their SUBTLEX-US frequency (`english/words.tsv.gz`) and WordNet's
 * irregular inflections (`english/irregular.tsv.gz`): whether a word is real English, how common it
 * is, and the lemma of "went" or "children" that a stemmer cannot find.
 */
import { parseSortedTable, type SortedTable } from './sorted-table.js';

export interface EnglishWords {
  readonly size: number;
  /** Whether the word (any case; possessive 's and contractions n't 're 've 'll 'd 'm stripped) is known. */
  isKnown(word: string): boolean;
  /** Occurrences in the 51-million-word SUBTLEX-US corpus; 0 for a known but uncounted word, undefined if unknown. */
  count(word: string): number | undefined;
}

export interface EnglishIrregulars {
  readonly size: number;
  /** Lemmas of an irregular form ("went" -> ["go"]); empty when the form is not irregular. */
  lemmasOf(form: string): readonly string[];
}

// English clitics: "don't", "we're", "she'll" are known when their base is.
const CLITIC = /(?:n't|'s|'re|'ve|'ll|'d|'m)$/;
const NONE: readonly string[] = Object.freeze([]);

function lookupCount(table: SortedTable, word: string): number | undefined {
  const w = word.toLowerCase().replace(/’/g, "'");
  const raw = table.get(w);
  if (raw !== undefined) return Number(raw);
  if (!CLITIC.test(w)) return undefined;
  const base = w.replace(CLITIC, '');
  // "can't" and "won't" lose an n with their clitic.
  const known = table.get(base) ?? (w.endsWith("n't") ? table.get(`${base}n`) : undefined);
  return known === undefined ? undefined : 0;
}

export function parseEnglishWords(text: string, file: string): EnglishWords {
  const table = parseSortedTable(text, file);
  return {
    size: table.size,
    isKnown: (word) => lookupCount(table, word) !== undefined,
    count: (word) => lookupCount(table, word),
  };
}

export function parseEnglishIrregulars(text: string, file: string): EnglishIrregulars {
  const table = parseSortedTable(text, file);
  return {
    size: table.size,
    lemmasOf: (form) => table.get(form.toLowerCase())?.split('|') ?? NONE,
  };
}

export interface EnglishAntonyms {
  /** WordNet's direct antonyms of a lower-case lemma ("rise" -> ["fall", "set"]); empty when none. */
  antonymsOf(word: string): readonly string[];
}

export function parseEnglishAntonyms(text: string, file: string): EnglishAntonyms {
  const table = new Map<string, readonly string[]>();
  text.split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    const [word, antonyms] = line.split('\t');
    if (!word || !antonyms) throw new Error(`${file}:${i + 1}: expected "word<TAB>antonyms"`);
    table.set(word, Object.freeze(antonyms.split('|')));
  });
  return { antonymsOf: (word) => table.get(word) ?? NONE };
}
