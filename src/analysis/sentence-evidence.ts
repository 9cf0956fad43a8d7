/**
 * Word evidence of every aligned sentence pair of an article, computed once per article and shared by
 * the rules that read it (`ctx.use(sentenceEvidence)`). A sentence with no counterpart is checked
 * against its whole paragraph group on the other side, so a sentence the aligner left unpaired but
 * whose words were carried into a neighbouring sentence is not mistaken for a dropped one.
 */
import type { SentencePair } from '../align/types.js';
import { explainPair, type PairEvidence } from '../meaning/explain.js';
import { committedLexicalResources, type LexicalResources } from '../meaning/lexical.js';
import { defineAnalysis, type RuleContext } from '../rules/types.js';
import type { FieldText } from '../text/field.js';
import type { Span } from '../text/segment.js';
import { alignedGroups } from './aligned-groups.js';

export interface SentenceEvidence {
  pair: SentencePair;
  /** Original side (one or two sentences) and republished side as spans; null for an empty side. */
  original: Span | null;
  republished: Span | null;
  /** Evidence of the pair itself; for a gap, of the lone side against its whole paragraph group. */
  evidence: PairEvidence;
}

export interface ArticleEvidence {
  sentences: SentenceEvidence[];
  /** Word-weighted shares over all sentence pairs with both sides (1 when there are none). */
  sourceShare: number;
  targetShare: number;
}

/**
 * The committed lexical tables, loaded once per process (per worker thread): functions cannot cross
 * to workers inside the plain-data resources, so each thread keeps its own lazily loaded set.
 */
export function lexicalOf(_ctx: RuleContext): LexicalResources {
  return committedLexicalResources();
}

function spanOf(field: FieldText, indices: readonly number[], text: string): Span | null {
  if (!indices.length) return null;
  const first = field.sentences[indices[0]!]!;
  const last = field.sentences[indices[indices.length - 1]!]!;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

function groupSpan(field: FieldText, paragraphs: readonly number[]): Span {
  const first = field.paragraphs[Math.min(...paragraphs)]!;
  const last = field.paragraphs[Math.max(...paragraphs)]!;
  return { start: first.start, end: last.end, text: field.text.slice(first.start, last.end) };
}

/**
 * The article's sentence evidence, or null without an original, a sentence alignment, or a lexicon
 * for the original's language (the article must be in English).
 */
export const sentenceEvidence = defineAnalysis('sentence-evidence', compute);

function compute(ctx: RuleContext): ArticleEvidence | null {
  const original = ctx.original;
  const sentences = ctx.alignment?.sentences;
  if (!original || !sentences || ctx.body.lang !== 'en') return null;
  const lex = lexicalOf(ctx);
  if (!lex.source(original.lang)) return null;
  const groups = alignedGroups(ctx.alignment!);
  const out: SentenceEvidence[] = [];
  let known = 0;
  let explained = 0;
  let target = 0;
  let targetExplained = 0;
  for (const pair of sentences) {
    const o = spanOf(original.body, pair.original, original.body.text);
    const r = spanOf(ctx.body, pair.republished, ctx.body.text);
    const g = groups[pair.group]!;
    const oSide = o ?? groupSpan(original.body, g.original);
    const rSide = r ?? groupSpan(ctx.body, g.republished);
    const evidence = explainPair(oSide.text, original.lang, rSide.text, lex, {
      source: oSide.start,
      target: rSide.start,
    });
    if (o && r) {
      known += evidence.source.length;
      explained += evidence.source.filter((c) => c.explained).length;
      target += evidence.target.length;
      targetExplained += evidence.target.filter((c) => c.explained).length;
    }
    out.push({ pair, original: o, republished: r, evidence });
  }
  return {
    sentences: out,
    sourceShare: known ? explained / known : 1,
    targetShare: target ? targetExplained / target : 1,
  };
}
