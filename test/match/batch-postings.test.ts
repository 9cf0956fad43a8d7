import { describe, expect, it } from 'vitest';
import { BatchPostings } from '../../src/match/store/batch-postings.js';

/** The same lists the plain way: a Map of arrays, terms sorted at the end. */
function naive(pairs: readonly [number, number][]): [number, number[]][] {
  const lists = new Map<number, number[]>();
  for (const [term, doc] of pairs) {
    const list = lists.get(term) ?? [];
    if (list.at(-1) !== doc) list.push(doc);
    lists.set(term, list);
  }
  return [...lists].sort((a, b) => a[0] - b[0]);
}

describe('batch postings', () => {
  it('lays out every term in ascending order with its documents, past several table and array growths', () => {
    const pairs: [number, number][] = [];
    // term numbers as the store makes them: script code above 2^45, key numbers up to 2^45
    const term = (i: number): number => 3 * 2 ** 45 + ((i * 2_654_435_761) % 2 ** 44);
    for (let doc = 0; doc < 300; doc++)
      for (let k = 0; k < 40; k++) pairs.push([term((doc * 7 + k * k) % 997), doc]);
    const batch = new BatchPostings(16, 4);
    for (const [t, d] of pairs) batch.add(t, d);
    const got = [...batch.sorted()].map(([t, list]) => [t, [...list]] as [number, number[]]);
    expect(got).toEqual(naive(pairs));
    expect(batch.terms).toBe(got.length);
    expect(got.length).toBeGreaterThan(500);
  });

  it('lists a document once when two of its keys share a term number', () => {
    const batch = new BatchPostings();
    batch.add(42, 0);
    batch.add(42, 0);
    batch.add(7, 0);
    batch.add(42, 1);
    expect([...batch.sorted()].map(([t, list]) => [t, [...list]])).toEqual([
      [7, [0]],
      [42, [0, 1]],
    ]);
  });

  it('gives nothing for an empty batch', () => {
    expect([...new BatchPostings().sorted()]).toEqual([]);
  });
});
