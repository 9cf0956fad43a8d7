/**
 * The paragraph alignment as the report carries it: spans of both bodies instead of paragraph indices,
 * so a reader (the HTML report, a script over report.json) can put the texts side by side without
 * segmenting them again. A merge (two republished paragraphs for one original, or the reverse) becomes
 * one pair covering both paragraphs.
 */
import type { AlignedParagraphs, ReportAlignment, TextSpan } from '../model.js';
import type { Span } from '../text/segment.js';
import type { Alignment } from './types.js';

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

export function reportAlignment(
  alignment: Alignment,
  republished: readonly Span[],
  original: readonly Span[],
): ReportAlignment {
  const paragraphs: AlignedParagraphs[] = [];
  for (const g of groupMerges(alignment)) {
    const r = cover(republished, g.republished);
    const o = cover(original, g.original);
    if (r || o) paragraphs.push({ republished: r, original: o, similarity: g.similarity });
  }
  return { paragraphs };
}
