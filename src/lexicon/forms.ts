/**
 * Word -> lemmas of a bilingual lexicon, precomputed by the build: inflected forms from Hunspell affix
 * expansion (`<lang>-forms.tsv.gz`, for uk, ru, pl) and Snowball stems of the lemmas
 * (`<lang>-stems.tsv.gz`, for the languages with a stemmer; the text's words are stemmed at run time
 * with the same stemmer). Rows are `form<TAB>lemma|lemma`, sorted.
 */
import { parseSortedTable } from './sorted-table.js';

export interface FormTable {
  readonly lang: string;
  readonly size: number;
  /** Lemmas this key (a normalised form, or a stem) belongs to; empty if none. */
  lemmasOf(key: string): readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

export function parseForms(text: string, file: string, lang: string): FormTable {
  const table = parseSortedTable(text, file);
  return {
    lang,
    size: table.size,
    lemmasOf: (key) => table.get(key)?.split('|') ?? NONE,
  };
}
