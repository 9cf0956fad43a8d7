/**
 * Running totals for the summaries (summary.md, the console): counts per verdict, kind and feed, and a
 * bounded list of the worst articles, built one article at a time.
 */
import type { ArticleResult, Issue, IssueKind, Verdict } from '../model.js';
import { compareWorstFirst, feedOf, leadFinding, sortedCounts } from './text.js';

export interface FeedTally {
  feed: string;
  articles: number;
  pass: number;
  review: number;
  fail: number;
  meanScore: number;
  issues: number;
}

/** What a summary shows of one of the worst articles. */
export interface WorstArticle {
  id: string;
  title: string;
  feed: string;
  verdict: Verdict;
  score: number;
  headline: ArticleResult['headline'];
  issues: number;
  /** The lead finding, without its text or context (a summary names it; the full reports show it). */
  lead: Pick<Issue, 'severity' | 'kind' | 'rule' | 'message'> | null;
}

function compactLead(i: Issue | null): WorstArticle['lead'] {
  return i ? { severity: i.severity, kind: i.kind, rule: i.rule, message: i.message } : null;
}

export class RunTally {
  readonly #kinds = new Map<IssueKind, number>();
  readonly #feeds = new Map<string, FeedTally & { scoreSum: number }>();
  readonly #worst: WorstArticle[] = [];

  /** @param keepWorst how many of the worst articles to keep */
  constructor(readonly keepWorst: number) {}

  add(a: ArticleResult): void {
    for (const i of a.issues) this.#kinds.set(i.kind, (this.#kinds.get(i.kind) ?? 0) + 1);
    const feed = feedOf(a);
    let f = this.#feeds.get(feed);
    if (!f) {
      f = { feed, articles: 0, pass: 0, review: 0, fail: 0, meanScore: 0, issues: 0, scoreSum: 0 };
      this.#feeds.set(feed, f);
    }
    f.articles++;
    f[a.verdict]++;
    f.scoreSum += a.score;
    f.issues += a.issues.length;
    this.#keepIfWorst(a);
  }

  #keepIfWorst(a: ArticleResult): void {
    if (a.verdict === 'pass' || this.keepWorst <= 0) return;
    const w = this.#worst;
    if (w.length === this.keepWorst && compareWorstFirst(a, w[w.length - 1]!) >= 0) return;
    const line: WorstArticle = {
      id: a.id,
      title: a.title,
      feed: feedOf(a),
      verdict: a.verdict,
      score: a.score,
      headline: a.headline,
      issues: a.issues.length,
      lead: compactLead(leadFinding(a.issues)),
    };
    let at = w.findIndex((x) => compareWorstFirst(a, x) < 0);
    if (at < 0) at = w.length;
    w.splice(at, 0, line);
    if (w.length > this.keepWorst) w.pop();
  }

  /** Issue counts per kind, largest first. */
  get kinds(): [string, number][] {
    return sortedCounts(this.#kinds);
  }

  /** Per feed (or input), worst mean score first. */
  get feeds(): FeedTally[] {
    return [...this.#feeds.values()]
      .map(({ scoreSum, ...f }) => ({ ...f, meanScore: Math.round((scoreSum / f.articles) * 10) / 10 }))
      .sort((a, b) => a.meanScore - b.meanScore || (a.feed < b.feed ? -1 : a.feed > b.feed ? 1 : 0));
  }

  /** The worst articles that did not pass, worst first. */
  get worst(): readonly WorstArticle[] {
    return this.#worst;
  }
}
