/**
 * A bilingual lexicon: source-language lemma -> English renderings, best first. Parsed from
 * `corpora/lexicons/bilingual/<lang>-en.tsv.gz` (`lemma<TAB>rendering|rendering`, sorted by lemma).
 */
import { normalizeKey } from './normalize.js';
import { parseSortedTable } from './sorted-table.js';

export interface BilingualLexicon {
  /** ISO 639-1 code of the source language. */
  readonly lang: string;
  readonly size: number;
  /** English renderings of a lemma, best first; empty when the lexicon does not know it. */
  renderings(lemma: string): readonly string[];
  has(lemma: string): boolean;
  lemmas(): IterableIterator<string>;
  /** The lemmas that start with `prefix` (normalised as keys are). */
  lemmasWithPrefix(prefix: string): IterableIterator<string>;
}

const NONE: readonly string[] = Object.freeze([]);

export function parseBilingual(text: string, file: string, lang: string): BilingualLexicon {
  const table = parseSortedTable(text, file);
  const raw = (lemma: string): string | undefined => table.get(lemma) ?? table.get(normalizeKey(lemma, lang));
  return {
    lang,
    size: table.size,
    renderings: (lemma) => raw(lemma)?.split('|') ?? NONE,
    has: (lemma) => raw(lemma) !== undefined,
    lemmas: () => table.keys(),
    lemmasWithPrefix: (prefix) => table.keysWithPrefix(normalizeKey(prefix, lang)),
  };
}
