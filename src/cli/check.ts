/** `syndiq check`: check republished articles and write the reports. */
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { baselineFor } from './baseline-command.js';
import type { SyndiqConfig } from '../config/config.js';
import { inShard, parseShard, ShardError, type Shard } from '../shard/shard.js';
import { createProgress } from './progress.js';
import {
  concludeRun,
  printInputErrors,
  QUIET_OPTION,
  reportWriteError,
  trendsMarkdown,
  VERBOSE_OPTION,
} from './finish.js';
import { notifiedIds, readAlertState } from '../alert/state.js';
import { readHistory } from '../history/history.js';
import { streamCheck } from '../streaming/check-stream.js';
import { teeConsumers } from '../streaming/collect.js';
import { RunDigest } from '../streaming/digest.js';
import { checkNetworkSpecs, NetworkSpecError } from '../ingest/address-policy.js';
import type { FetchOptions } from '../ingest/http.js';
import { renderConsoleView } from '../report/console.js';
import { FormatError, parseFormats, REPORT_FORMATS, type ReportFormat } from '../report/formats.js';
import { ReportSetStream } from '../report/write.js';
import { StoreError } from '../match/store/types.js';
import { CORPORA_DIR } from '../resources.js';
import { DEFAULT_ARTICLE_BUDGET_MS, defaultWorkers } from '../parallel/pool.js';
import { RuleTiming } from '../rules/engine.js';
import { renderTiming } from './timing.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import { configFrom, type Output } from './shared.js';
import type { Schedule } from './exit-codes.js';

export interface CheckArgs {
  inputs?: string[];
  originals?: string[];
  index?: string;
  out: string;
  /** As given: names, possibly comma-separated; validated before any work. */
  format?: string[];
  config?: string;
  quiet?: boolean;
  cacheDir?: string;
  cache?: boolean;
  timeout?: number;
  deadline?: number;
  /** Non-public networks that may be fetched from (`--allow-network`, repeatable). */
  allowNetwork?: string[];
  workers?: number;
  articleTimeout?: number;
  verbose?: boolean;
  /** The article-score alert: any article scoring below this alerts. */
  failUnder?: number;
  alertWebhook?: string;
  webhookFormat?: 'generic' | 'slack';
  /** `i/n`: check only shard i of n. */
  shard?: string;
  /** Print where the time went: per rule, per article, per resource. */
  timing?: boolean;
}

/** HTTP settings from the command line; unset ones keep the fetcher's defaults. */
export function fetchOptionsFrom(args: CheckArgs): FetchOptions {
  const o: FetchOptions = {};
  for (const [flag, value] of [
    ['--timeout', args.timeout],
    ['--deadline', args.deadline],
  ] as const) {
    if (value !== undefined && !(value > 0))
      throw new CliError(`syndiq: ${flag} must be a positive number of seconds`, EXIT.usage);
  }
  if (args.cache === false) o.cacheDir = null;
  else if (args.cacheDir) o.cacheDir = httpCacheDir(args.cacheDir);
  if (args.timeout !== undefined) o.timeoutMs = args.timeout * 1000;
  if (args.deadline !== undefined) o.deadlineMs = args.deadline * 1000;
  if (args.allowNetwork?.length) o.allowNetworks = allowedNetworks(args.allowNetwork);
  return o;
}

/** The HTTP cache inside the cache folder. */
export function httpCacheDir(cacheDir: string): string {
  return join(cacheDir, 'http');
}

/** `--cache-dir`, the same in every command. */
export const CACHE_DIR_OPTION = {
  type: 'string',
  requiresArg: true,
  describe: 'Cache folder: downloaded pages and checked results (default .syndiq-cache)',
} as const;

/** `--cache` / `--no-cache`, the same in every command. */
export const CACHE_OPTION = {
  type: 'boolean',
  default: true,
  describe: 'Use the cache (--no-cache re-fetches and re-checks everything)',
} as const;

/** `--allow-network` values, checked: a bad one is a usage error naming it. */
export function allowedNetworks(specs: string[]): string[] {
  try {
    checkNetworkSpecs(specs);
  } catch (e) {
    if (e instanceof NetworkSpecError)
      throw new CliError(`syndiq: --allow-network: ${e.message}`, EXIT.usage);
    throw e;
  }
  return specs;
}

/** The `--allow-network` option, shared by the commands that fetch. */
export const ALLOW_NETWORK_OPTION = {
  type: 'string',
  requiresArg: true,
  // Not `array: true`: that would swallow the positional inputs after the option.
  coerce: (v: string | string[] | undefined) => (v === undefined ? [] : ([] as string[]).concat(v)),
  describe:
    'Also fetch from this non-public network (IP address or CIDR range, e.g. 127.0.0.1 or 10.0.0.0/8); loopback, private and link-local addresses are refused otherwise; repeat for several',
} as const;

/** Worker threads and the per-article time budget from the command line. */
export function parallelOptionsFrom(args: Pick<CheckArgs, 'workers' | 'articleTimeout'>): {
  workers: number;
  articleBudgetMs: number;
} {
  const workers = args.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 0)
    throw new CliError('syndiq: --workers must be a whole number, 0 or more', EXIT.usage);
  const seconds = args.articleTimeout ?? DEFAULT_ARTICLE_BUDGET_MS / 1000;
  if (!(seconds > 0 && Number.isFinite(seconds)))
    throw new CliError('syndiq: --article-timeout must be a positive number of seconds', EXIT.usage);
  return { workers, articleBudgetMs: seconds * 1000 };
}

export const SAMPLE_DIR = join(CORPORA_DIR, 'samples');

/** The report formats asked for (all by default); an unknown one is a usage error. */
export function formatsFrom(args: Pick<CheckArgs, 'format'>): ReportFormat[] {
  try {
    return parseFormats(args.format ?? ['all']);
  } catch (e) {
    if (e instanceof FormatError) throw new CliError(`syndiq: --format: ${e.message}`, EXIT.usage);
    throw e;
  }
}

export async function runCheckCommand(args: CheckArgs, io: Output): Promise<ExitCode> {
  const formats = formatsFrom(args);
  const shard = args.shard !== undefined ? shardFrom(args.shard) : null;
  const config = withCommandLine(await configFrom(args.config), args);
  const cacheDir = args.cacheDir ?? config.cache.dir;
  const fetch = fetchOptionsFrom({ ...args, cacheDir });
  let inputs = args.inputs?.length ? args.inputs : config.feeds.map((f) => f.url ?? f.path!);
  let originals = args.originals?.length ? args.originals : args.index ? [] : config.originals;
  const index = args.index ?? (originals.length ? undefined : config.index);
  if (index && originals.length > 0)
    throw new CliError(
      'syndiq: give either --index or --originals (add new originals to the index with "syndiq index add")',
      EXIT.usage,
    );
  if (inputs.length === 0 && index)
    throw new CliError('syndiq: name the articles to check against --index', EXIT.usage);
  if (inputs.length === 0) {
    // No inputs: the bundled sample corpus, so a fresh clone shows what syndiq does.
    inputs = [join(SAMPLE_DIR, 'republished.jsonl')];
    if (originals.length === 0) originals = [join(SAMPLE_DIR, 'originals.jsonl')];
  }
  const baseline = await baselineFor(config);
  const progress = createProgress(io, { quiet: args.quiet, stream: process.stderr });
  const timing = args.timing ? new RuleTiming() : undefined;
  // A shard writes its partial report; `syndiq merge` evaluates the alerts once for all shards.
  const history = shard ? [] : await readHistory(args.out);
  const digest = new RunDigest(config, notifiedIds(await readAlertState(args.out)));
  let reports: ReportSetStream;
  try {
    reports = await ReportSetStream.open(args.out, {
      formats,
      ...(shard ? {} : { appendMarkdown: () => trendsMarkdown(history, digest) }),
    });
  } catch (e) {
    throw reportWriteError(args.out, e);
  }
  let read = 0;
  let footer;
  try {
    footer = await streamCheck(
      {
        inputs,
        originals,
        ...(index ? { index } : {}),
        config,
        fetch,
        ...parallelOptionsFrom(args),
        resultCacheDir: args.cache === false ? null : cacheDir,
        ...(baseline ? { baseline } : {}),
        ...(shard ? { select: (a) => inShard(a.id, shard), shard: `${shard.index}/${shard.count}` } : {}),
        ...(timing ? { timing } : {}),
        onRead: (n) => (read = n),
        onProgress: (done, total) => progress.tick(done, total),
        onCache: (stats) => {
          if (args.verbose) io.err(`syndiq: result cache: ${stats.hits} unchanged, ${stats.misses} checked`);
        },
      },
      teeConsumers(digest, reports),
    );
  } catch (e) {
    await reports.discard();
    if (e instanceof StoreError) throw new CliError(`syndiq: ${e.message}`, EXIT.usage);
    throw e;
  } finally {
    progress.stop();
  }
  digest.end(footer);
  // Input errors are printed whatever the verbosity: a CI log must show what was not read.
  printInputErrors(digest, io);
  let written: string[];
  try {
    written = await reports.commit(footer);
  } catch (e) {
    if (read > 0) throw reportWriteError(args.out, e);
    written = []; // the run has already failed; the error below is what matters
  }
  if (read === 0)
    throw new CliError(
      digest.errors.length
        ? 'syndiq: no article could be read; nothing was checked'
        : 'syndiq: the inputs hold no articles; nothing was checked',
      EXIT.failure,
    );
  if (shard) {
    if (!args.quiet) io.out(renderConsoleView(digest.console(), written));
    printTiming(timing, digest.summary.articles, io);
    return EXIT.ok;
  }
  const code = await concludeRun(
    digest,
    history,
    written,
    config,
    { out: args.out, formats, quiet: args.quiet, verbose: args.verbose },
    io,
  );
  printTiming(timing, digest.summary.articles, io);
  return code;
}

function printTiming(timing: RuleTiming | undefined, results: number, io: Output): void {
  if (timing) io.out(`\n${renderTiming(timing, { uncheckedArticles: results - timing.articles.length })}`);
}

/** `--format`, the same in `check` and `merge`. */
export const FORMAT_OPTION = {
  alias: 'f',
  type: 'string',
  // not `array: true`: that would swallow the positional inputs after `--format json`
  coerce: (v: string | string[] | undefined) => (v === undefined ? undefined : ([] as string[]).concat(v)),
  describe: `Reports to write: ${REPORT_FORMATS.join(', ')} or all (comma-separated or repeated; default all)`,
} as const;

/** The alert options of `check` and `merge`, applied over the config by `withCommandLine`. */
export const ALERT_OPTIONS = {
  'fail-under': {
    type: 'number',
    requiresArg: true,
    describe:
      'Alert (exit 1) when any article scores below this (0-100); overrides alerts.article.scoreBelow',
  },
  'alert-webhook': {
    type: 'string',
    requiresArg: true,
    describe:
      'POST new alerts to this URL (overrides sinks.webhook.url); undelivered ones are retried next run',
  },
  'webhook-format': {
    choices: ['generic', 'slack'] as const,
    describe: 'Body of the webhook: syndiq JSON (generic) or a Slack-compatible message',
  },
} as const;

/** `--shard i/n`, checked. */
function shardFrom(spec: string): Shard {
  try {
    return parseShard(spec);
  } catch (e) {
    if (e instanceof ShardError) throw new CliError(`syndiq: --shard: ${e.message}`, EXIT.usage);
    throw e;
  }
}

/** Command-line options override the config file. */
export function withCommandLine(config: SyndiqConfig, args: CheckArgs): SyndiqConfig {
  const out = structuredClone(config);
  if (args.failUnder !== undefined) {
    if (!(args.failUnder >= 0 && args.failUnder <= 100))
      throw new CliError('syndiq: --fail-under must be a score from 0 to 100', EXIT.usage);
    out.alerts.article = { ...out.alerts.article, scoreBelow: args.failUnder };
  }
  if (args.alertWebhook !== undefined) {
    if (!/^https?:\/\/[^/]/i.test(args.alertWebhook))
      throw new CliError(`syndiq: --alert-webhook: "${args.alertWebhook}" is not an http(s) URL`, EXIT.usage);
    out.sinks.webhook = { ...out.sinks.webhook, url: args.alertWebhook };
  }
  if (args.webhookFormat !== undefined && out.sinks.webhook)
    out.sinks.webhook = { ...out.sinks.webhook, format: args.webhookFormat };
  return out;
}

export function checkCommand(io: Output, schedule: Schedule): CommandModule<object, CheckArgs> {
  return {
    command: 'check [inputs..]',
    describe: 'Check republished articles against their originals and write reports',
    builder: (y) =>
      y
        .positional('inputs', {
          type: 'string',
          array: true,
          describe: 'JSON Lines files, folders, feeds, pages or URLs',
        })
        .option('originals', {
          alias: 'o',
          type: 'string',
          // Not `array: true`: that would swallow the positional inputs after `--originals PATH`.
          coerce: (v: string | string[] | undefined) => (v === undefined ? [] : ([] as string[]).concat(v)),
          describe: 'Originals (JSON Lines file, folder, feed); repeat the option for several',
        })
        .option('index', {
          type: 'string',
          describe: 'A persistent originals index (see "syndiq index build") instead of --originals',
        })
        .option('out', {
          type: 'string',
          default: 'reports/latest',
          describe: 'Output folder for the reports',
        })
        .option('format', FORMAT_OPTION)
        .option('config', {
          alias: 'c',
          type: 'string',
          describe: 'JSON config file (thresholds, languages, rule severities, alerts)',
        })
        .option('cache-dir', CACHE_DIR_OPTION)
        .option('cache', CACHE_OPTION)
        .option('timeout', { type: 'number', describe: 'Seconds per HTTP request (default 20)' })
        .option('deadline', { type: 'number', describe: 'Seconds for all fetching in the run (default 600)' })
        .option('allow-network', ALLOW_NETWORK_OPTION)
        .option('workers', {
          type: 'number',
          describe: `Worker threads checking articles (default: the cores, here ${defaultWorkers()}); 0 checks on the main thread without a time budget`,
        })
        .option('article-timeout', {
          type: 'number',
          describe: `Seconds one article may take before it is given up as an error entry (default ${DEFAULT_ARTICLE_BUDGET_MS / 1000})`,
        })
        .option('quiet', QUIET_OPTION)
        .option('verbose', VERBOSE_OPTION)
        .options(ALERT_OPTIONS)
        .option('timing', {
          type: 'boolean',
          describe:
            'Print where the time went: each rule (total, share, worst article), the slowest articles, resource loading; checks on the main thread',
        })
        .option('shard', {
          type: 'string',
          requiresArg: true,
          describe: 'Check only shard i of n (e.g. 1/4) and write a partial report for "syndiq merge"',
        })
        .example('$0 check', 'Check the bundled sample corpus')
        .example(
          '$0 check partner.jsonl --originals archive/ --out reports/nightly',
          'Check one partner feed against an archive',
        )
        .example('$0 check partner.jsonl --index originals.db', 'Check against a persistent index')
        .example(
          '$0 check feed.xml https://example.com/news/page.html -o originals.jsonl',
          'Check a feed and a page',
        ) as never,
    handler: (args) => schedule(() => runCheckCommand(args, io)),
  };
}
