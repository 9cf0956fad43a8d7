/** A run's checking on worker threads: the seam `runCheck` calls when `workers` is set. */
import type { Article, ArticleResult, InputError, RunReport } from '../model.js';
import {
  assembleReport,
  resultCacheFor,
  runResources,
  type CheckRunOptions,
  type ReadInputs,
} from '../run.js';
import { checkInWorkers, type CheckOutcome } from './pool.js';
import { openWorkerIndex } from './protocol.js';

export async function checkInputsInWorkers(
  { republished, originals }: ReadInputs,
  options: CheckRunOptions,
  startedAt: string,
): Promise<RunReport> {
  const now = options.now ?? (() => new Date());
  const index = options.index ? { file: options.index } : { originals: originals.articles };
  const errors: InputError[] = [...originals.errors, ...republished.errors];
  const cache = resultCacheFor(options, originals.articles);
  options.onRead?.(republished.articles.length);
  const selected = options.select ? republished.articles.filter(options.select) : republished.articles;
  // cached results are taken as they are; the rest go to the workers; the report keeps input order
  const slots: (ArticleResult | null)[] = [];
  const toCheck: Article[] = [];
  const positions: number[] = [];
  for (const article of selected) {
    const cached = cache?.get(article);
    if (!cached) {
      positions.push(slots.length);
      toCheck.push(article);
    }
    slots.push(cached ?? null);
  }
  // Nothing left to check (the cache answered every article): no index, resources or workers.
  if (toCheck.length === 0) return finish();
  // Open a persistent index here first, so a missing or broken one is reported as such, not as a worker failure.
  if ('file' in index) openWorkerIndex({ index, config: options.config }).close?.();
  let done = selected.length - toCheck.length;
  let k = 0;
  const collect = (o: CheckOutcome): void => {
    const at = positions[k++]!;
    if ('result' in o) {
      cache?.put(o.article, o.result);
      slots[at] = o.result;
    } else errors.push(o.error);
    options.onProgress?.(++done, selected.length);
  };
  await checkInWorkers(
    toCheck,
    {
      workers: options.workers,
      budgetMs: options.articleBudgetMs,
      init: {
        config: options.config,
        resources: runResources(options, { preload: false }),
        index,
        ...(options.baseline ? { baseline: options.baseline.entries } : {}),
      },
    },
    collect,
  );
  return finish();

  function finish(): RunReport {
    if (cache) options.onCache?.({ hits: cache.hits, misses: cache.misses });
    const articles = slots.filter((r): r is ArticleResult => r !== null);
    return assembleReport(options, startedAt, now, articles, errors, originals.articles);
  }
}
