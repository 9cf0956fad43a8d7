/**
 * A run's totals over its results: its own module, so that what only summarises (merging shard
 * reports, test fixtures) does not load the whole check pipeline with `run.ts`.
 */
import type { ArticleResult, InputError, RunSummary } from '../model.js';

export function summarize(articles: readonly ArticleResult[], errors: readonly InputError[]): RunSummary {
  const count = (v: ArticleResult['verdict']): number => articles.filter((a) => a.verdict === v).length;
  const mean = articles.length ? articles.reduce((s, a) => s + a.score, 0) / articles.length : 0;
  return {
    articles: articles.length,
    pass: count('pass'),
    review: count('review'),
    fail: count('fail'),
    errors: errors.length,
    meanScore: Math.round(mean * 10) / 10,
  };
}
