/** Small text helpers shared by the human-readable reporters. */
import type { ArticleResult, Issue, Verdict } from '../model.js';

const VERDICT_RANK: Record<Verdict, number> = { fail: 0, review: 1, pass: 2 };

type Ranked = Pick<ArticleResult, 'verdict' | 'score' | 'id'>;

/** Worst first: fail before review before pass, then by score, then by id (stable). */
export function compareWorstFirst(a: Ranked, b: Ranked): number {
  return (
    VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
    a.score - b.score ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function worstFirst(articles: readonly ArticleResult[]): ArticleResult[] {
  return [...articles].sort(compareWorstFirst);
}

const SEVERITY_RANK = { critical: 0, major: 1, minor: 2 } as const;
const FIELD_RANK = { title: 0, body: 1, 'original.title': 2, 'original.body': 3 } as const;

function compareLead(a: Issue, b: Issue): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    FIELD_RANK[a.field] - FIELD_RANK[b.field] ||
    a.start - b.start
  );
}

/** The finding to name first: the most severe, the headline's before the body's, then in reading order. */
export function leadFinding(issues: readonly Issue[]): Issue | null {
  let lead: Issue | null = null;
  for (const i of issues) if (!lead || compareLead(i, lead) < 0) lead = i;
  return lead;
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
  return sortedCounts(counts);
}

/** Counts, largest first, then by name. */
export function sortedCounts(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

/** Where an article came from, for per-feed tables: its feed, else the input it was read from. */
export function feedOf(a: Pick<ArticleResult, 'feed' | 'input'>): string {
  return a.feed ?? a.input;
}
