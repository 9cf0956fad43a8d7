import { describe, expect, it } from 'vitest';
import { topScored } from '../../src/match/top.js';

describe('topScored', () => {
  const scores = [0.5, 3, 1, 3, 0.1, 2, 7, 2];
  const docs = scores.map((_, i) => i);
  const sortedAll = (accept: (d: number) => boolean) =>
    docs
      .filter(accept)
      .map((doc) => ({ doc, score: scores[doc]! }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);

  it('keeps the k best, best first, ties to the lower document number', () => {
    expect(topScored(docs, (d) => scores[d]!, 4)).toEqual(sortedAll(() => true).slice(0, 4));
    expect(topScored(docs, (d) => scores[d]!, 4).map((s) => s.doc)).toEqual([6, 1, 3, 5]);
  });

  it('agrees with a full sort for every k, in any input order', () => {
    const shuffled = [5, 2, 7, 0, 3, 6, 1, 4];
    for (let k = 0; k <= 9; k++)
      expect(topScored(shuffled, (d) => scores[d]!, k)).toEqual(sortedAll(() => true).slice(0, k));
  });

  it('leaves out documents the filter refuses, without scoring them', () => {
    const scored: number[] = [];
    const odd = (d: number) => d % 2 === 1;
    const top = topScored(docs, (d) => (scored.push(d), scores[d]!), 3, odd);
    expect(top).toEqual(sortedAll(odd).slice(0, 3));
    expect(scored.every(odd)).toBe(true);
  });
});
