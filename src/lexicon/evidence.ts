/**
 * Word evidence for one language pair: from a word as it appears in a source text to its lemma(s)
 * and their English renderings. A word is looked up as it is, then in the precomputed form table, then
 * by its Snowball stem in the table of the lemmas' stems; the first step that finds a lemma wins.
 */
import { aspectCandidates, pastInfinitives } from './aspect.js';
import type { BilingualLexicon } from './bilingual.js';
import type { FormTable } from './forms.js';
import { normalizeKey } from './normalize.js';
import type { Stem } from './stemmer.js';

export interface WordEvidence {
  readonly lang: string;
  readonly lexicon: BilingualLexicon;
  /** Lemmas of the lexicon a source word may be a form of; empty when none is known. */
  lemmaOf(word: string): readonly string[];
  /** English renderings of a source word through its lemmas, best first, without repeats. */
  renderings(word: string): readonly string[];
}

export interface EvidenceParts {
  readonly lexicon: BilingualLexicon;
  readonly forms?: FormTable | undefined;
  /** The stems of the lexicon's lemmas, with the stemmer that made them. */
  readonly stems?: { readonly table: FormTable; readonly stem: Stem } | undefined;
}

const NONE: readonly string[] = Object.freeze([]);
/** Words whose renderings are kept (about a day of news vocabulary); past it, all are dropped. */
const RENDERINGS_MEMO_MAX = 50_000;

export function wordEvidence({ lexicon, forms, stems }: EvidenceParts): WordEvidence {
  const lang = lexicon.lang;
  const lemmaOf = (word: string): readonly string[] => {
    const key = normalizeKey(word, lang);
    if (lexicon.has(key)) return [key];
    const viaForms = forms?.lemmasOf(key) ?? NONE;
    if (viaForms.length) return viaForms;
    return stems ? stems.table.lemmasOf(stems.stem(key)) : NONE;
  };
  // a verb's imperfective partner first: the inverted dictionaries render verbs by it (see aspect.ts)
  const withPartners = (lemmas: readonly string[]): string[] =>
    lemmas.flatMap((l) => {
      const partner = aspectCandidates(l, lang).find((c) => lexicon.has(c));
      return partner ? [partner, l] : [l];
    });
  const renderingsOf = (word: string): readonly string[] => {
    let lemmas = lemmaOf(word);
    // a past-tense form of a verb the lexicon knows only by its partner ("зросли": зрости, зростати)
    if (!lemmas.length) lemmas = pastInfinitives(normalizeKey(word, lang), lang);
    const all = withPartners(lemmas);
    if (all.length === 1) return lexicon.renderings(all[0]!);
    const out: string[] = [];
    for (const l of all) for (const r of lexicon.renderings(l)) if (!out.includes(r)) out.push(r);
    return out;
  };
  // the rules ask for the same words' renderings again and again (each a few table searches)
  const memo = new Map<string, readonly string[]>();
  return {
    lang,
    lexicon,
    lemmaOf,
    renderings(word) {
      let out = memo.get(word);
      if (out === undefined) {
        if (memo.size >= RENDERINGS_MEMO_MAX) memo.clear();
        memo.set(word, (out = renderingsOf(word)));
      }
      return out;
    },
  };
}
