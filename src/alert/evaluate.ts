/**
 * Alert rules over a finished run: per article (score below N, any critical finding), per feed (mean
 * below N, share failing above P%), per feed over time (the mean drops more than N points below the
 * median of its last K runs), the run-wide thresholds, and input errors (an alert unless switched off,
 * globally or per feed). Each alert has a stable key so that sinks can tell a new alert from a repeat.
 */
import { createHash } from 'node:crypto';
import type { SyndiqConfig } from '../config/config.js';
import type { ArticleResult, InputError, RunReport, RunSummary } from '../model.js';
import type { FeedRun, HistoryEntry } from '../history/history.js';
import { FeedLookup } from './feeds.js';
import { evaluateAlerts } from './thresholds.js';

export type AlertLevel = 'article' | 'feed' | 'trend' | 'run' | 'input';

export interface AlertArticle {
  id: string;
  url: string | null;
  title: string;
  score: number;
  verdict: ArticleResult['verdict'];
  /** Changes when the article's title or body changes: an unchanged article alerts once. */
  contentHash: string;
}

export interface Alert {
  /** The same condition on the same subject has the same key on every run. */
  key: string;
  level: AlertLevel;
  /** e.g. `article.scoreBelow`, `feed.meanScoreBelow`, `trend`, `run.maxFailRate`, `input.error`. */
  rule: string;
  feed: string | null;
  article: AlertArticle | null;
  message: string;
}

export function contentHash(a: Pick<ArticleResult, 'title' | 'body'>): string {
  return createHash('sha256').update(a.title).update('\u0000').update(a.body).digest('hex').slice(0, 16);
}

function articleAlert(a: ArticleResult, feed: string, rule: string, message: string): Alert {
  return {
    key: `${rule}:${a.id}`,
    level: 'article',
    rule,
    feed,
    article: {
      id: a.id,
      url: a.url,
      title: a.title,
      score: a.score,
      verdict: a.verdict,
      contentHash: contentHash(a),
    },
    message,
  };
}

const DEFAULT_TREND_RUNS = 7;

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Per-feed totals, built one article and one input error at a time, as history keeps them. */
export class FeedRunTally {
  readonly #out = new Map<string, FeedRun & { sum: number }>();

  constructor(readonly lookup: FeedLookup) {}

  #entry(name: string): FeedRun & { sum: number } {
    let e = this.#out.get(name);
    if (!e)
      this.#out.set(
        name,
        (e = { articles: 0, pass: 0, review: 0, fail: 0, errors: 0, meanScore: 0, sum: 0 }),
      );
    return e;
  }

  add(a: Pick<ArticleResult, 'feed' | 'input' | 'verdict' | 'score'>): void {
    const e = this.#entry(this.lookup.nameOf(a));
    e.articles++;
    e[a.verdict]++;
    e.sum += a.score;
  }

  addError(err: InputError): void {
    this.#entry(this.lookup.feedOf(err.input)?.name ?? err.input).errors++;
  }

  runs(): Map<string, FeedRun> {
    const result = new Map<string, FeedRun>();
    for (const [name, { sum, ...e }] of this.#out)
      result.set(name, { ...e, meanScore: e.articles ? Math.round((sum / e.articles) * 10) / 10 : 0 });
    return result;
  }
}

/** Per-feed totals of a run, as history keeps them. */
export function feedRuns(report: RunReport, lookup: FeedLookup): Map<string, FeedRun> {
  const tally = new FeedRunTally(lookup);
  for (const a of report.articles) tally.add(a);
  for (const err of report.errors) tally.addError(err);
  return tally.runs();
}

export interface AlertOptions {
  /** Earlier runs, oldest first (for trend alerts). */
  history?: readonly HistoryEntry[];
}

/** The article alerts one result raises. */
export function articleAlerts(a: ArticleResult, feed: string, config: SyndiqConfig): Alert[] {
  const rules = config.alerts;
  const alerts: Alert[] = [];
  if (rules.article?.scoreBelow !== undefined && a.score < rules.article.scoreBelow)
    alerts.push(
      articleAlert(a, feed, 'article.scoreBelow', `score ${a.score} is below ${rules.article.scoreBelow}`),
    );
  const critical = a.issues.filter((i) => i.severity === 'critical').length;
  if (rules.article?.critical && critical > 0)
    alerts.push(articleAlert(a, feed, 'article.critical', `${critical} critical finding(s)`));
  return alerts;
}

export function evaluateAlertRules(
  report: RunReport,
  config: SyndiqConfig,
  options: AlertOptions = {},
): Alert[] {
  const lookup = new FeedLookup(config.feeds);
  const perArticle = report.articles.flatMap((a) => articleAlerts(a, lookup.nameOf(a), config));
  return [
    ...perArticle,
    ...runAlerts(
      { summary: report.summary, errors: report.errors, feeds: feedRuns(report, lookup) },
      config,
      options,
    ),
  ];
}

/** The alerts of the run as a whole: per feed, per feed over time, run-wide, input errors. */
export function runAlerts(
  run: { summary: RunSummary; errors: readonly InputError[]; feeds: ReadonlyMap<string, FeedRun> },
  config: SyndiqConfig,
  options: AlertOptions = {},
): Alert[] {
  const lookup = new FeedLookup(config.feeds);
  const rules = config.alerts;
  const alerts: Alert[] = [];
  const { feeds } = run;
  for (const [name, f] of feeds) {
    if (f.articles === 0) continue;
    const base = { level: 'feed' as const, feed: name, article: null };
    if (rules.feed?.meanScoreBelow !== undefined && f.meanScore < rules.feed.meanScoreBelow)
      alerts.push({
        ...base,
        key: `feed.meanScoreBelow:${name}`,
        rule: 'feed.meanScoreBelow',
        message: `mean score ${f.meanScore} is below ${rules.feed.meanScoreBelow}`,
      });
    const failing = (f.fail / f.articles) * 100;
    if (rules.feed?.failPercentAbove !== undefined && failing > rules.feed.failPercentAbove)
      alerts.push({
        ...base,
        key: `feed.failPercentAbove:${name}`,
        rule: 'feed.failPercentAbove',
        message: `${failing.toFixed(1)}% of articles failed (threshold ${rules.feed.failPercentAbove}%)`,
      });
    if (rules.trend) {
      const k = rules.trend.lastRuns ?? DEFAULT_TREND_RUNS;
      const past = (options.history ?? [])
        .map((h) => h.feeds[name])
        .filter((r): r is FeedRun => r !== undefined && r.articles > 0)
        .slice(-k)
        .map((r) => r.meanScore);
      if (past.length > 0) {
        const m = median(past);
        if (f.meanScore < m - rules.trend.dropPoints)
          alerts.push({
            key: `trend:${name}`,
            level: 'trend',
            rule: 'trend',
            feed: name,
            article: null,
            message: `mean score ${f.meanScore} dropped ${(m - f.meanScore).toFixed(1)} points below the median ${m} of its last ${past.length} run(s) (threshold ${rules.trend.dropPoints})`,
          });
      }
    }
  }

  // The run-wide thresholds; input errors are handled below, per feed.
  for (const fired of evaluateAlerts(run.summary, { ...rules, failOnInputErrors: false }))
    alerts.push({
      key: `run.${fired.id}`,
      level: 'run',
      rule: `run.${fired.id}`,
      feed: null,
      article: null,
      message: fired.message,
    });

  if (rules.failOnInputErrors !== false)
    for (const e of run.errors) {
      const feed = lookup.feedOf(e.input);
      if (feed?.alertOnInputErrors === false) continue;
      const where = `${e.input}${e.line ? `:${e.line}` : ''}`;
      alerts.push({
        key: `input.error:${where}`,
        level: 'input',
        rule: 'input.error',
        feed: feed?.name ?? null,
        article: null,
        message: `${where}: ${e.message}`,
      });
    }
  return alerts;
}
