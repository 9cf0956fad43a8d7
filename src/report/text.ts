/** Small text helpers shared by the human-readable reporters. */
import type { ArticleResult, Verdict } from '../model.js';

const VERDICT_RANK: Record<Verdict, number> = { fail: 0, review: 1, pass: 2 };

/** Worst first: fail before review before pass, then by score, then by id (stable). */
export function worstFirst(articles: readonly ArticleResult[]): ArticleResult[] {
  return [...articles].sort(
    (a, b) =>
      VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
      a.score - b.score ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** One line of text, cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Never cut between the two halves of a surrogate pair (an emoji, a rare CJK character).
  const cut = /[\uD800-\uDBFF]/.test(flat[max - 2] ?? '') ? max - 2 : max - 1;
  return `${flat.slice(0, cut)}…`;
}

export function issueCountsByKind(articles: readonly ArticleResult[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of articles) for (const i of a.issues) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}
