/**
 * Merge shard reports into one: the articles, errors and originals of every shard, the summary
 * recomputed. Articles come out in the order of their inputs, then by id, so the merge does not depend
 * on which shard finished first.
 */
import type { ArticleResult, InputError, OriginalText, RunReport } from '../model.js';
import { summarize } from '../report/run-summary.js';

export class MergeError extends Error {
  override name = 'MergeError';
}

export function mergeReports(reports: readonly RunReport[]): RunReport {
  if (reports.length === 0) throw new MergeError('no report to merge');
  const seen = new Set<string>();
  const articles: ArticleResult[] = [];
  for (const r of reports)
    for (const a of r.articles) {
      if (seen.has(a.id)) throw new MergeError(`article "${a.id}" is in more than one shard`);
      seen.add(a.id);
      articles.push(a);
    }
  const inputOrder = new Map(reports[0]!.run.inputs.map((input, k) => [input, k]));
  const rank = (a: ArticleResult): number =>
    inputOrder.get(a.feed ?? a.input) ?? inputOrder.get(a.input) ?? Infinity;
  articles.sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Every shard read every input: the same input errors come from each; keep them once.
  const errorKeys = new Set<string>();
  const errors: InputError[] = [];
  for (const r of reports)
    for (const e of r.errors) {
      const key = JSON.stringify([e.input, e.line, e.message]);
      if (errorKeys.has(key)) continue;
      errorKeys.add(key);
      errors.push(e);
    }
  const originals = new Map<string, OriginalText>();
  for (const r of reports) for (const o of r.originals) if (!originals.has(o.id)) originals.set(o.id, o);
  // As in one run: each matched original once, in the order of the first article matched with it.
  const matched = new Map<string, OriginalText>();
  for (const a of articles) {
    const o = a.original ? originals.get(a.original.id) : undefined;
    if (o && !matched.has(o.id)) matched.set(o.id, o);
  }
  const startedAt = reports.map((r) => r.run.startedAt).sort()[0]!;
  const finishedAt = reports
    .map((r) => r.run.finishedAt)
    .sort()
    .at(-1)!;
  const { shard: _shard, ...run } = reports[0]!.run;
  return {
    schemaVersion: 1,
    tool: reports[0]!.tool,
    run: { ...run, startedAt, finishedAt },
    summary: summarize(articles, errors),
    errors,
    articles,
    originals: [...matched.values()],
  };
}
