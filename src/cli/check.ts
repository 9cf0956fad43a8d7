/** `syndiq check`: check republished articles and write the reports. */
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { evaluateAlerts } from '../alert/thresholds.js';
import { checkNetworkSpecs, NetworkSpecError } from '../ingest/address-policy.js';
import type { FetchOptions } from '../ingest/http.js';
import { renderConsoleSummary } from '../report/console.js';
import { terminalText as tty } from '../report/safe-text.js';
import { FormatError, parseFormats, REPORT_FORMATS, type ReportFormat } from '../report/formats.js';
import { writeReports } from '../report/write.js';
import { StoreError } from '../match/store/types.js';
import { CORPORA_DIR } from '../resources.js';
import { runCheck } from '../run.js';
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
  const config = await configFrom(args.config);
  let inputs = args.inputs ?? [];
  let originals = args.originals ?? [];
  if (args.index && originals.length > 0)
    throw new CliError(
      'syndiq: give either --index or --originals (add new originals to the index with "syndiq index add")',
      EXIT.usage,
    );
  if (inputs.length === 0 && args.index)
    throw new CliError('syndiq: name the articles to check against --index', EXIT.usage);
  if (inputs.length === 0) {
    // No inputs: the bundled sample corpus, so a fresh clone shows what syndiq does.
    inputs = [join(SAMPLE_DIR, 'republished.jsonl')];
    if (originals.length === 0) originals = [join(SAMPLE_DIR, 'originals.jsonl')];
  }
  let report;
  try {
    report = await runCheck({
      inputs,
      originals,
      ...(args.index ? { index: args.index } : {}),
      config,
      fetch: fetchOptionsFrom(args),
    });
  } catch (e) {
    if (e instanceof StoreError) throw new CliError(`syndiq: ${e.message}`, EXIT.usage);
    throw e;
  }
  if (report.articles.length === 0 && report.errors.length > 0) {
    for (const e of report.errors)
      io.err(`syndiq: ${tty(e.input)}${e.line ? `:${e.line}` : ''}: ${tty(e.message)}`);
    try {
      await writeReports(report, args.out, { formats });
    } catch {
      // the run has already failed; the error above is what matters
    }
    throw new CliError('syndiq: no article could be read; nothing was checked', EXIT.failure);
  }
  let written: string[];
  try {
    written = await writeReports(report, args.out, { formats });
  } catch (e) {
    throw new CliError(`syndiq: cannot write reports to ${args.out}: ${(e as Error).message}`, EXIT.failure);
  }
  const alerts = evaluateAlerts(report.summary, config.alerts);
  if (!args.quiet) io.out(renderConsoleSummary(report, written));
  for (const a of alerts) io.err(`syndiq: alert ${a.id}: ${a.message}`);
  return alerts.length ? EXIT.alert : EXIT.ok;
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
        .option('format', {
          alias: 'f',
          type: 'string',
          // not `array: true`: that would swallow the positional inputs after `--format json`
          coerce: (v: string | string[] | undefined) =>
            v === undefined ? undefined : ([] as string[]).concat(v),
          describe: `Reports to write: ${REPORT_FORMATS.join(', ')} or all (comma-separated or repeated; default all)`,
        })
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
        .option('quiet', {
          alias: 'q',
          type: 'boolean',
          default: false,
          describe: 'Print nothing but alerts and errors',
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
