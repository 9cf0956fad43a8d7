/** A run's checking on worker threads: the seam `runCheck` calls when `workers` is set. */
import type { Article, ArticleResult, InputError, RunReport } from '../model.js';
import { loadResources } from '../resources.js';
import { assembleReport, type CheckRunOptions, type ReadInputs } from '../run.js';
import { checkInWorkers, type CheckOutcome } from './pool.js';
import { openWorkerIndex } from './protocol.js';

export async function checkInputsInWorkers(
  { republished, originals }: ReadInputs,
  options: CheckRunOptions,
  startedAt: string,
): Promise<RunReport> {
  const now = options.now ?? (() => new Date());
  const index = options.index ? { file: options.index } : { originals: originals.articles };
  // Open a persistent index here first, so a missing or broken one is reported as such, not as a worker failure.
  if ('file' in index) openWorkerIndex({ index, config: options.config }).close?.();
  const articles: ArticleResult[] = [];
  const errors: InputError[] = [...originals.errors, ...republished.errors];
  const collect = (o: CheckOutcome): void => {
    if ('result' in o) articles.push(o.result);
    else errors.push(o.error);
  };
  await checkInWorkers(
    republished.articles,
    {
      workers: options.workers,
      budgetMs: options.articleBudgetMs,
      init: { config: options.config, resources: options.resources ?? loadResources(), index },
    },
    collect,
  );
  return assembleReport(options, startedAt, now, articles, errors, originals.articles as Article[]);
}
