/**
 * `npm run bench:extract`: main-text extraction on the Article Extraction Benchmark (aeb), scored
 * with that benchmark's own metric: `\w+` tokens, 4-token shingles, precision averaged over pages with
 * a prediction, recall averaged over pages with a ground truth, F1 of the two averages. Prints
 * syndiq's extractor beside Readability alone (linkedom DOM, `textContent`) on the same pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../src/extract/dom.js';
import { extractPage } from '../src/extract/page.js';
import { decodeBytes } from '../src/ingest/charset.js';

const AEB = join(import.meta.dirname, '..', '..', 'shared', 'benchmarks', 'aeb');

/** Python's `\w` (Unicode): letters, digits, underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const s = tokens.slice(i, i + 4);
    if (s.length === 0) continue;
    const k = s.join('\u0001');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** TP, FP, FN over shingle multiplicities (evaluate.py's string_shingle_matching). */
export function shingleCounts(truth: string, pred: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(k) ?? 0;
    const b = p.get(k) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  return [tp, fp, fn];
}

export function score(counts: [number, number, number][]): { p: number; r: number; f1: number } {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const [tp, fp, fn] of counts) {
    if (tp + fp > 0) ps.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fp));
    if (tp + fn > 0) rs.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fn));
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const p = mean(ps);
  const r = mean(rs);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

interface Page {
  id: string;
  html: string;
  truth: string;
}

function readabilityAlone(html: string): string {
  const doc = parseDocument(html);
  return new Readability(doc as never).parse()?.textContent ?? '';
}

function syndiq(html: string): string {
  try {
    return extractPage(html).body;
  } catch {
    return '';
  }
}

interface Pass {
  counts: [number, number, number][];
  ms: number;
}

function pass(pages: Page[], extract: (html: string) => string): Pass {
  const counts: [number, number, number][] = [];
  let ms = 0;
  for (const page of pages) {
    const t0 = performance.now();
    const pred = extract(page.html);
    ms += performance.now() - t0;
    counts.push(shingleCounts(page.truth, pred));
  }
  return { counts, ms };
}

/** Shared machines are noisy: the extractors take turns for ROUNDS passes and each keeps its fastest. */
const ROUNDS = 2;

function report(name: string, pages: Page[], passes: Pass[]): void {
  const s = score(passes[0]?.counts ?? []);
  const ms = Math.min(...passes.map((p) => p.ms));
  const pps = pages.length / (ms / 1000);
  console.log(
    `${name.padEnd(22)} F1 ${s.f1.toFixed(3)}  P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  ${pps.toFixed(1)} pages/s`,
  );
}

function main(): void {
  if (!existsSync(join(AEB, 'ground-truth.json'))) {
    console.log(`bench:extract skipped: no benchmark pages at ${AEB}`);
    return;
  }
  const truth = JSON.parse(readFileSync(join(AEB, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >;
  const pages: Page[] = readdirSync(join(AEB, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const html = decodeBytes(gunzipSync(readFileSync(join(AEB, 'html', f)))).text;
      return { id, html, truth: truth[id]?.articleBody ?? '' };
    });
  console.log(
    `aeb: ${pages.length} pages; extraction timed on one core (best of ${ROUNDS} rounds), decoding excluded`,
  );
  const extractors: [string, (html: string) => string][] = [
    ['readability (alone)', readabilityAlone],
    ['syndiq extract', syndiq],
  ];
  const passes = extractors.map((): Pass[] => []);
  for (const [, extract] of extractors) extract(pages[0]?.html ?? ''); // warm up
  for (let round = 0; round < ROUNDS; round++)
    extractors.forEach(([, extract], i) => passes[i]?.push(pass(pages, extract)));
  extractors.forEach(([name], i) => report(name, pages, passes[i] ?? []));
  console.log(
    `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (pages held in memory, both extractors)`,
  );
}

main();
