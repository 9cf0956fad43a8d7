/**
 * Memory at scale: the real CLI (built dist/) over N synthetic articles (the benchmark documents
 * repeated with new ids) against the pooled originals. Samples the process's resident memory at every
 * progress line (one per 100 articles), so the curve shows whether memory stays flat or grows with
 * the input; then, in this process, measures what one article costs to hold at each step (read
 * input, checked result, report text).
 *
 * Prints the resident memory at checkpoints (1k, 2k, 5k, 10k, 20k, 50k, 100k… articles done) and
 * how far it rises after the first 10,000: a run that streams its results stays flat from there.
 * `--config FILE` runs with a config of your own (e.g. rules switched off, a cheaper run of the same
 * size; `--cheap` writes one with every rule off); `--no-held` skips the in-process cost-per-article measure.
 *
 * Run: npm run build && nice -n 10 npm run bench:memory [-- --articles 10000 --workers 2]
 * Writes bench-results/memory.json.
 */
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { readSources } from '../src/ingest/sources.js';
import { buildOriginalsIndex } from '../src/match/index.js';
import { checkArticle } from '../src/pipeline/check-article.js';
import { loadResources } from '../src/resources.js';
import { RULES } from '../src/rules/registry.js';
import { benchmarkDocuments, type BenchRecord } from './shared-data.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}
const ARTICLES = Number(option('articles', '2000'));
const WORKERS = Number(option('workers', '2'));
/** Articles held in this process to measure the cost of holding one. */
const HELD = Number(option('held', '300'));
let CONFIG = option('config', '');
/** `--cheap`: every rule off (ingest, language, matching, alignment and reports still run): size runs in less time. */
const CHEAP = process.argv.includes('--cheap');
const SKIP_HELD = process.argv.includes('--no-held');
/** Where the resident memory is reported, in articles done. */
const CHECKPOINTS = [1000, 2000, 5000, 10_000, 20_000, 30_000, 50_000, 100_000, 200_000, 500_000, 1_000_000];

/** N records: the benchmark documents in turn, each copy with an id of its own. */
async function writeSynthetic(path: string, docs: readonly BenchRecord[], n: number): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const d = docs[i % docs.length]!;
    const line = JSON.stringify({ ...d, id: `${d.id}#${Math.floor(i / docs.length)}` }) + '\n';
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface Sample {
  done: number;
  seconds: number;
  rssMb: number;
  /** The process's peak resident memory so far (VmHWM). */
  peakMb: number;
}

/** Run the CLI, sampling RSS at each progress line; resolves with the samples and peak (VmHWM). */
function runSampled(args: string[]): Promise<{ samples: Sample[]; peakMb: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'bin/syndiq.js'), ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const samples: Sample[] = [];
    let peakMb = 0;
    const peak = (): void => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakMb = Math.max(peakMb, Number(m[1]) / 1024);
      } catch {
        // the process has ended
      }
    };
    let buffered = '';
    let tail = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buffered += chunk;
      tail = (tail + chunk).slice(-4000);
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        const m = /(\d+)\/(\d+) articles checked/.exec(line);
        const rss = rssMb(child.pid!);
        if (m && rss !== null) {
          peak();
          samples.push({
            done: Number(m[1]),
            seconds: (performance.now() - t0) / 1000,
            rssMb: rss,
            peakMb: Math.max(peakMb, rss),
          });
        }
      }
    });
    const timer = setInterval(peak, 500);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0 && code !== 1) reject(new Error(`syndiq exited with ${code}: ${tail}`));
      else resolve({ samples, peakMb, seconds: (performance.now() - t0) / 1000 });
    });
  });
}

/** Heap used after a full collection, in MB. */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
function heapMb(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 1048576;
}

/** What holding one article costs, in this process: its input record, its checked result, its report text. */
async function perArticle(jsonl: string, originals: string): Promise<Record<string, number>> {
  const orig = await readSources([originals]);
  const deps = {
    index: buildOriginalsIndex(orig.articles, DEFAULT_CONFIG),
    resources: loadResources(),
    config: DEFAULT_CONFIG,
    rules: RULES,
  };
  const h0 = heapMb();
  const read = await readSources([jsonl]);
  const articles = read.articles.slice(0, HELD);
  read.articles.length = 0;
  const h1 = heapMb();
  // a first pass warms lazily loaded resources and the per-thread caches, outside the measure
  for (const a of articles) checkArticle(a, deps);
  const h2 = heapMb();
  const results = articles.map((a) => checkArticle(a, deps));
  const h3 = heapMb();
  const json = JSON.stringify(results);
  const kb = (mb: number): number => Math.round((mb * 1024 * 10) / HELD) / 10;
  const out = {
    inputKb: kb(h1 - h0),
    resultKb: kb(h3 - h2),
    resultJsonKb: Math.round((json.length / HELD / 1024) * 10) / 10,
    inputTextKb:
      Math.round((articles.reduce((s, a) => s + a.title.length + a.body.length, 0) / HELD / 1024) * 10) / 10,
  };
  return out;
}

async function main(): Promise<void> {
  try {
    statSync(join(ROOT, 'dist/cli/launch.js'));
  } catch {
    console.log('bench:memory needs the built CLI: run "npm run build" first');
    process.exitCode = 1;
    return;
  }
  const { originals, republished } = benchmarkDocuments();
  const work = mkdtempSync(join(tmpdir(), 'syndiq-memory-'));
  try {
    const jsonl = join(work, 'republished.jsonl');
    const origFile = join(work, 'originals.jsonl');
    await writeSynthetic(jsonl, republished, ARTICLES);
    writeFileSync(origFile, originals.map((d) => JSON.stringify(d)).join('\n') + '\n');
    if (CHEAP) {
      CONFIG = join(work, 'cheap.json');
      writeFileSync(
        CONFIG,
        JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'off'])) }),
      );
    }
    console.log(
      `${ARTICLES} articles (${(statSync(jsonl).size / 1048576).toFixed(0)} MB of JSON Lines), ${originals.length} originals, --workers ${WORKERS}`,
    );
    const run = await runSampled([
      'check',
      jsonl,
      '--originals',
      origFile,
      '--no-cache',
      '--format',
      'json',
      '--workers',
      String(WORKERS),
      '--out',
      join(work, 'out'),
      ...(CONFIG ? ['--config', CONFIG] : []),
    ]);
    const reportMb = statSync(join(work, 'out', 'report.json')).size / 1048576;
    const step = Math.max(1, Math.floor(run.samples.length / 10));
    console.log('articles done   seconds   RSS MB');
    for (const s of run.samples.filter((_, i) => i % step === 0 || i === run.samples.length - 1))
      console.log(
        `${String(s.done).padStart(13)}  ${s.seconds.toFixed(0).padStart(8)}  ${s.rssMb.toFixed(0).padStart(7)}`,
      );
    // growth over the second half of the run, per 1,000 articles
    const half = run.samples.filter((s) => s.done >= ARTICLES / 2);
    const first = half[0];
    const last = half[half.length - 1];
    const growth =
      first && last && last.done > first.done
        ? ((last.rssMb - first.rssMb) / (last.done - first.done)) * 1000
        : null;
    console.log(
      `peak RSS ${run.peakMb.toFixed(0)} MB; ${growth === null ? 'growth n/a' : `${growth.toFixed(1)} MB per 1,000 articles over the second half`}; report.json ${reportMb.toFixed(0)} MB; ${(ARTICLES / run.seconds).toFixed(1)} articles/s`,
    );
    const checkpoints = CHECKPOINTS.filter((n) => n <= ARTICLES).flatMap((n) => {
      const s = run.samples.find((x) => x.done >= n);
      return s ? [{ articles: n, rssMb: Math.round(s.rssMb), peakMb: Math.round(s.peakMb) }] : [];
    });
    console.log('checkpoint: articles done, RSS MB, peak RSS so far MB');
    for (const c of checkpoints)
      console.log(
        `${String(c.articles).padStart(10)}  ${String(c.rssMb).padStart(7)}  ${String(c.peakMb).padStart(7)}`,
      );
    const at10k = run.samples.find((x) => x.done >= 10_000);
    const after10k = run.samples.filter((x) => x.done > 10_000);
    const riseAfter10kMb =
      at10k && after10k.length ? Math.round(Math.max(...after10k.map((x) => x.rssMb)) - at10k.rssMb) : null;
    if (riseAfter10kMb !== null)
      console.log(
        `RSS after the first 10,000 articles rises at most ${riseAfter10kMb} MB (from ${at10k!.rssMb.toFixed(0)} MB)`,
      );
    const held = SKIP_HELD ? null : await perArticle(jsonl, origFile);
    if (held)
      console.log(
        `held per article (this process, ${HELD} articles): input ${held.inputKb} KB (text ${held.inputTextKb} KB), checked result ${held.resultKb} KB, result as JSON ${held.resultJsonKb} KB`,
      );
    const out = join(ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'memory.json'),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          articles: ARTICLES,
          workers: WORKERS,
          seconds: Math.round(run.seconds),
          peakRssMb: Math.round(run.peakMb),
          growthMbPer1000: growth === null ? null : Math.round(growth * 10) / 10,
          reportMb: Math.round(reportMb),
          config: CONFIG || null,
          checkpoints,
          riseAfter10kMb,
          samples: run.samples,
          heldPerArticleKb: held,
        },
        null,
        2,
      ) + '\n',
    );
    console.log('written: bench-results/memory.json');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
