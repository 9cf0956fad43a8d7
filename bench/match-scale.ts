/**
 * Matching at archive scale: the 422 pooled benchmark originals hidden among synthetic originals
 * made by recombining their paragraphs with names and numbers changed (near misses: the same
 * sentences in another story, the same story shape with other people and figures). Every size runs
 * in its own process so peak RSS is that size's.
 *
 * Run: npm run bench:match -- --archive 10000,100000,1000000 [--queries N] [--workers N] [--keep DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { identifyArticle } from '../src/lang/identify.js';
import type { LanguageAnalysis } from '../src/lang/types.js';
import { indexOriginals } from '../src/match/build/build-index.js';
import { KeyOriginalsIndex } from '../src/match/index.js';
import { SqliteOriginalsStore } from '../src/match/store/sqlite.js';
import type { Article, Original } from '../src/model.js';
import { defaultWorkers } from '../src/parallel/pool.js';
import { BENCHMARKS_DIR, readJsonl, requireData } from './shared-data.js';

interface Query {
  article: Article;
  truth: string;
  language: LanguageAnalysis;
}

export interface ScaleResult {
  archive: number;
  buildSeconds: number;
  /** Originals per second of wall time and per second of this process's CPU time (the machine may be shared). */
  buildRate: number;
  buildCpuRate: number;
  dbBytes: number;
  queries: number;
  queryMs: number;
  queryCpuMs: number;
  precision: number;
  coverage: number;
  peakRssMb: number;
  /** Peak RSS when the build had finished (before any query). */
  buildPeakRssMb: number;
}

/** mulberry32: a small seeded generator, so every run builds the same archive. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadOriginals(): Original[] {
  return ['wmt22', 'ntrex'].flatMap((f) =>
    readJsonl<Omit<Article, 'input'>>(join(BENCHMARKS_DIR, f, 'originals.jsonl')).map((r) => ({
      ...r,
      input: f,
    })),
  );
}

export function loadQueries(limit: number): Query[] {
  const out: Omit<Query, 'language'>[] = [];
  for (const folder of ['wmt22', 'ntrex']) {
    const truth = new Map(
      readJsonl<{ id: string; original: string }>(join(BENCHMARKS_DIR, folder, 'truth.jsonl')).map((t) => [
        t.id,
        t.original,
      ]),
    );
    const dir = join(BENCHMARKS_DIR, folder, 'republished');
    const files =
      folder === 'ntrex'
        ? ['ru.jsonl', 'uk.jsonl']
        : [
            'ALMAnaCH-Inria',
            'ARC-NKUA',
            'GTCOM',
            'HuaweiTSC',
            'JDExploreAcademy',
            'Lan-Bridge',
            'Online-A',
            'Online-B',
            'Online-G',
            'Online-W',
            'Online-Y',
            'PROMT',
            'SRPOL',
            'ref',
          ].map((s) => `${s}.jsonl`);
    for (const f of files) {
      let rows: Omit<Article, 'input'>[];
      try {
        rows = readJsonl(join(dir, f));
      } catch {
        continue;
      }
      for (const r of rows) {
        const t = truth.get(r.id);
        if (!t) continue;
        const article = { ...r, input: f };
        out.push({ article, truth: t });
      }
    }
  }
  // an even stride keeps every set and system represented; only the chosen queries are analysed,
  // so the analyses of the others do not count in the archive's peak memory
  const step = Math.max(1, out.length / limit);
  const chosen = Array.from({ length: Math.min(limit, out.length) }, (_, i) => out[Math.floor(i * step)]!);
  return chosen.map((q) => ({ ...q, language: identifyArticle(q.article, DEFAULT_CONFIG.languages) }));
}

/** Capitalised words inside sentences: the names a paragraph's story is about. */
const NAME = /(?<=[\p{L}\d,;] )\p{Lu}[\p{L}'’-]+/gu;
const NUMBER = /\d+(?:[.,]\d+)?/g;

/**
 * Synthetic originals: 3-12 paragraphs drawn from originals of one language, names swapped for
 * other names of that language, every number changed, a title made from another paragraph's opening.
 */
export function* syntheticOriginals(
  originals: readonly Original[],
  count: number,
  seed = 1,
): Generator<Original> {
  const rnd = random(seed);
  const byLang = new Map<string, { paragraphs: string[]; names: string[] }>();
  for (const o of originals) {
    const lang = o.lang ?? 'und';
    let pool = byLang.get(lang);
    if (!pool) byLang.set(lang, (pool = { paragraphs: [], names: [] }));
    for (const p of o.body.split(/\n\n+/)) {
      if (p.trim().length < 20) continue;
      pool.paragraphs.push(p);
      for (const m of p.matchAll(NAME)) pool.names.push(m[0]);
    }
  }
  const langs = [...byLang.keys()].sort();
  const weights = langs.map((l) => byLang.get(l)!.paragraphs.length);
  const total = weights.reduce((a, b) => a + b, 0);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const mutate = (text: string, names: readonly string[]): string =>
    text
      .replace(NAME, (w) => (rnd() < 0.6 && names.length ? pick(names) : w))
      .replace(NUMBER, (n) => {
        const v = Number(n.replace(',', '.'));
        const changed = Math.max(1, Math.round(v * (0.3 + rnd() * 1.4) + rnd() * 10));
        return String(changed === v ? changed + 1 : changed);
      });
  for (let i = 0; i < count; i++) {
    let r = rnd() * total;
    let li = 0;
    while (r >= weights[li]! && li < weights.length - 1) r -= weights[li++]!;
    const lang = langs[li]!;
    const pool = byLang.get(lang)!;
    const n = 3 + Math.floor(rnd() * 10);
    const paragraphs = Array.from({ length: n }, () => mutate(pick(pool.paragraphs), pool.names));
    const title = mutate(pick(pool.paragraphs), pool.names)
      .split(/(?<=[.!?])\s/)[0]!
      .slice(0, 140);
    yield { id: `syn-${i}`, lang, title, body: paragraphs.join('\n\n'), input: 'synthetic' };
  }
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The archive in build order: synthetic originals with the true ones spread evenly among them. */
function* archiveOf(originals: readonly Original[], archive: number): Generator<Original> {
  const synthetic = archive - originals.length;
  const every = Math.max(1, Math.floor(archive / originals.length));
  let nextTrue = 0;
  let made = 0;
  for (const o of syntheticOriginals(originals, Math.max(0, synthetic))) {
    yield o;
    made++;
    if (made % every === 0 && nextTrue < originals.length) yield originals[nextTrue++]!;
  }
  yield* originals.slice(nextTrue);
}

async function runOne(
  archive: number,
  queryLimit: number,
  keep: string | null,
  workers: number,
): Promise<ScaleResult> {
  const originals = loadOriginals();
  const queries = loadQueries(queryLimit);
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'syndiq-scale-'));
  const path = join(dir, `archive-${archive}.db`);
  rmSync(path, { force: true });
  const store = new SqliteOriginalsStore(path, { bulk: true });
  const t0 = performance.now();
  const c0 = cpuMs();
  await indexOriginals(store, archiveOf(originals, archive), {
    languages: DEFAULT_CONFIG.languages,
    workers,
  });
  store.finish();
  const index = new KeyOriginalsIndex(store, DEFAULT_CONFIG);
  const buildSeconds = (performance.now() - t0) / 1000;
  const buildCpu = (cpuMs() - c0) / 1000;
  const dbBytes = statSync(path).size;
  const buildPeakRssMb = process.resourceUsage().maxRSS / 1024;

  let answered = 0;
  let correct = 0;
  let ms = 0;
  const q0 = cpuMs();
  for (const q of queries) {
    const t = performance.now();
    const r = index.match(q.article, q.language);
    ms += performance.now() - t;
    if (r) {
      answered++;
      if (r.match.id === q.truth) correct++;
    }
  }
  const queryCpu = cpuMs() - q0;
  index.close();
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return {
    archive: index.size,
    buildSeconds,
    buildRate: index.size / buildSeconds,
    buildCpuRate: index.size / buildCpu,
    dbBytes,
    queries: queries.length,
    queryMs: ms / queries.length,
    queryCpuMs: queryCpu / queries.length,
    precision: answered ? correct / answered : 1,
    coverage: correct / queries.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    buildPeakRssMb,
  };
}

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

export async function runScale(): Promise<void> {
  requireData(join(BENCHMARKS_DIR, 'wmt22'), 'benchmark data (wmt22, ntrex)');
  const one = option('--archive-one');
  const queries = Number(option('--queries') ?? 100_000);
  const keep = option('--keep');
  const workers = Number(option('--workers') ?? defaultWorkers());
  if (one) {
    console.log(JSON.stringify(await runOne(Number(one), queries, keep, workers)));
    return;
  }
  const sizes = (option('--archive') ?? '10000')
    .split(',')
    .map((s) => Number(s.replace(/k$/i, '000').replace(/m$/i, '000000')));
  const self = fileURLToPath(new URL('./match.ts', import.meta.url));
  const results: ScaleResult[] = [];
  console.log(
    'archive   build s  originals/s (cpu)  db MB  query ms/article (cpu)  peak RSS MB (build)  precision  coverage',
  );
  for (const size of [422, ...sizes]) {
    const args = ['--import', 'tsx', self, '--archive-one', String(size), '--queries', String(queries)];
    args.push('--workers', String(workers));
    if (keep) args.push('--keep', keep);
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.log(`archive ${size}: failed\n${child.stderr}`);
      continue;
    }
    const r = JSON.parse(line) as ScaleResult;
    results.push(r);
    console.log(
      `${String(r.archive).padEnd(9)} ${r.buildSeconds.toFixed(1).padStart(7)}  ${`${Math.round(r.buildRate)} (${Math.round(r.buildCpuRate)})`.padStart(17)}  ${(r.dbBytes / 1048576).toFixed(0).padStart(5)}  ${`${r.queryMs.toFixed(2)} (${r.queryCpuMs.toFixed(2)})`.padStart(22)}  ${`${r.peakRssMb.toFixed(0)} (${r.buildPeakRssMb.toFixed(0)})`.padStart(19)}  ${r.precision.toFixed(4).padStart(9)}  ${r.coverage.toFixed(4).padStart(8)}`,
    );
  }
  const base = results[0];
  const ten = results.find((r) => r.archive >= 10_000);
  if (base && results.length > 1) {
    for (const r of results.slice(1)) {
      console.log(
        `${r.archive}: query time x${ten ? (r.queryMs / ten.queryMs).toFixed(2) : '?'} (cpu x${ten ? (r.queryCpuMs / ten.queryCpuMs).toFixed(2) : '?'}) of the ${ten?.archive ?? '?'} archive; ` +
          `precision ${((r.precision - base.precision) * 100).toFixed(2)} points, coverage ${((r.coverage - base.coverage) * 100).toFixed(2)} points from the ${base.archive}-original index`,
      );
    }
  }
}
