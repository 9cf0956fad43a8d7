/**
 * A whole check run: read inputs and originals, index the originals, check every article, summarise.
 * One broken input is an entry in `errors`; the rest of the run goes on.
 */
import type { SyndiqConfig } from './config/config.js';
import { Fetcher, type FetchOptions } from './ingest/http.js';
import { readSources, type SourceResult } from './ingest/sources.js';
import { buildOriginalsIndex } from './match/index.js';
import { openIndexFile } from './match/persistent.js';
import type { OriginalsIndex } from './match/types.js';
import type { Article, ArticleResult, InputError, OriginalText, RunReport, RunSummary } from './model.js';
import { checkInputsInWorkers } from './parallel/run-workers.js';
import { checkArticle } from './pipeline/check-article.js';
import { loadResources, type Resources } from './resources.js';
import { RULES } from './rules/registry.js';
import type { Rule } from './rules/types.js';
import { TOOL_NAME, VERSION } from './version.js';

export interface CheckRunOptions {
  inputs: readonly string[];
  originals: readonly string[];
  /** A persistent originals index (`syndiq index build`) to match against instead of `originals`. */
  index?: string;
  config: SyndiqConfig;
  /** HTTP settings for URLs, remote feeds and linked pages (timeouts, cache folder, size cap). */
  fetch?: FetchOptions;
  resources?: Resources;
  rules?: readonly Rule[];
  /** Clock, injectable for tests. */
  now?: () => Date;
  /**
   * Check on this many worker threads, each article under `articleBudgetMs` (see `parallel/`); 0 or
   * unset checks on the calling thread (no budget). Custom `rules` always run on the calling thread.
   */
  workers?: number;
  articleBudgetMs?: number;
}

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
function sortErrors(errors: InputError[]): InputError[] {
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

export async function runCheck(options: CheckRunOptions): Promise<RunReport> {
  const startedAt = (options.now ?? (() => new Date()))().toISOString();
  // Networks the config allows join those allowed on the command line.
  const allowNetworks = [...(options.fetch?.allowNetworks ?? []), ...(options.config.allowNetworks ?? [])];
  const fetch: FetchOptions = { ...options.fetch, allowNetworks };
  const inputs = await readRunInputs({ ...options, fetch });
  if (options.workers && !options.rules) return checkInputsInWorkers(inputs, options, startedAt);
  return checkInputs(inputs, options, startedAt);
}

/** Check inputs that were already read. */
export function checkInputs(
  { republished, originals }: ReadInputs,
  options: CheckRunOptions,
  startedAt?: string,
): RunReport {
  const now = options.now ?? (() => new Date());
  startedAt ??= now().toISOString();
  const resources = options.resources ?? loadResources();
  const index = options.index
    ? openIndexFile(options.index, options.config)
    : buildOriginalsIndex(originals.articles, options.config);
  try {
    return checkWith(index, { republished, originals }, options, resources, startedAt, now);
  } finally {
    index.close();
  }
}

function checkWith(
  index: OriginalsIndex,
  { republished, originals }: ReadInputs,
  options: CheckRunOptions,
  resources: Resources,
  startedAt: string,
  now: () => Date,
): RunReport {
  const deps = { index, resources, config: options.config, rules: options.rules ?? RULES };
  const errors: InputError[] = [...originals.errors, ...republished.errors];
  const articles: ArticleResult[] = [];
  for (const article of republished.articles) {
    try {
      articles.push(checkArticle(article, deps));
    } catch (e) {
      // A defect on one article must not lose the run; it is reported like a broken input.
      errors.push({
        input: article.input,
        message: `article "${article.id}" could not be checked: ${(e as Error).message}`,
      });
    }
  }
  return assembleReport(options, startedAt, now, articles, errors, originals.articles);
}

/** The run's report from its results and error entries. */
export function assembleReport(
  options: Pick<CheckRunOptions, 'inputs' | 'originals' | 'config'>,
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
    },
    summary: summarize(articles, errors),
    errors,
    articles,
    originals: matchedOriginals(articles, originals),
  };
}
