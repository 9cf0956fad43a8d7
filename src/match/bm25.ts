/**
 * A small BM25 inverted index. Documents belong to groups (e.g. a writing system); document
 * frequencies and average lengths are kept per group, so a key's rarity is judged among documents
 * of the same kind. A query costs the postings of its keys, not a scan of every document.
 */

export interface Bm25Params {
  k1: number;
  b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

interface GroupStats {
  docs: number;
  totalLength: number;
  df: Map<string, number>;
}

export class Bm25Index {
  /** Postings per key: document ids and term frequencies, in insertion order. */
  readonly #postings = new Map<string, { docs: number[]; tfs: number[] }>();
  readonly #length: number[] = [];
  readonly #group: string[] = [];
  readonly #groups = new Map<string, GroupStats>();

  constructor(readonly params: Bm25Params = DEFAULT_BM25) {}

  get size(): number {
    return this.#length.length;
  }

  /** Add a document's term frequencies; returns its id. */
  add(terms: ReadonlyMap<string, number>, group: string): number {
    const id = this.#length.length;
    let length = 0;
    let g = this.#groups.get(group);
    if (!g) this.#groups.set(group, (g = { docs: 0, totalLength: 0, df: new Map() }));
    for (const [term, tf] of terms) {
      length += tf;
      let p = this.#postings.get(term);
      if (!p) this.#postings.set(term, (p = { docs: [], tfs: [] }));
      p.docs.push(id);
      p.tfs.push(tf);
      g.df.set(term, (g.df.get(term) ?? 0) + 1);
    }
    g.docs++;
    g.totalLength += length;
    this.#length.push(length);
    this.#group.push(group);
    return id;
  }

  groupOf(doc: number): string {
    return this.#group[doc] ?? '';
  }

  /** Robertson-Sparck Jones IDF of a term within a group (never negative). */
  idf(term: string, group: string): number {
    const g = this.#groups.get(group);
    if (!g) return 0;
    const df = g.df.get(term) ?? 0;
    return Math.log(1 + (g.docs - df + 0.5) / (df + 0.5));
  }

  /** BM25 score of every accepted document that shares at least one query term. */
  search(query: Iterable<string>, accept: (doc: number) => boolean): Map<number, number> {
    const { k1, b } = this.params;
    const scores = new Map<number, number>();
    const idfCache = new Map<string, number>();
    for (const term of new Set(query)) {
      const p = this.#postings.get(term);
      if (!p) continue;
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs[i]!;
        if (!accept(doc)) continue;
        const group = this.#group[doc]!;
        const g = this.#groups.get(group)!;
        const cacheKey = `${group}\u0000${term}`;
        let idf = idfCache.get(cacheKey);
        if (idf === undefined) idfCache.set(cacheKey, (idf = this.idf(term, group)));
        const tf = p.tfs[i]!;
        const norm = 1 - b + (b * this.#length[doc]!) / (g.totalLength / g.docs);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (k1 + 1)) / (tf + k1 * norm));
      }
    }
    return scores;
  }
}
