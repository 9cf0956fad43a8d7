/**
 * Headline false alarms on good headlines: the share of headlines whose verdict is not `pass`, and
 * which rules fired on them.
 *
 *   node --import tsx bench/headlines.ts        (npm run bench:headlines)
 *   … -- --verbose                              (each flagged headline and its findings)
 *   … -- --only wmt22                           (only the sets whose name contains "wmt22")
 *
 * Professional headlines: WMT22 human reference translations (first line of each document) and the
 * NTREX human uk/ru translations, checked without their original (the harder case for headline
 * rules, which then have only the body to agree with) and with it. Web headlines: the titles syndiq
 * extracts from the article-extraction benchmark's pages, checked as orphans. Every rule runs, as in
 * `syndiq check`. Data is read from the folder beside the project; missing data is skipped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resolveConfig } from '../src/config/config.js';
import { extractPage } from '../src/extract/page.js';
import type { Issue } from '../src/model.js';
import { loadResources } from '../src/resources.js';
import { RULES } from '../src/rules/registry.js';
import { scoreArticle } from '../src/score/mqm.js';
import { countWords } from '../src/text/segment.js';
import { BENCHMARKS_DIR, readJsonl, requireData } from './shared-data.js';
import { checkRecord } from './gold-check.js';

const config = resolveConfig({});
const resources = loadResources();
const verbose = process.argv.includes('--verbose');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '') : '';

interface Rec {
  id: string;
  title: string;
  body: string;
  lang?: string;
}
interface Truth {
  id: string;
  original: string;
  system: string;
}

/** Title issues and the headline verdict of one article. */
function headline(rec: Rec, orig: Rec | null): { issues: Issue[]; pass: boolean } {
  const { ctx, issues } = checkRecord(rec, orig, RULES, { resources, config });
  const words = { title: countWords(rec.title, ctx.title.lang), body: countWords(rec.body, ctx.body.lang) };
  const scores = scoreArticle(issues, words, config.scoring);
  return { issues: issues.filter((i) => i.field === 'title'), pass: scores.headline.verdict === 'pass' };
}

interface Tally {
  name: string;
  total: number;
  flagged: number;
  rules: Map<string, number>;
}

function tally(name: string, items: Iterable<[Rec, Rec | null]>): Tally {
  const t: Tally = { name, total: 0, flagged: 0, rules: new Map() };
  for (const [rec, orig] of items) {
    if (!rec.title.trim()) continue;
    t.total++;
    const h = headline(rec, orig);
    if (h.pass) continue;
    t.flagged++;
    for (const rule of new Set(h.issues.map((i) => i.rule))) t.rules.set(rule, (t.rules.get(rule) ?? 0) + 1);
    if (verbose)
      console.log(
        `  [${name}] ${rec.title}\n      ${h.issues.map((i) => `${i.rule}: "${i.text}"${i.suggestion ? ` -> ${i.suggestion}` : ''}`).join('; ')}`,
      );
  }
  return t;
}

function print(t: Tally, limit: number): void {
  const rate = t.total ? (100 * t.flagged) / t.total : 0;
  const status = rate <= limit ? 'ok' : 'OVER';
  console.log(
    `${t.name.padEnd(34)} ${String(t.flagged).padStart(4)}/${String(t.total).padEnd(5)} ${rate.toFixed(2).padStart(6)}%  (limit ${limit}%: ${status})`,
  );
  for (const [rule, n] of [...t.rules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`    ${rule.padEnd(32)} ${n}`);
}

const wmt = requireData(join(BENCHMARKS_DIR, 'wmt22'), 'WMT22 benchmark');
const ntrex = join(BENCHMARKS_DIR, 'ntrex');
const aeb = join(BENCHMARKS_DIR, 'aeb');

function byId(path: string): Map<string, Rec> {
  return new Map(readJsonl<Rec>(path).map((r) => [r.id, r]));
}

function* professional(folder: string, withOriginal: boolean): Generator<[Rec, Rec | null]> {
  const originals = byId(join(folder, 'originals.jsonl'));
  const refs = new Set(
    readJsonl<Truth>(join(folder, 'truth.jsonl'))
      .filter((t) => t.system === 'ref')
      .map((t) => t.id),
  );
  for (const file of readdirSync(join(folder, 'republished')).sort()) {
    for (const rec of readJsonl<Rec>(join(folder, 'republished', file))) {
      if (!refs.has(rec.id)) continue;
      const orig = originals.get(rec.id.replace(/@.*$/, '')) ?? null;
      yield [rec, withOriginal ? orig : null];
    }
  }
}

function* webPages(): Generator<[Rec, null]> {
  const truth = JSON.parse(readFileSync(join(aeb, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string }
  >;
  for (const id of Object.keys(truth).sort()) {
    let page;
    try {
      const html = gunzipSync(readFileSync(join(aeb, 'html', `${id}.html.gz`))).toString('utf8');
      page = extractPage(html, { url: truth[id]!.url });
    } catch {
      continue; // pages syndiq finds no article on are the extraction benchmark's business
    }
    yield [{ id, title: page.title, body: page.body, ...(page.lang ? { lang: page.lang } : {}) }, null];
  }
}

/** Tallies and prints one set unless `--only` leaves it out (the sets are read lazily). */
function run(name: string, items: () => Iterable<[Rec, Rec | null]>, limit: number): void {
  if (!name.includes(only)) return;
  print(tally(name, items()), limit);
}

console.log('headlines whose verdict is not pass (professional limit 1%, web limit 2%)');
run('wmt22 ref, orphan', () => professional(wmt, false), 1);
run('wmt22 ref, with original', () => professional(wmt, true), 1);
run('ntrex uk/ru, orphan', () => professional(ntrex, false), 1);
run('ntrex uk/ru, with original', () => professional(ntrex, true), 1);
run('aeb web titles, orphan', webPages, 2);
