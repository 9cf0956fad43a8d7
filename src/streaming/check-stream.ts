/**
 * A check run as a stream: the originals are read whole (the index needs them), the republished
 * inputs are read as they are checked (on this thread or on the worker pool), and each result goes to
 * the consumer in input order the moment it is ready. What stays in memory is the run's counts and
 * error entries, plus a bounded window of articles in flight: reading waits for checking.
 */
import { Fetcher, type FetchOptions } from '../ingest/http.js';
import { readSources } from '../ingest/sources.js';
import { streamSources } from '../ingest/stream.js';
import type { Article, ArticleResult, InputError, OriginalText, RunSummary } from '../model.js';
import { CheckPool, type CheckOutcome } from '../parallel/pool.js';
import { openWorkerIndex } from '../parallel/protocol.js';
import type { RunFooter, RunHeader } from '../report/writer.js';
import { resultCacheFor, runResources, sortErrors, type CheckRunOptions } from '../run.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { inThreadChecker } from './in-thread.js';

/** What takes a streamed run: its header, then each result with its original's text. */
export interface RunConsumer {
  begin(header: RunHeader): void;
  article(result: ArticleResult, original: OriginalText | null): void;
}

/** Articles read ahead of the one being emitted, per worker: enough to keep every worker busy. */
const IN_FLIGHT_PER_WORKER = 16;

/** Running totals, the same as `summarize` computes over a whole list. */
class SummaryCounts {
  articles = 0;
  pass = 0;
  review = 0;
  fail = 0;
  #scoreSum = 0;

  add(r: ArticleResult): void {
    this.articles++;
    this[r.verdict]++;
    this.#scoreSum += r.score;
  }

  summary(errors: number): RunSummary {
    const mean = this.articles ? this.#scoreSum / this.articles : 0;
    const { articles, pass, review, fail } = this;
    return { articles, pass, review, fail, errors, meanScore: Math.round(mean * 10) / 10 };
  }
}

/** Check a run's inputs, streaming each result to `consumer`; returns the footer (totals, errors). */
export async function streamCheck(options: CheckRunOptions, consumer: RunConsumer): Promise<RunFooter> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  // Networks the config allows join those allowed on the command line; one fetcher for the whole run.
  const allowNetworks = [...(options.fetch?.allowNetworks ?? []), ...(options.config.allowNetworks ?? [])];
  const fetch: FetchOptions = { ...options.fetch, allowNetworks };
  const fetcher = new Fetcher(fetch);
  const originals = await readSources(options.originals, { fetcher });
  const errors: InputError[] = [...originals.errors];
  consumer.begin({
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    run: {
      startedAt,
      inputs: [...options.inputs],
      originals: [...options.originals],
      config: options.config,
      ...(options.shard ? { shard: options.shard } : {}),
    },
  });

  const byId = new Map<string, Article>();
  for (const o of originals.articles) if (!byId.has(o.id)) byId.set(o.id, o);
  const originalOf = (r: ArticleResult): OriginalText | null => {
    const o = r.original ? byId.get(r.original.id) : undefined;
    return o ? { id: o.id, url: o.url ?? null, lang: r.original!.lang, title: o.title, body: o.body } : null;
  };

  const cache = resultCacheFor(options, originals.articles);
  const pooled = Boolean(options.workers && !options.rules && !options.timing);
  const inThread = pooled ? null : inThreadChecker(options, originals.articles);
  let pool: CheckPool | null = null;
  // one pool however many articles ask for it while it opens
  let opening: Promise<CheckPool> | null = null;
  const openPool = async (): Promise<CheckPool> => {
    const index = options.index ? { file: options.index } : { originals: originals.articles };
    // a missing or broken persistent index is reported as such, not as a worker failure
    if ('file' in index) openWorkerIndex({ index, config: options.config }).close?.();
    return CheckPool.open({
      workers: options.workers,
      budgetMs: options.articleBudgetMs,
      init: {
        config: options.config,
        resources: runResources(options, { preload: false }),
        index,
        ...(options.baseline ? { baseline: options.baseline.entries } : {}),
      },
    });
  };

  const counts = new SummaryCounts();
  let read = 0;
  let selected = 0;
  let done = 0;
  const emit = (o: CheckOutcome & { cached?: boolean }): void => {
    if ('result' in o) {
      if (!o.cached) cache?.put(o.article, o.result);
      counts.add(o.result);
      consumer.article(o.result, originalOf(o.result));
    } else errors.push(o.error);
    options.onProgress?.(++done, selected);
  };
  const check = async (article: Article): Promise<CheckOutcome & { cached?: boolean }> => {
    const cached = cache?.get(article);
    if (cached) return { article, result: cached, cached: true };
    if (inThread) return inThread.check(article);
    opening ??= openPool().then((p) => (pool = p));
    return (await opening).check(article);
  };

  // results leave in input order; at most `limit` articles are between reading and emitting
  const limit = pooled ? Math.max(1, options.workers ?? 1) * IN_FLIGHT_PER_WORKER : 1;
  const window: Promise<CheckOutcome & { cached?: boolean }>[] = [];
  try {
    for await (const item of streamSources(options.inputs, { fetcher })) {
      if ('error' in item) {
        errors.push(item.error);
        continue;
      }
      read++;
      if (options.select && !options.select(item.article)) continue;
      selected++;
      const pending = check(item.article);
      pending.catch(() => undefined); // awaited in turn below
      window.push(pending);
      while (window.length >= limit) emit(await window.shift()!);
    }
    while (window.length > 0) emit(await window.shift()!);
  } finally {
    (pool as CheckPool | null)?.close();
    inThread?.close();
  }
  options.onRead?.(read);
  if (cache) options.onCache?.({ hits: cache.hits, misses: cache.misses });
  sortErrors(errors);
  return { finishedAt: now().toISOString(), summary: counts.summary(errors.length), errors };
}
