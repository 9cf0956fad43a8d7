/**
 * Configuration: defaults, thresholds, rule severities. Loaded from a JSON file (`--config`) and
 * merged over the defaults; unknown keys and wrong types are usage errors (exit code 2).
 */
import { readFile } from 'node:fs/promises';
import { checkNetworkSpecs } from '../ingest/address-policy.js';
import type { Severity } from '../model.js';

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

/** Conditions that raise an alert (exit code 1). All optional: with none set, no alert fires. */
export interface AlertThresholds {
  /** Alert if more than this share (0-1) of articles fail. */
  maxFailRate?: number;
  /** Alert if more than this many articles fail. */
  maxFailures?: number;
  /** Alert if the mean score falls below this. */
  minMeanScore?: number;
  /** Alert if any input error occurred (broken line, failed fetch). */
  failOnInputErrors?: boolean;
}

export interface SyndiqConfig {
  /** Candidate languages for identification (ISO 639-1). */
  languages: string[];
  /** The language(s) republished articles are expected in; empty = any candidate. */
  expectedLanguages: string[];
  scoring: ScoringConfig;
  /** Per-rule severity override, or 'off' to disable a rule. */
  rules: Record<string, Severity | 'off'>;
  alerts: AlertThresholds;
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

export const DEFAULT_CONFIG: SyndiqConfig = {
  languages: ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl', 'it', 'pt', 'tr', 'ar', 'zh'],
  expectedLanguages: [],
  scoring: {
    points: { minor: 1, major: 5, critical: 25 },
    perWords: 1000,
    minWords: { article: 250, headline: 50 },
    article: { review: 97, fail: 80 },
    headline: { review: 99, fail: 60 },
  },
  rules: {},
  alerts: {},
  match: { minConfidence: 0.35 },
  allowNetworks: [],
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep-merge `override` into `base`, rejecting keys and types the defaults do not have. */
function mergeChecked(base: unknown, override: unknown, path: string): unknown {
  if (override === undefined) return base;
  if (isPlain(base)) {
    if (!isPlain(override)) throw new ConfigError(`${path || 'config'}: expected an object`);
    const out: Plain = { ...base };
    const open = path === 'rules' || path === 'alerts';
    for (const [k, v] of Object.entries(override)) {
      const p = path ? `${path}.${k}` : k;
      if (!(k in base) && !open) throw new ConfigError(`${p}: unknown setting`);
      out[k] = k in base ? mergeChecked(base[k], v, p) : v;
    }
    return out;
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(override) || !override.every((x) => typeof x === 'string'))
      throw new ConfigError(`${path}: expected a list of strings`);
    return override;
  }
  if (typeof base !== typeof override) throw new ConfigError(`${path}: expected a ${typeof base}`);
  return override;
}

const SEVERITY_OR_OFF = new Set(['minor', 'major', 'critical', 'off']);
const ALERT_KEYS: Record<string, string> = {
  maxFailRate: 'number',
  maxFailures: 'number',
  minMeanScore: 'number',
  failOnInputErrors: 'boolean',
};

/** Validate and merge a partial config over the defaults. */
export function resolveConfig(partial: unknown = {}): SyndiqConfig {
  const cfg = mergeChecked(DEFAULT_CONFIG, partial, '') as SyndiqConfig;
  for (const [id, sev] of Object.entries(cfg.rules)) {
    if (typeof sev !== 'string' || !SEVERITY_OR_OFF.has(sev))
      throw new ConfigError(`rules.${id}: expected minor, major, critical or off`);
  }
  for (const [k, v] of Object.entries(cfg.alerts)) {
    if (!(k in ALERT_KEYS)) throw new ConfigError(`alerts.${k}: unknown setting`);
    if (typeof v !== ALERT_KEYS[k]) throw new ConfigError(`alerts.${k}: expected a ${ALERT_KEYS[k]}`);
  }
  try {
    checkNetworkSpecs(cfg.allowNetworks);
  } catch (e) {
    throw new ConfigError(`allowNetworks: ${(e as Error).message}`);
  }
  for (const which of ['article', 'headline'] as const) {
    const t = cfg.scoring[which];
    if (!(t.fail <= t.review))
      throw new ConfigError(`scoring.${which}: fail (${t.fail}) must not exceed review (${t.review})`);
  }
  return cfg;
}

/** Read a JSON config file; errors name the file. */
export async function loadConfig(path: string): Promise<SyndiqConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`${path}: cannot read config (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  try {
    return resolveConfig(parsed);
  } catch (e) {
    throw new ConfigError(`${path}: ${(e as Error).message}`);
  }
}
