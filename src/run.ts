/**
 * A whole check run: read inputs and originals, index the originals, check every article, summarise.
 * One broken input is an entry in `errors`; the rest of the run goes on.
 */
import type { Baseline } from './baseline/baseline.js';
import { originalsFingerprint, ResultCache } from './cache/results.js';
import type { SyndiqConfig } from './config/config.js';
import { Fetcher, type FetchOptions } from './ingest/http.js';
import { readSources, type SourceResult } from './ingest/sources.js';
import type { Article, ArticleResult, InputError, OriginalText, RunReport } from './model.js';
import { warmUp } from './pipeline/warm-up.js';
import { summarize } from './report/run-summary.js';
import { statSync } from 'node:fs';
import { loadResources, runLanguages, type ResourceLoad, type Resources } from './resources.js';
import { preloadProcessTables } from './resources/preload.js';
import { RULES } from './rules/registry.js';
import { processCpuMs, type RuleTiming } from './rules/engine.js';
import type { Rule } from './rules/types.js';
import { streamCheck } from './streaming/check-stream.js';
import { ReportCollector } from './streaming/collect.js';
import { inThreadChecker, type InThreadChecker } from './streaming/in-thread.js';
import { TOOL_NAME, VERSION } from './version.js';

export { summarize };

export interface CheckRunOptions {
  inputs: readonly string[];
  originals: readonly string[];
  /** A persistent originals index (`syndiq index build`) to match against instead of `originals`. */
  index?: string;
  config: SyndiqConfig;
  /** HTTP settings for URLs, remote feeds and linked pages (timeouts, cache folder, size cap). */
  fetch?: FetchOptions;
  resources?: Resources;
  /** Where spelling tables are kept between runs (default: beside the installed dictionaries). */
  spellingCacheDir?: string;
  /** Told how long each resource took to load (when the run loads them). */
  onResourceLoad?: (load: ResourceLoad) => void;
  rules?: readonly Rule[];
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Only the articles this accepts are checked (a shard); the others are left to other runs. */
  select?: (article: Article) => boolean;
  /** Written into the report's `run.shard` when the run is one shard of several, e.g. "1/4". */
  shard?: string;
  /** Folder of the result cache (unchanged articles are not checked again); absent or null: none. */
  resultCacheDir?: string | null;
  /** Reviewed findings to set aside as suppressed. */
  baseline?: Baseline;
  /** Called once the inputs are read, with the number of articles read (before any shard selection). */
  onRead?: (articles: number) => void;
  /** Called at the end with the result cache's counts (when the cache is on). */
  onCache?: (stats: { hits: number; misses: number }) => void;
  /** Called after each article with the count done and the total to check. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Check on this many worker threads, each article under `articleBudgetMs` (see `parallel/`); 0 or
   * unset checks on the calling thread (no budget). Custom `rules` run on the calling thread.
   */
  workers?: number;
  articleBudgetMs?: number;
  /**
   * Collects where the time went (`--timing`): per rule, per article, per resource. A timed run checks
   * on the calling thread, so the times are of checking alone.
   */
  timing?: RuleTiming;
}

/** The text of every original the articles were matched with, once each, in order of first match. */
export function matchedOriginals(
  articles: readonly ArticleResult[],
  originals: readonly Article[],
): OriginalText[] {
  const byId = new Map<string, Article>();
  for (const o of originals) if (!byId.has(o.id)) byId.set(o.id, o);
  const out = new Map<string, OriginalText>();
  for (const a of articles) {
    const id = a.original?.id;
    if (id === undefined || out.has(id)) continue;
    const o = byId.get(id);
    if (o) out.set(id, { id, url: o.url ?? null, lang: a.original!.lang, title: o.title, body: o.body });
  }
  return [...out.values()];
}

/** Errors in a stable order: by input, then line. */
export function sortErrors(errors: InputError[]): InputError[] {
  return errors.sort((a, b) =>
    a.input < b.input ? -1 : a.input > b.input ? 1 : (a.line ?? 0) - (b.line ?? 0),
  );
}

export interface ReadInputs {
  republished: SourceResult;
  originals: SourceResult;
}

export async function readRunInputs(
  options: Pick<CheckRunOptions, 'inputs' | 'originals' | 'fetch'>,
): Promise<ReadInputs> {
  // One fetcher for both, so the per-host limit and the deadline hold for the whole run.
  const fetcher = new Fetcher(options.fetch);
  const [republished, originals] = await Promise.all([
    readSources(options.inputs, { fetcher }),
    readSources(options.originals, { fetcher }),
  ]);
  return { republished, originals };
}

/**
 * A whole check run, its report collected in memory (every result and article text: fine for a
 * library user's batch, not for a run of any size; `streamCheck` with report writers is that).
 */
export async function runCheck(options: CheckRunOptions): Promise<RunReport> {
  const collector = new ReportCollector();
  const footer = await streamCheck(options, collector);
  return collector.report(footer);
}

/**
 * The run's resources: those given, or loaded once for the run's languages; with `preload`, also the
 * per-process tables of the thread that will check, and its warm-up (workers do both themselves).
 */
export function runResources(
  options: Pick<
    CheckRunOptions,
    'resources' | 'config' | 'spellingCacheDir' | 'onResourceLoad' | 'timing' | 'rules'
  >,
  { preload }: { preload: boolean },
): Resources {
  const { timing, onResourceLoad } = options;
  const onLoad = (load: ResourceLoad): void => {
    timing?.addResource(load.name, load.ms);
    onResourceLoad?.(load);
  };
  const languages = runLanguages(options.config);
  const cpuAtStart = timing ? processCpuMs() : 0;
  const resources =
    options.resources ??
    loadResources({
      languages,
      ...(options.spellingCacheDir ? { cacheDir: options.spellingCacheDir } : {}),
      onLoad,
    });
  if (preload) {
    preloadProcessTables(resources, languages, onLoad);
    const started = performance.now();
    warmUp({ resources, config: options.config, rules: options.rules ?? RULES });
    onLoad({ name: 'warm-up', ms: performance.now() - started });
  }
  timing?.addResourcesCpu(processCpuMs() - cpuAtStart);
  return resources;
}

/** Check inputs that were already read, on the calling thread. */
export function checkInputs(
  { republished, originals }: ReadInputs,
  options: CheckRunOptions,
  startedAt?: string,
): RunReport {
  const now = options.now ?? (() => new Date());
  startedAt ??= now().toISOString();
  const checker = inThreadChecker(options, originals.articles);
  try {
    return checkWith(checker, { republished, originals }, options, startedAt, now);
  } finally {
    checker.close();
  }
}

export function resultCacheFor(options: CheckRunOptions, originals: readonly Article[]): ResultCache | null {
  if (!options.resultCacheDir) return null;
  return new ResultCache(options.resultCacheDir, {
    config: options.config,
    originals: options.index ? indexFingerprint(options.index) : originalsFingerprint(originals),
    baseline: options.baseline?.fingerprint ?? '',
  });
}

/** An index file changes identity when it is rewritten: its size and modification time. */
function indexFingerprint(path: string): string {
  try {
    const st = statSync(path);
    return `${path}:${st.size}:${st.mtimeMs}`;
  } catch {
    return path;
  }
}

function checkWith(
  checker: InThreadChecker,
  { republished, originals }: ReadInputs,
  options: CheckRunOptions,
  startedAt: string,
  now: () => Date,
): RunReport {
  const errors: InputError[] = [...originals.errors, ...republished.errors];
  const articles: ArticleResult[] = [];
  const cache = resultCacheFor(options, originals.articles);
  options.onRead?.(republished.articles.length);
  const selected = options.select ? republished.articles.filter(options.select) : republished.articles;
  for (const article of selected) {
    const cached = cache?.get(article);
    const outcome = cached ? { article, result: cached } : checker.check(article);
    if ('error' in outcome) {
      errors.push(outcome.error);
      continue;
    }
    if (!cached) cache?.put(article, outcome.result);
    articles.push(outcome.result);
    options.onProgress?.(articles.length, selected.length);
  }
  if (cache) options.onCache?.({ hits: cache.hits, misses: cache.misses });
  return assembleReport(options, startedAt, now, articles, errors, originals.articles);
}

/** The run's report from its results and error entries. */
export function assembleReport(
  options: Pick<CheckRunOptions, 'inputs' | 'originals' | 'config' | 'shard'>,
  startedAt: string,
  now: () => Date,
  articles: ArticleResult[],
  errors: InputError[],
  originals: readonly Article[],
): RunReport {
  sortErrors(errors);
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    run: {
      startedAt,
      finishedAt: now().toISOString(),
      inputs: [...options.inputs],
      originals: [...options.originals],
      config: options.config,
      ...(options.shard ? { shard: options.shard } : {}),
    },
    summary: summarize(articles, errors),
    errors,
    articles,
    originals: matchedOriginals(articles, originals),
  };
}
