/**
 * The paragraph alignment as the report carries it: spans of both bodies instead of paragraph indices,
 * so a reader (the HTML report, a script over report.json) can put the texts side by side without
 * segmenting them again. A merge (two republished paragraphs for one original, or the reverse) becomes
 * one pair covering both paragraphs.
 */
import type { AlignedParagraphs, AlignedPassages, ReportAlignment, TextSpan } from '../model.js';
import type { Span } from '../text/segment.js';
import type { Alignment, SentencePair } from './types.js';

interface Group {
  republished: [first: number, last: number] | null;
  original: [first: number, last: number] | null;
  similarity: number;
}

function cover(paragraphs: readonly Span[], range: [number, number] | null): TextSpan | null {
  if (!range) return null;
  const first = paragraphs[range[0]];
  const last = paragraphs[range[1]];
  return first && last ? { start: first.start, end: last.end } : null;
}

/** Consecutive pairs sharing a paragraph (the alignment's way of reporting a merge) become one group. */
function groupMerges(alignment: Alignment): Group[] {
  const groups: Group[] = [];
  for (const p of alignment.pairs) {
    const prev = groups[groups.length - 1];
    const r = p.republished;
    const o = p.original;
    if (
      prev?.republished &&
      prev.original &&
      r !== null &&
      o !== null &&
      (prev.republished[1] === r || prev.original[1] === o)
    ) {
      prev.republished[1] = Math.max(prev.republished[1], r);
      prev.original[1] = Math.max(prev.original[1], o);
      continue;
    }
    groups.push({
      republished: r === null ? null : [r, r],
      original: o === null ? null : [o, o],
      similarity: p.similarity,
    });
  }
  return groups;
}

function sentenceSpan(sentences: readonly Span[], indices: readonly number[]): TextSpan | null {
  return indices.length ? cover(sentences, [indices[0]!, indices[indices.length - 1]!]) : null;
}

const within = (inner: TextSpan | null, outer: TextSpan | null): boolean =>
  inner !== null && outer !== null && inner.start >= outer.start && inner.end <= outer.end;

/** The sentence pairs lying inside one paragraph pair (by either side's offsets). */
function sentencesWithin(
  pairs: readonly SentencePair[],
  sentences: { republished: readonly Span[]; original: readonly Span[] },
  r: TextSpan | null,
  o: TextSpan | null,
): AlignedPassages[] {
  const out: AlignedPassages[] = [];
  for (const p of pairs) {
    const rs = sentenceSpan(sentences.republished, p.republished);
    const os = sentenceSpan(sentences.original, p.original);
    if (within(rs, r) || within(os, o)) out.push({ republished: rs, original: os, similarity: p.similarity });
  }
  return out;
}

/**
 * The report's alignment. `sentences` (the bodies' sentences) is needed when the alignment carries
 * sentence pairs; each paragraph pair then lists the sentence pairs inside it.
 */
export function reportAlignment(
  alignment: Alignment,
  republished: readonly Span[],
  original: readonly Span[],
  sentences?: { republished: readonly Span[]; original: readonly Span[] },
): ReportAlignment {
  const paragraphs: AlignedParagraphs[] = [];
  for (const g of groupMerges(alignment)) {
    const r = cover(republished, g.republished);
    const o = cover(original, g.original);
    if (!r && !o) continue;
    const pair: AlignedParagraphs = { republished: r, original: o, similarity: g.similarity };
    if (alignment.sentences && sentences && r && o)
      pair.sentences = sentencesWithin(alignment.sentences, sentences, r, o);
    paragraphs.push(pair);
  }
  return { paragraphs };
}
