/**
 * The second opinion for short text: eld (Efficient Language Detector, "medium" n-gram database).
 *
 * franc is weak on headlines (measured: 77% on real news titles among 12 languages, eld 96-98%).
 * eld's database costs about 0.6 s and 230 MB to load, so it is loaded lazily, once per process, on
 * the first text that needs it. eld is ESM-only; Node >= 20.19 can `require` an ES module
 * synchronously, which keeps `identifyText` synchronous. Where that is impossible the loader
 * reports itself unavailable and identification falls back to franc and script analysis
 * (`loadEld()` loads it asynchronously on any Node version).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TextMemo } from '../text/text-memo.js';
import { loadEldText, ngramScores, type NgramTable } from './ngram-table.js';

interface EldResult {
  getScores(): Record<string, number>;
}

interface EldDetector {
  detect(text: string): EldResult;
}

let detector: EldDetector | null = null;
let failed = false;
let disabled = false;

/** Turn the second opinion off (or back on): for benchmarks and tests of the franc-only fallback. */
export function setEldEnabled(enabled: boolean): void {
  disabled = !enabled;
}

/** Which eld database to use; `medium` is as accurate as `large` on news text at half the memory. */
const ELD_ENTRY = 'eld/medium';
const ELD_FILE = join('eld', 'src', 'entries', 'static.medium.js');

/** The entry's file: through the resolver where it exists, else along the node_modules search path. */
function entryFile(require: NodeJS.Require): string {
  try {
    return fileURLToPath(import.meta.resolve(ELD_ENTRY));
  } catch {
    for (const dir of require.resolve.paths('eld') ?? [])
      if (existsSync(join(dir, ELD_FILE))) return join(dir, ELD_FILE);
    throw new Error(`cannot find ${ELD_ENTRY}`);
  }
}

function loadSync(): EldDetector | null {
  if (disabled) return null;
  if (detector || failed) return detector;
  try {
    const require = createRequire(import.meta.url);
    const mod = require(entryFile(require)) as { eld: EldDetector };
    detector = mod.eld;
  } catch {
    // Older Node without require(esm): callers may `await loadEld()` instead.
    failed = true;
  }
  return detector;
}

/**
 * eld's database as a table over shared memory, for worker threads (null when eld is turned off or
 * cannot be found): built once, in a short-lived thread of its own, then handed to each worker.
 */
export async function sharedLanguageModel(): Promise<NgramTable | null> {
  if (disabled) return null;
  let file: string;
  try {
    file = entryFile(createRequire(import.meta.url));
  } catch {
    return null;
  }
  const [entry, options] = builderEntry();
  const builder = new Worker(entry, { ...options, workerData: file });
  try {
    return await new Promise<NgramTable | null>((resolve) => {
      builder.once('message', (table: NgramTable) => resolve(table));
      builder.once('error', () => resolve(null));
      builder.once('exit', () => resolve(null));
    });
  } finally {
    await builder.terminate();
  }
}

/** The builder's entry: its compiled file, or under tsx (tests, benchmarks) a bootstrap registering tsx first. */
function builderEntry(): [URL | string, { eval: boolean }] {
  if (!import.meta.url.endsWith('.ts'))
    return [new URL('./ngram-table-worker.js', import.meta.url), { eval: false }];
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./ngram-table-worker.ts', import.meta.url).href;
  return [
    `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true },
  ];
}

/** Identify through a shared table (`sharedLanguageModel`) instead of loading eld's own database. */
export function useSharedLanguageModel(table: NgramTable): void {
  const text = loadEldText(entryFile(createRequire(import.meta.url)));
  detector = { detect: (t) => ({ getScores: () => ngramScores(table, text, t) }) };
  failed = false;
}

/** Load eld asynchronously (works on every Node version); resolves to whether it is available. */
export async function loadEld(): Promise<boolean> {
  if (detector) return true;
  try {
    const mod = (await import(ELD_ENTRY)) as { eld: EldDetector };
    detector = mod.eld;
    failed = false;
  } catch {
    failed = true;
  }
  return detector !== null;
}

/** True once eld is loaded (or can be loaded synchronously now). */
export function eldAvailable(): boolean {
  return loadSync() !== null;
}

// scores of every language eld knows per text: a smaller memo than the word tokens'
const scoreMemo = new TextMemo<Record<string, number>>(100_000);

/** eld's 0-1 scores for the `candidates` (ISO 639-1) present in `text`, best first; null without eld. */
export function eldScores(text: string, candidates: readonly string[]): [string, number][] | null {
  const d = loadSync();
  if (!d) return null;
  // the same sentence is identified for the article and again by the rules that look for other languages
  const all = scoreMemo.get(text, (t) => d.detect(t).getScores());
  const out: [string, number][] = [];
  for (const c of candidates) {
    const s = all[c];
    if (s !== undefined && s > 0) out.push([c, s]);
  }
  return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
