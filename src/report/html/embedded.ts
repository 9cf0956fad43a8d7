/**
 * The articles report.html embeds: every one while they fit a character budget; past it, the worst
 * ones (fail before review before pass, then by score) that fit, so a page of a very large run still
 * shows what needs a reader. Each article is kept as its JSON, with the originals it needs counted.
 */
import type { ArticleResult, OriginalText } from '../../model.js';
import { compareWorstFirst } from '../text.js';

interface Kept {
  seq: number;
  rank: Pick<ArticleResult, 'verdict' | 'score' | 'id'>;
  json: string;
  originalId: string | null;
}

export class EmbeddedArticles {
  /** Kept articles, worst first: the first to give way is the last. */
  readonly #kept: Kept[] = [];
  readonly #originals = new Map<string, { json: string; users: number }>();
  #chars = 0;
  #seen = 0;

  constructor(readonly maxChars: number) {}

  add(result: ArticleResult, original: OriginalText | null): void {
    const seq = this.#seen++;
    const json = JSON.stringify(result);
    const rank = { verdict: result.verdict, score: result.score, id: result.id };
    const kept = this.#kept;
    // past the budget, the best kept articles make room for a worse one
    while (this.#chars + json.length > this.maxChars && kept.length > 0) {
      if (compareWorstFirst(rank, kept[kept.length - 1]!.rank) >= 0) return;
      this.#drop(kept.pop()!);
    }
    if (json.length > this.maxChars) return;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareWorstFirst(kept[mid]!.rank, rank) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, { seq, rank, json, originalId: original?.id ?? null });
    this.#chars += json.length;
    if (original) {
      const o = this.#originals.get(original.id);
      if (o) o.users++;
      else this.#originals.set(original.id, { json: JSON.stringify(original), users: 1 });
    }
  }

  #drop(k: Kept): void {
    this.#chars -= k.json.length;
    if (k.originalId === null) return;
    const o = this.#originals.get(k.originalId)!;
    if (--o.users === 0) this.#originals.delete(k.originalId);
  }

  /** Articles seen. */
  get seen(): number {
    return this.#seen;
  }

  /** Articles kept. */
  get kept(): number {
    return this.#kept.length;
  }

  /** The kept articles' JSON in the order they came, and their originals'. */
  articlesJson(): string[] {
    return [...this.#kept].sort((a, b) => a.seq - b.seq).map((k) => k.json);
  }

  originalsJson(): string[] {
    return [...this.#originals.values()].map((o) => o.json);
  }
}
