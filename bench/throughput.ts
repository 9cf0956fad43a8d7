/**
 * End-to-end throughput of the real CLI (`bin/syndiq.js check --no-cache --format json`, from the
 * built dist/) over the republished benchmark documents against their pooled originals, as JSON Lines
 * and as HTML pages, with baselines over the same texts measured in the same run, each a process of
 * its own: reading + word segmentation, franc, Readability over linkedom. Whole-process wall time, CPU
 * (user + system, every thread) and peak RSS; cold start; milliseconds per article per stage.
 *
 * Run: npm run build && nice -n 10 npm run bench:throughput [-- --limit 500 --pages 120 --workers 1,2]
 *   --limit N|all  republished documents checked as JSON Lines (an even spread over all 3,535)
 *   --pages N|all  of those, wrapped into simple article pages and checked as HTML
 *   --stages N     articles timed stage by stage in this process (0: skip)
 * Writes bench-results/throughput.json.
 */
import { measure, type Measured } from './_usage.js';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { extractPage } from '../src/extract/page.js';
import { readSources } from '../src/ingest/sources.js';
import { buildOriginalsIndex } from '../src/match/index.js';
import { checkArticle } from '../src/pipeline/check-article.js';
import { writeReports } from '../src/report/write.js';
import { loadResources } from '../src/resources.js';
import { RuleTiming } from '../src/rules/engine.js';
import { RULES } from '../src/rules/registry.js';
import { assembleReport } from '../src/run.js';
import { BENCHMARKS_DIR, benchmarkDocuments, type BenchRecord } from './shared-data.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The CLI to run: this checkout's, or another build's (`--cli PATH/bin/syndiq.js`) to compare. */
const CLI = option('cli', join(ROOT, 'bin/syndiq.js'));
const BASELINE = join(ROOT, 'bench/throughput-baseline.mjs');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}
const limitOf = (v: string): number => (v === 'all' ? Infinity : Number(v));
const LIMIT = limitOf(option('limit', '500'));
const PAGES = limitOf(option('pages', '120'));
const STAGES = Number(option('stages', '100'));
const WORKERS = option('workers', '1,2').split(',').map(Number);

/** An even spread of `n` items over the list (every system and language, not the first file only). */
function spread<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain news page around a document: headline, paragraphs, a little site furniture. */
function page(r: BenchRecord): string {
  const paras = r.body
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(r.title)} | Example News</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${escapeHtml(r.title)}</h1>
${paras}
</article></main>
<footer><p>© Example News. All rights reserved.</p></footer></body></html>
`;
}

// ---------------------------------------------------------------- whole-process measurement

interface Row {
  name: string;
  items: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  perSecond: number;
  perCpuSecond: number;
  workMs?: number;
}

function row(name: string, items: number, m: Measured, workMs?: number): Row {
  const r: Row = {
    name,
    items,
    wallMs: Math.round(m.wallMs),
    cpuMs: Math.round(m.cpuMs),
    peakRssMb: Math.round(m.peakRssMb),
    perSecond: Math.round((items / m.wallMs) * 10000) / 10,
    perCpuSecond: Math.round((items / m.cpuMs) * 10000) / 10,
  };
  if (workMs !== undefined) r.workMs = Math.round(workMs);
  console.log(
    `${name.padEnd(34)} ${String(items).padStart(5)}  ${(m.wallMs / 1000).toFixed(1).padStart(6)} s  ${(m.cpuMs / 1000).toFixed(1).padStart(6)} s CPU  ${r.peakRssMb.toString().padStart(5)} MB  ${r.perSecond.toFixed(1).padStart(8)}/s  ${r.perCpuSecond.toFixed(1).padStart(8)}/CPU-s`,
  );
  return r;
}

function cli(work: string, inputs: string[], originals: string, workers: number): Measured {
  return measure(work, [
    CLI,
    'check',
    ...inputs,
    '--originals',
    originals,
    '--no-cache',
    '--format',
    'json',
    '--quiet',
    '--workers',
    String(workers),
    '--out',
    join(work, `out-${workers}`),
  ]);
}

function baseline(
  work: string,
  mode: string,
  paths: string[],
): { m: Measured; items: number; workMs: number } {
  const m = measure(work, [BASELINE, mode, ...paths]);
  const out = JSON.parse(m.stdout.trim().split('\n').pop()!) as { items: number; workMs: number };
  return { m, items: out.items, workMs: out.workMs };
}

// ---------------------------------------------------------------- stages, in this process

/** Milliseconds per article per stage, from the pipeline's own stage timing (`deps.timing`). */
async function stageTimes(
  work: string,
  jsonl: string,
  originals: string,
  pagesDir: string,
): Promise<Record<string, number>> {
  const t0 = performance.now();
  const read = await readSources([jsonl]);
  const ingestMs = performance.now() - t0;
  const orig = await readSources([originals]);
  const articles = read.articles.slice(0, STAGES);
  const deps = {
    index: buildOriginalsIndex(orig.articles, DEFAULT_CONFIG),
    resources: loadResources(),
    config: DEFAULT_CONFIG,
    rules: RULES,
    timing: new RuleTiming(),
  };
  checkArticle(articles[0]!, { ...deps, timing: undefined }); // lazily loaded models, before timing
  const results = articles.map((a) => checkArticle(a, deps));
  const r0 = performance.now();
  const report = assembleReport(
    { inputs: [jsonl], originals: [originals], config: DEFAULT_CONFIG },
    new Date().toISOString(),
    () => new Date(),
    results,
    [],
    orig.articles,
  );
  await writeReports(report, join(work, 'out-stages'), { formats: ['json'] });
  const reportMs = performance.now() - r0;
  // extraction alone, over the page files' text
  const files = readdirSync(pagesDir).filter((f) => f.endsWith('.html'));
  const html = files.map((f) => readFileSync(join(pagesDir, f), 'utf8'));
  const e0 = performance.now();
  for (const h of html) extractPage(h);
  const extractMs = performance.now() - e0;
  const perArticle = (ms: number, n: number): number => Math.round((ms / n) * 1000) / 1000;
  const out: Record<string, number> = {
    ingest: perArticle(ingestMs, read.articles.length),
    extract: perArticle(extractMs, html.length),
  };
  for (const [stage, ms] of deps.timing.stages) out[stage] = perArticle(ms, articles.length);
  out.report = perArticle(reportMs, articles.length);
  return out;
}

// ---------------------------------------------------------------- the run

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  try {
    statSync(join(ROOT, 'dist/cli/launch.js'));
  } catch {
    console.log('bench:throughput needs the built CLI: run "npm run build" first');
    process.exitCode = 1;
    return;
  }
  const { originals, republished } = benchmarkDocuments();
  const docs = spread(republished, LIMIT);
  const pageDocs = spread(docs, PAGES);
  const work = mkdtempSync(join(tmpdir(), 'syndiq-throughput-'));
  try {
    const jsonl = join(work, 'republished.jsonl');
    const origFile = join(work, 'originals.jsonl');
    const one = join(work, 'one.jsonl');
    writeFileSync(jsonl, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    writeFileSync(origFile, originals.map((d) => JSON.stringify(d)).join('\n') + '\n');
    writeFileSync(one, JSON.stringify(docs[0]) + '\n');
    const pagesDir = join(work, 'pages');
    mkdirSync(pagesDir);
    pageDocs.forEach((d, i) => writeFileSync(join(pagesDir, `${String(i).padStart(5, '0')}.html`), page(d)));
    const aebDir = join(work, 'aeb');
    mkdirSync(aebDir);
    const aebSrc = join(BENCHMARKS_DIR, 'aeb/html');
    let aebPages = 0;
    try {
      for (const f of readdirSync(aebSrc).filter((n) => n.endsWith('.html.gz'))) {
        writeFileSync(join(aebDir, f.replace(/\.gz$/, '')), gunzipSync(readFileSync(join(aebSrc, f))));
        aebPages++;
      }
    } catch {
      console.log('(article-extraction pages not found: skipped)');
    }

    console.log(
      `${docs.length} of ${republished.length} republished documents, ${originals.length} originals; ${pageDocs.length} as HTML pages; ${aebPages} article-extraction pages`,
    );
    console.log(`${'run'.padEnd(34)} items      wall        CPU    peak RSS     per wall-s   per CPU-s`);
    const rows: Record<string, Row> = {};
    const add = (key: string, r: Row): Row => (rows[key] = r);

    // baselines first: cheap, and they warm the file cache for everyone
    const seg = baseline(work, 'segment', [jsonl]);
    add('segment', row('baseline: read + segment words', seg.items, seg.m, seg.workMs));
    const segOrig = baseline(work, 'segment', [jsonl, origFile]);
    add('segment+originals', row('baseline: same + originals', seg.items, segOrig.m, segOrig.workMs));
    const fr = baseline(work, 'franc', [jsonl]);
    add('franc', row('baseline: franc', fr.items, fr.m, fr.workMs));
    const rd = baseline(work, 'readability', [pagesDir]);
    add('readability', row('baseline: Readability (pages)', rd.items, rd.m, rd.workMs));
    let rdAeb: ReturnType<typeof baseline> | null = null;
    if (aebPages) {
      rdAeb = baseline(work, 'readability', [aebDir]);
      add('readability-aeb', row('baseline: Readability (aeb pages)', rdAeb.items, rdAeb.m, rdAeb.workMs));
    }

    const cold = cli(work, [one], origFile, 1);
    add('cold', row('syndiq: 1 article (cold start)', 1, cold));
    for (const w of WORKERS) {
      add(`jsonl-w${w}`, row(`syndiq JSONL --workers ${w}`, docs.length, cli(work, [jsonl], origFile, w)));
    }
    for (const w of WORKERS) {
      add(
        `html-w${w}`,
        row(`syndiq HTML --workers ${w}`, pageDocs.length, cli(work, [pagesDir], origFile, w)),
      );
    }
    if (aebPages) {
      const w = Math.max(...WORKERS);
      add(`aeb-w${w}`, row(`syndiq aeb pages --workers ${w}`, aebPages, cli(work, [aebDir], origFile, w)));
    }

    const ratio = (a: Row | undefined, b: Row | undefined, key: 'wallMs' | 'cpuMs'): number | null =>
      a && b ? Math.round((a[key] / a.items / (b[key] / b.items)) * 10) / 10 : null;
    const ratios: Record<string, { wall: number | null; cpu: number | null }> = {};
    const best = (prefix: string): Row | undefined =>
      Object.entries(rows)
        .filter(([k]) => k.startsWith(prefix))
        .map(([, r]) => r)
        .sort((a, b) => b.perSecond - a.perSecond)[0];
    const compare = (label: string, a: Row | undefined, b: Row | undefined): void => {
      ratios[label] = { wall: ratio(a, b, 'wallMs'), cpu: ratio(a, b, 'cpuMs') };
      console.log(
        `${label.padEnd(44)} ${String(ratios[label].wall).padStart(6)}x wall  ${String(ratios[label].cpu).padStart(6)}x CPU`,
      );
    };
    console.log('\nper-article cost, whole process (fastest run of each kind):');
    compare('JSONL vs read + segment', best('jsonl-'), rows.segment);
    compare('JSONL vs read + segment (with originals)', best('jsonl-'), rows['segment+originals']);
    compare('JSONL vs franc', best('jsonl-'), rows.franc);
    compare('HTML vs Readability', best('html-'), rows.readability);
    if (rdAeb) compare('aeb pages vs Readability', best('aeb-'), rows['readability-aeb']);

    let stages: Record<string, number> | null = null;
    if (STAGES > 0) {
      stages = await stageTimes(work, jsonl, origFile, pagesDir);
      console.log(
        `\nms per article by stage (in-process, ${Math.min(STAGES, docs.length)} articles, 1 thread):`,
      );
      console.log(
        Object.entries(stages)
          .map(([k, v]) => `${k} ${v.toFixed(2)}`)
          .join('  '),
      );
    }

    const out = join(ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'throughput.json'),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          node: process.version,
          load: loadAverage(),
          documents: docs.length,
          pages: pageDocs.length,
          aebPages,
          originals: originals.length,
          runs: rows,
          ratios,
          msPerArticleByStage: stages,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`\nwritten: bench-results/throughput.json (load ${loadAverage()})`);
  } finally {
    if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
    else console.log(`kept: ${work}`);
  }
}

await main();
