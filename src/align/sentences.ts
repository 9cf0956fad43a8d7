/**
 * Sentence alignment inside aligned paragraphs: within each group of paragraphs that translate each
 * other, a monotone dynamic programme over 1-1, 1-2, 2-1, 1-0 and 0-1 sentence steps.
 *
 * Each step is scored the Gale-Church way (Gale & Church 1993, "A program for aligning sentences in
 * bilingual corpora"): the log probability of the step type times the probability that the two
 * lengths in characters differ as much as they do, given the document's own length ratio. On top of
 * that come anchors: a similarity of the two sides (cross-lingual keys: numbers, names, cognates; or
 * bilingual word evidence when a scorer is supplied) and quotation marks on both sides or neither.
 */
import { alignedGroups } from '../analysis/aligned-groups.js';
import { textKeys } from '../match/keys.js';
import type { FieldText } from '../text/field.js';
import type { Span } from '../text/segment.js';
import type { Alignment, SentencePair } from './types.js';

/** 0-1 similarity of a republished and an original passage (both plain text). */
export type SentenceScorer = (republished: string, original: string) => number;

/** Gale-Church priors of the step types, estimated on their parallel corpus. */
const PRIOR = { one: 0.89, gap: 0.0099, merge: 0.089 } as const;
/** Gale-Church variance of the target length per source character. */
const VARIANCE = 6.8;
/** Weight of the anchor similarity against the length evidence (log-probability units). */
const ANCHOR_WEIGHT = 6;
/** Similarity assumed for a pair whose sides carry no anchors at all (neutral). */
const NEUTRAL = 0.3;

/** Standard normal cumulative distribution (Abramowitz & Stegun 26.2.17). */
function phi(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return x > 0 ? 1 - p : p;
}

/** Log probability that lengths `rep` and `orig` translate each other, given the ratio `c`. */
function lengthLogProb(rep: number, orig: number, c: number): number {
  const mean = (orig + rep / c) / 2;
  if (mean === 0) return 0;
  const delta = (rep - orig * c) / Math.sqrt(Math.max(1, mean) * VARIANCE);
  const p = 2 * (1 - phi(Math.abs(delta)));
  return Math.log(Math.max(p, 1e-12));
}

const QUOTE = /["«»„“”「」『』‘’‚]/u;

/** The default scorer: Dice of the cross-lingual keys (numbers, names, cognate prefixes). */
export function keyScorer(repLang: string, origLang: string): SentenceScorer {
  return (rep, orig) => {
    const a = new Set(textKeys(rep, repLang));
    const b = new Set(textKeys(orig, origLang));
    if (a.size + b.size === 0) return NEUTRAL;
    let shared = 0;
    for (const k of a) if (b.has(k)) shared++;
    return (2 * shared) / (a.size + b.size);
  };
}

/** Sentences inside the given paragraphs, as indices into the field's sentences. */
function sentencesIn(field: FieldText, paragraphs: readonly number[]): number[] {
  const out: number[] = [];
  const spans = paragraphs.map((p) => field.paragraphs[p]).filter((s): s is Span => s !== undefined);
  field.sentences.forEach((s, i) => {
    if (spans.some((p) => s.start >= p.start && s.end <= p.end)) out.push(i);
  });
  return out;
}

type Step = [rep: number, orig: number];
const STEPS: readonly Step[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
];

function alignGroup(
  rep: readonly Span[],
  orig: readonly Span[],
  ratio: number,
  scorer: SentenceScorer,
): { rep: number[]; orig: number[]; similarity: number }[] {
  const R = rep.length;
  const O = orig.length;
  const text = (spans: readonly Span[], from: number, to: number): string =>
    spans
      .slice(from, to)
      .map((s) => s.text)
      .join(' ');
  const sims = new Map<string, number>();
  const similarity = (i0: number, i1: number, j0: number, j1: number): number => {
    const key = `${i0},${i1},${j0},${j1}`;
    let s = sims.get(key);
    if (s === undefined) {
      const a = text(rep, i0, i1);
      const b = text(orig, j0, j1);
      s = scorer(a, b);
      // a merge is only as good as its weaker part: one sentence with nothing in common with the
      // other side is a gap, not half of a merge
      if (i1 - i0 === 2)
        s = (s + Math.min(similarity(i0, i0 + 1, j0, j1), similarity(i0 + 1, i1, j0, j1))) / 2;
      if (j1 - j0 === 2)
        s = (s + Math.min(similarity(i0, i1, j0, j0 + 1), similarity(i0, i1, j0 + 1, j1))) / 2;
      if (QUOTE.test(a) !== QUOTE.test(b)) s -= 0.1;
      sims.set(key, s);
    }
    return s;
  };
  const len = (spans: readonly Span[], from: number, to: number): number =>
    spans.slice(from, to).reduce((n, s) => n + s.text.length, 0);
  const best: number[][] = Array.from({ length: R + 1 }, () => new Array<number>(O + 1).fill(-Infinity));
  const back: (Step | null)[][] = Array.from({ length: R + 1 }, () =>
    new Array<Step | null>(O + 1).fill(null),
  );
  best[0]![0] = 0;
  for (let i = 0; i <= R; i++) {
    for (let j = 0; j <= O; j++) {
      for (const st of STEPS) {
        const [di, dj] = st;
        if (i < di || j < dj) continue;
        const from = best[i - di]![j - dj]!;
        if (from === -Infinity) continue;
        const prior = di === 0 || dj === 0 ? PRIOR.gap : di + dj === 2 ? PRIOR.one : PRIOR.merge;
        let value = from + Math.log(prior);
        // a gap has no length to compare: Gale-Church's length term would make any long
        // sentence impossible to drop, and a dropped sentence is what we look for
        if (di > 0 && dj > 0)
          value +=
            lengthLogProb(len(rep, i - di, i), len(orig, j - dj, j), ratio) +
            ANCHOR_WEIGHT * (similarity(i - di, i, j - dj, j) - NEUTRAL);
        if (value > best[i]![j]!) {
          best[i]![j] = value;
          back[i]![j] = st;
        }
      }
    }
  }
  const out: { rep: number[]; orig: number[]; similarity: number }[] = [];
  let i = R;
  let j = O;
  while (i > 0 || j > 0) {
    const [di, dj] = back[i]![j]!;
    const range = (from: number, n: number): number[] => Array.from({ length: n }, (_, k) => from + k);
    const sim = di > 0 && dj > 0 ? Math.max(0, Math.min(1, similarity(i - di, i, j - dj, j))) : 0;
    out.push({ rep: range(i - di, di), orig: range(j - dj, dj), similarity: Math.round(sim * 1000) / 1000 });
    i -= di;
    j -= dj;
  }
  return out.reverse();
}

/**
 * Sentence pairs of every paired paragraph group, in reading order. Sentences of unpaired paragraphs
 * are left out: the paragraph alignment already reports them as an addition or omission.
 */
export function alignSentences(
  republished: FieldText,
  original: FieldText,
  alignment: Alignment,
  scorer: SentenceScorer = keyScorer(republished.lang, original.lang),
): SentencePair[] {
  const groups = alignedGroups(alignment);
  const cover = (f: FieldText, ps: readonly number[]): number =>
    ps.reduce((n, p) => n + (f.paragraphs[p]?.text.length ?? 0), 0);
  const repChars = groups.reduce((n, g) => n + cover(republished, g.republished), 0);
  const origChars = groups.reduce((n, g) => n + cover(original, g.original), 0);
  // the document's own length ratio (Chinese is far shorter than its English; German a little longer)
  const ratio = origChars > 0 && repChars > 0 ? repChars / origChars : 1;
  const out: SentencePair[] = [];
  for (const [group, g] of groups.entries()) {
    const r = sentencesIn(republished, g.republished);
    const o = sentencesIn(original, g.original);
    const spansR = r.map((k) => republished.sentences[k]!);
    const spansO = o.map((k) => original.sentences[k]!);
    for (const p of alignGroup(spansR, spansO, ratio, scorer))
      out.push({
        republished: p.rep.map((k) => r[k]!),
        original: p.orig.map((k) => o[k]!),
        similarity: p.similarity,
        group,
      });
  }
  return out;
}
