/**
 * The k best of many scored documents in one pass, without sorting them all: a query over a large
 * archive touches tens of thousands of documents and keeps a couple of dozen.
 */

export interface Scored {
  doc: number;
  score: number;
}

/**
 * The `k` accepted documents of highest score, best first; ties go to the lower document number.
 * The score is worked out only for documents `accept` lets through.
 */
export function topScored(
  docs: readonly number[],
  score: (doc: number) => number,
  k: number,
  accept: (doc: number) => boolean = () => true,
): Scored[] {
  const best: Scored[] = [];
  if (k <= 0) return best;
  for (const doc of docs) {
    if (!accept(doc)) continue;
    const s = score(doc);
    if (best.length === k) {
      const worst = best[k - 1]!;
      if (s < worst.score || (s === worst.score && doc > worst.doc)) continue;
    }
    // insertion into the short sorted list
    let i = best.length < k ? best.length : k - 1;
    if (best.length < k) best.push({ doc, score: s });
    while (i > 0) {
      const above = best[i - 1]!;
      if (above.score > s || (above.score === s && above.doc < doc)) break;
      best[i] = above;
      i--;
    }
    best[i] = { doc, score: s };
  }
  return best;
}
