/**
 * Helpers shared by the fidelity rules: groups of aligned paragraphs and the numbers in them.
 */
import type { Alignment } from '../align/types.js';
import type { Span } from '../text/segment.js';

/** Republished and original paragraphs that translate each other (a merge joins several). */
export interface AlignedGroup {
  republished: number[];
  original: number[];
}

/** Connected groups of paired paragraphs (1-1 pairs, 2-1 and 1-2 merges), in reading order. */
export function alignedGroups(alignment: Alignment): AlignedGroup[] {
  const groups: AlignedGroup[] = [];
  for (const p of alignment.pairs) {
    if (p.republished === null || p.original === null) continue;
    const last = groups[groups.length - 1];
    if (last && (last.republished.includes(p.republished) || last.original.includes(p.original))) {
      if (!last.republished.includes(p.republished)) last.republished.push(p.republished);
      if (!last.original.includes(p.original)) last.original.push(p.original);
    } else {
      groups.push({ republished: [p.republished], original: [p.original] });
    }
  }
  return groups;
}

/** The spans of the listed paragraphs. */
export function pick(paragraphs: readonly Span[], indices: readonly number[]): Span[] {
  return indices.map((i) => paragraphs[i]).filter((s): s is Span => s !== undefined);
}
