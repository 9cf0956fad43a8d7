/* global process, console, performance */
/**
 * The baselines of bench/throughput.ts, each run as a process of its own so its whole-process cost
 * (start-up included) compares with the CLI's. Plain JavaScript: no compiler in the way of start-up.
 *
 *   segment FILE.jsonl...  read the records and segment title and body into words (Intl.Segmenter)
 *   franc FILE.jsonl       read the records and identify the language of each with franc
 *   readability DIR        read every .html page and extract its article with Readability over linkedom
 *
 * Prints one JSON line: { items, words?, workMs } (workMs: the loop alone, after imports).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [mode, ...paths] = process.argv.slice(2);

function records(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

const segmenters = new Map();
function wordCount(text, lang) {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  let n = 0;
  // paragraph by paragraph, as a checker must (the segmenter slows down on long strings)
  for (const para of text.split(/\n\s*\n/)) for (const seg of s.segment(para)) if (seg.isWordLike) n++;
  return n;
}

async function run() {
  if (mode === 'segment') {
    let items = 0;
    let words = 0;
    for (const path of paths)
      for (const r of records(path)) {
        items++;
        words += wordCount(r.title, r.lang ?? 'en') + wordCount(r.body, r.lang ?? 'en');
      }
    return { items, words };
  }
  if (mode === 'franc') {
    const { franc } = await import('franc');
    const start = performance.now();
    let items = 0;
    for (const r of records(paths[0])) {
      franc(`${r.title}\n${r.body}`);
      items++;
    }
    return { items, loopMs: performance.now() - start };
  }
  if (mode === 'readability') {
    const { parseHTML } = await import('linkedom');
    const { Readability } = await import('@mozilla/readability');
    const start = performance.now();
    let items = 0;
    for (const f of readdirSync(paths[0]).filter((n) => n.endsWith('.html'))) {
      const { document } = parseHTML(readFileSync(join(paths[0], f), 'utf8'));
      new Readability(document).parse();
      items++;
    }
    return { items, loopMs: performance.now() - start };
  }
  throw new Error(`unknown baseline "${mode}"`);
}

const t0 = performance.now();
const out = await run();
console.log(JSON.stringify({ ...out, workMs: out.loopMs ?? performance.now() - t0 }));
