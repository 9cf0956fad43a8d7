/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * report.html in a real browser (Debian's chromium, headless, every request refused):
 * 1. a checked corpus (the labelled devset when installed, else the bundled samples) written in every
 *    format: does report.html list every article, do the CSVs have one row per article and finding,
 *    is junit.xml well-formed;
 * 2. time to open (navigation to the page's "ready" mark), to filter (a verdict box, a free-text search)
 *    and the longest main-thread task while scrolling the list, for a 10,000-article report against a
 *    100-article one from the same run (articles of the checked corpus repeated under new ids).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { resolveConfig } from '../src/config/config.js';
import type { RunReport } from '../src/model.js';
import { renderHtml } from '../src/report/html/writer.js';
import { writeReports } from '../src/report/write.js';
import { runCheck } from '../src/run.js';
import { HAVE_CHROMIUM, launchReportBrowser } from '../test/helpers/browser.js';
import { DEVSET_DIR } from './shared-data.js';

if (!HAVE_CHROMIUM) {
  console.log('skipped: no /usr/bin/chromium');
  process.exit(0);
}

const corpusDir = existsSync(join(DEVSET_DIR, 'republished.jsonl'))
  ? DEVSET_DIR
  : new URL('../corpora/samples/', import.meta.url).pathname;
const corpusName = corpusDir === DEVSET_DIR ? 'devset' : 'samples';
const ROUNDS = 3;

const work = await mkdtemp(join(tmpdir(), 'syndiq-bench-html-'));
const browser = await launchReportBrowser();
// A 10,000-article page on a busy machine may take longer than the tests' 30 s to open: measure it anyway.
browser.context.setDefaultTimeout(300_000);
browser.context.setDefaultNavigationTimeout(300_000);
try {
  const report = await runCheck({
    inputs: ['republished.jsonl', 'feed.xml'].map((f) => join(corpusDir, f)).filter((f) => existsSync(f)),
    originals: [join(corpusDir, 'originals.jsonl')],
    config: resolveConfig({}),
  });
  await corpusRun(report);
  const small = await timings(scaled(report, 100), 'small');
  const large = await timings(scaled(report, 10_000), 'large');
  const ratio = (k: keyof Timing): string => (large[k] / Math.max(small[k], 0.1)).toFixed(1);
  console.log(
    `load average while measuring: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (1, 5, 15 min)`,
  );
  console.log(
    `10,000 / 100 articles: open ${ratio('open')}x, verdict filter ${ratio('verdictFilter')}x, text filter ${ratio('textFilter')}x`,
  );
  if (browser.requests.length) throw new Error(`the report tried to load: ${browser.requests.join(', ')}`);
  if (browser.errors.length) throw new Error(`errors in the page: ${browser.errors.join('; ')}`);
} finally {
  await browser.close();
  await rm(work, { recursive: true, force: true });
}

async function corpusRun(report: RunReport): Promise<void> {
  const out = join(work, corpusName);
  await writeReports(report, out);
  const issues = report.articles.reduce((n, a) => n + a.issues.length, 0);
  const csvRows = async (name: string): Promise<number> =>
    (parse(await readFile(join(out, name), 'utf8'), { columns: true }) as unknown[]).length;
  const junit = await readFile(join(out, 'junit.xml'), 'utf8');
  const page = await browser.open(join(out, 'report.html'));
  const listed = await page.locator('#rows li').first().getAttribute('aria-setsize');
  // no named functions inside evaluate: tsx would wrap them in a helper the page does not have
  const ids = await page.evaluate(async () => {
    const seen = new Set<string>();
    const list = document.getElementById('list')!;
    for (let top = 0; top <= list.scrollHeight; top += list.clientHeight / 2) {
      list.scrollTop = top;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (const a of document.querySelectorAll<HTMLAnchorElement>('#rows li a.title'))
        seen.add(new URLSearchParams(a.hash.slice(1)).get('article') ?? '');
    }
    return seen.size;
  });
  console.log(
    `${corpusName}: ${report.articles.length} articles, ${issues} findings, ${report.errors.length} input errors`,
  );
  console.log(
    `  verdicts: ${report.summary.fail} fail, ${report.summary.review} review, ${report.summary.pass} pass; mean score ${report.summary.meanScore}`,
  );
  console.log(`  report.html lists ${listed} articles (${ids} distinct seen while scrolling the list)`);
  console.log(
    `  articles.csv ${await csvRows('articles.csv')} rows, issues.csv ${await csvRows('issues.csv')} rows`,
  );
  const valid = XMLValidator.validate(junit);
  const cases = (junit.match(/<testcase /g) ?? []).length;
  console.log(
    `  junit.xml well-formed: ${valid === true ? 'yes' : JSON.stringify(valid)}, ${cases} test cases`,
  );
  await page.close();
}

/** The corpus's articles repeated under new ids until there are `count`. */
function scaled(report: RunReport, count: number): RunReport {
  const articles = Array.from({ length: count }, (_, k) => {
    const a = report.articles[k % report.articles.length]!;
    return { ...a, id: `${a.id}~${k}` };
  });
  return { ...report, articles };
}

interface Timing {
  bytes: number;
  open: number;
  verdictFilter: number;
  textFilter: number;
  scrollLongestTask: number;
}

// A declaration, not a const: the top-level await above calls it before this line runs.
function median(xs: number[]): number {
  return [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
}

async function timings(report: RunReport, name: string): Promise<Timing> {
  const file = join(work, `${name}.html`);
  const html = renderHtml(report);
  await writeFile(file, html);
  const rounds: Timing[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const page = await browser.open(file);
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    const open = await page.evaluate(() => performance.getEntriesByName('syndiq-ready')[0]!.startTime);
    const verdictFilter = await timeUntilCount(page, () =>
      page.getByRole('checkbox', { name: 'fail' }).check(),
    );
    await page.getByRole('checkbox', { name: 'fail' }).uncheck();
    const textFilter = await timeUntilCount(page, () => page.fill('#f-q', 'the'), true);
    await page.fill('#f-q', '');
    await page.waitForFunction(() => !/Showing/.test(document.getElementById('count')!.textContent ?? ''));
    await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
    await scrollThrough(page);
    const scrollLongestTask = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    rounds.push({ bytes: html.length, open, verdictFilter, textFilter, scrollLongestTask });
    await page.close();
  }
  const t: Timing = {
    bytes: html.length,
    open: median(rounds.map((x) => x.open)),
    verdictFilter: median(rounds.map((x) => x.verdictFilter)),
    textFilter: median(rounds.map((x) => x.textFilter)),
    scrollLongestTask: median(rounds.map((x) => x.scrollLongestTask)),
  };
  console.log(
    `${String(report.articles.length).padStart(6)} articles, ${(t.bytes / 1048576).toFixed(1)} MB: open ${t.open.toFixed(0)} ms, ` +
      `verdict filter ${t.verdictFilter.toFixed(0)} ms, text filter ${t.textFilter.toFixed(0)} ms (after the 120 ms typing pause), ` +
      `longest task while scrolling ${t.scrollLongestTask.toFixed(0)} ms (median of ${ROUNDS})`,
  );
  return t;
}

/**
 * Milliseconds from the action to the article count on screen changing, measured inside the page
 * (event to painted count). A search waits for a pause in typing first; that pause is subtracted.
 */
async function timeUntilCount(page: Page, act: () => Promise<void>, typed = false): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { changed: Promise<number>; t0: number };
    const count = document.getElementById('count')!;
    w.t0 = 0;
    w.changed = new Promise((resolve) => {
      new MutationObserver(() => requestAnimationFrame(() => resolve(performance.now()))).observe(count, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    document.addEventListener('input', () => (w.t0 ||= performance.now()), { capture: true, once: true });
  });
  await act();
  const ms = await page.evaluate(async () => {
    const w = window as unknown as { changed: Promise<number>; t0: number };
    return (await w.changed) - w.t0;
  });
  return typed ? ms - 120 : ms;
}

async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const list = document.getElementById('list')!;
    for (let k = 0; k <= 40; k++) {
      list.scrollTop = (list.scrollHeight * k) / 40;
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
}
