/**
 * The sentence pairs of an article that the aligner is sure of, for the rules that compare a
 * sentence word by word with its counterpart (negation, antonyms, tense): both sides present, and
 * either anchors in common (numbers, names, cognates) or, without them, half or more of the
 * original's dictionary words rendered in the translation.
 */
import type { SentencePair } from '../align/types.js';
import { defineAnalysis, type RuleContext } from '../rules/types.js';
import type { Span } from '../text/segment.js';
import { pick } from './aligned-groups.js';
import { sentenceEvidence } from './sentence-evidence.js';

/** Sentence pairs less alike than this (anchors: numbers, names, cognates) may not translate each other. */
const MIN_SIMILARITY = 0.2;
/** Or: at least this many original words the dictionary knows, this share of them rendered in the pair. */
const MIN_EVIDENCE_WORDS = 2;
const MIN_EVIDENCE_SHARE = 0.5;

export interface ConfidentPair {
  pair: SentencePair;
  /** Whether the aligner is sure the two sides translate each other (see above). */
  sure: boolean;
  /** The original's sentences and the republished sentences of the pair, as spans of their bodies. */
  original: Span[];
  republished: Span[];
}

/** Every sentence pair with both sides, each marked sure or not. */
export const sentencePairs = defineAnalysis('sentence-pairs', (ctx: RuleContext): ConfidentPair[] => {
  const original = ctx.original;
  if (!original) return [];
  const evidence = new Map((ctx.use(sentenceEvidence)?.sentences ?? []).map((e) => [e.pair, e.evidence]));
  const sure = (pair: SentencePair): boolean => {
    if (pair.similarity >= MIN_SIMILARITY) return true;
    const e = evidence.get(pair);
    return !!e && e.source.length >= MIN_EVIDENCE_WORDS && e.sourceShare >= MIN_EVIDENCE_SHARE;
  };
  return (ctx.alignment?.sentences ?? [])
    .filter((pair) => pair.republished.length && pair.original.length)
    .map((pair) => ({
      pair,
      sure: sure(pair),
      original: pick(original.body.sentences, pair.original),
      republished: pick(ctx.body.sentences, pair.republished),
    }));
});

/** The sentence pairs the aligner is sure of. */
export const confidentPairs = defineAnalysis('confident-pairs', (ctx: RuleContext): ConfidentPair[] =>
  ctx.use(sentencePairs).filter((p) => p.sure),
);
