/**
 * Configuration: defaults, thresholds, rule severities, feeds, alerts and sinks. Read from a JSON or
 * YAML file (`--config`, or `syndiq.config.json` / `.yaml` in the working folder), validated against a
 * schema and merged over the defaults; each bad key is reported with its path (exit code 2).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { z } from 'zod';
import { checkNetworkSpecs } from '../ingest/address-policy.js';
import { knownLanguages } from '../lang/languages.js';
import type { Severity } from '../model.js';
import { configSchemas, type ConfigFile } from './schema.js';
import { loadZod } from './zod.js';
import { didYouMean } from './suggest.js';

export interface VerdictThresholds {
  /** Scores below this need an editor's review. */
  review: number;
  /** Scores below this fail. */
  fail: number;
}

export interface ScoringConfig {
  /** MQM points per severity. */
  points: Record<Severity, number>;
  /** Penalty is normalised per this many words (MQM: 1,000). */
  perWords: number;
  /** Short texts are normalised as if they had at least this many words, so one slip is not a zero. */
  minWords: { article: number; headline: number };
  article: VerdictThresholds;
  headline: VerdictThresholds;
}

/** Conditions that raise an alert (exit code 1). Input errors alert unless switched off. */
export interface AlertThresholds {
  /** Alert if more than this share (0-1) of articles fail. */
  maxFailRate?: number;
  /** Alert if more than this many articles fail. */
  maxFailures?: number;
  /** Alert if the mean score falls below this. */
  minMeanScore?: number;
  /** Alert if any input error occurred (broken line, failed fetch). Default true. */
  failOnInputErrors?: boolean;
  /** Per article: a score below `scoreBelow`, or (`critical: true`) any critical finding. */
  article?: { scoreBelow?: number; critical?: boolean };
  /** Per feed: a mean score below `meanScoreBelow`, or more than `failPercentAbove` % failing. */
  feed?: { meanScoreBelow?: number; failPercentAbove?: number };
  /** Per feed: the mean drops more than `dropPoints` below the median of its last `lastRuns` runs. */
  trend?: { dropPoints: number; lastRuns?: number };
}

/** A feed the nightly job reads, with who publishes it and what language it should be in. */
export interface FeedConfig {
  name: string;
  url?: string;
  path?: string;
  lang?: string;
  partner?: string;
  alertOnInputErrors?: boolean;
}

export interface WebhookConfig {
  url: string;
  /** `generic`: syndiq's JSON; `slack`: a Slack-compatible `{text, blocks}` body. */
  format?: 'generic' | 'slack';
  timeoutSeconds?: number;
  retries?: number;
}

export interface SinksConfig {
  /** Write alerts.json into the output folder (default true). */
  alertsFile?: boolean;
  webhook?: WebhookConfig;
}

export interface SyndiqConfig {
  /** Candidate languages for identification (ISO 639-1). */
  languages: string[];
  /** The language(s) republished articles are expected in; empty = any candidate. */
  expectedLanguages: string[];
  /** Feeds to check when no inputs are named on the command line. */
  feeds: FeedConfig[];
  /** Originals (paths, feeds) when `--originals` is not given. */
  originals: string[];
  /** A persistent originals index when neither `--index` nor `--originals` is given. */
  index?: string;
  scoring: ScoringConfig;
  /** Per-rule severity override, or 'off' to disable a rule. */
  rules: Record<string, Severity | 'off'>;
  alerts: AlertThresholds;
  sinks: SinksConfig;
  /** Cache folder: HTTP responses and checked results (default `.syndiq-cache`). */
  cache: { dir: string };
  /** Suppressions of reviewed findings (default `syndiq.baseline.json`, used when it exists). */
  baseline?: string;
  match: {
    /** Minimum confidence (0-1) to accept a match; below it the article is treated as an orphan. */
    minConfidence: number;
  };
  /**
   * Non-public networks syndiq may fetch from (IP addresses or CIDR ranges, e.g. "10.0.0.0/8"): an
   * intranet feed server. Loopback, private and link-local addresses are refused otherwise.
   */
  allowNetworks: string[];
}

export const DEFAULT_CACHE_DIR = '.syndiq-cache';

export const DEFAULT_CONFIG: SyndiqConfig = {
  languages: ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl', 'it', 'pt', 'tr', 'ar', 'zh'],
  expectedLanguages: [],
  feeds: [],
  originals: [],
  scoring: {
    points: { minor: 1, major: 5, critical: 25 },
    perWords: 1000,
    minWords: { article: 250, headline: 50 },
    // one minor finding in a short article (counted as 250 words: 96) passes; two, or a major, do not
    article: { review: 96, fail: 80 },
    headline: { review: 99, fail: 60 },
  },
  rules: {},
  alerts: {},
  sinks: {},
  cache: { dir: DEFAULT_CACHE_DIR },
  match: { minConfidence: 0.5 },
  allowNetworks: [],
};

/** The config file names looked for in the working folder, in order. */
export const CONFIG_FILE_NAMES = ['syndiq.config.json', 'syndiq.config.yaml', 'syndiq.config.yml'];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; everything else (lists included) replaces. */
function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlain(base) || !isPlain(override)) return override;
  const out: Plain = { ...base };
  for (const [k, v] of Object.entries(override)) out[k] = deepMerge(base[k], v);
  return out;
}

/** The keys a schema object has at `path` (for "did you mean"). */
function keysAt(path: readonly PropertyKey[]): string[] {
  const z = loadZod();
  let node: z.ZodType = configSchemas().configFileSchema;
  for (const step of path) {
    while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    if (node instanceof z.ZodArray && typeof step === 'number') node = node.element as z.ZodType;
    else if (node instanceof z.ZodObject) node = node.shape[String(step)] as z.ZodType;
    else return [];
    if (!node) return [];
  }
  while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
  while (node instanceof z.ZodArray) node = node.element as z.ZodType;
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** "a, b or c". */
function orList(values: readonly string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : (values[0] ?? '');
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  const at = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map(
      (k) => `${at ? `${at}.` : ''}${k}: unknown setting${didYouMean(k, keysAt(issue.path))}`,
    );
  let message = issue.message;
  if (issue.code === 'invalid_type')
    message = `expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  else if (issue.code === 'invalid_value') message = `expected ${orList(issue.values.map(String))}`;
  return [`${at || 'config'}: ${message}`];
}

/** Semantic checks the schema cannot express: known languages, rule ids, threshold order. */
function checkMeaning(
  cfg: SyndiqConfig,
  givenRules: Readonly<Record<string, unknown>>,
  ruleIds: readonly string[] | undefined,
): string[] {
  const problems: string[] = [];
  const languages = new Set(knownLanguages().map((l) => l.code));
  for (const key of ['languages', 'expectedLanguages'] as const)
    cfg[key].forEach((code, k) => {
      if (!languages.has(code))
        problems.push(`${key}[${k}]: unknown language "${code}"${didYouMean(code, languages)}`);
    });
  cfg.feeds.forEach((f, k) => {
    if (f.lang !== undefined && !languages.has(f.lang))
      problems.push(`feeds[${k}].lang: unknown language "${f.lang}"${didYouMean(f.lang, languages)}`);
  });
  // Only the rules the user named: the defaults may switch off a rule this caller does not list.
  if (ruleIds)
    for (const id of Object.keys(givenRules))
      if (!ruleIds.includes(id)) problems.push(`rules.${id}: unknown rule${didYouMean(id, ruleIds)}`);
  for (const which of ['article', 'headline'] as const) {
    const t = cfg.scoring[which];
    if (!(t.fail <= t.review))
      problems.push(`scoring.${which}: fail (${t.fail}) must not exceed review (${t.review})`);
  }
  try {
    checkNetworkSpecs(cfg.allowNetworks);
  } catch (e) {
    problems.push(`allowNetworks: ${(e as Error).message}`);
  }
  return problems;
}

export interface ResolveOptions {
  /** The rule ids that exist; a config naming another is an error. Omit to skip the check. */
  ruleIds?: readonly string[];
}

/** Validate and merge a partial config over the defaults; every problem is listed, one per line. */
export function resolveConfig(partial: unknown = {}, options: ResolveOptions = {}): SyndiqConfig {
  let given: ConfigFile = {};
  // nothing given (no config file): nothing to validate, and zod is not loaded
  if (!(isPlain(partial) && Object.keys(partial).length === 0) && partial != null) {
    const parsed = configSchemas().configFileSchema.safeParse(partial);
    if (!parsed.success) throw new ConfigError(parsed.error.issues.flatMap(describeIssue).join('\n'));
    given = parsed.data as ConfigFile;
  }
  const cfg = deepMerge(structuredClone(DEFAULT_CONFIG), given) as SyndiqConfig;
  const problems = checkMeaning(cfg, given.rules ?? {}, options.ruleIds);
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return cfg;
}

/** Paths in a config file are relative to the file's folder. */
function resolvePaths(cfg: SyndiqConfig, base: string): SyndiqConfig {
  const abs = (p: string): string => (isAbsolute(p) || /^[a-z]+:\/\//i.test(p) ? p : resolve(base, p));
  return {
    ...cfg,
    feeds: cfg.feeds.map((f) => (f.path ? { ...f, path: abs(f.path) } : f)),
    originals: cfg.originals.map(abs),
    ...(cfg.index ? { index: abs(cfg.index) } : {}),
    ...(cfg.baseline ? { baseline: abs(cfg.baseline) } : {}),
    cache: { dir: abs(cfg.cache.dir) },
  };
}

/** Read a JSON or YAML config file; errors name the file and each bad key. */
export async function loadConfig(path: string, options: ResolveOptions = {}): Promise<SyndiqConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`${path}: cannot read config (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let parsed: unknown;
  const yaml = /\.ya?ml$/i.test(path);
  try {
    // the YAML parser is loaded only for a YAML config
    parsed = yaml ? (await import('yaml')).parse(text) : JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${path}: not valid ${yaml ? 'YAML' : 'JSON'} (${(e as Error).message})`);
  }
  let cfg: SyndiqConfig;
  try {
    cfg = resolveConfig(parsed, options);
  } catch (e) {
    const lines = (e as Error).message.split('\n');
    throw new ConfigError(lines.map((l) => `${path}: ${l}`).join('\n'));
  }
  const explicitCache = isPlain(parsed) && isPlain(parsed.cache) && parsed.cache.dir !== undefined;
  const out = resolvePaths(cfg, dirname(resolve(path)));
  // The default cache folder stays relative to the working folder, like the reports.
  return explicitCache ? out : { ...out, cache: { dir: DEFAULT_CACHE_DIR } };
}

/** The config file in `dir` (syndiq.config.json, .yaml or .yml), or null. */
export function findConfigFile(dir = process.cwd()): string | null {
  for (const name of CONFIG_FILE_NAMES) {
    const p = resolve(dir, name);
    if (existsSync(p)) return p;
  }
  return null;
}
