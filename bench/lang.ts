/**
 * Language identification benchmark: accuracy per language for articles, headlines, paragraphs and
 * sentences, cost per article, and how often the language rules fire on clean human translations.
 *
 * Reads the public benchmark translations at run time (never copied into the project) and the
 * headline fixture `test/fixtures/lang/headlines.jsonl`. Run: `npm run bench:lang`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { eldAvailable, setEldEnabled } from '../src/lang/eld.js';
import { identifyArticle, identifyText } from '../src/lang/identify.js';
import type { Article } from '../src/model.js';
import { buildRuleContext } from '../src/pipeline/check-article.js';
import { loadResources } from '../src/resources.js';
import { runRules } from '../src/rules/engine.js';
import { LANGUAGE_RULES } from '../src/rules/language/index.js';
import { readJsonl } from './shared-data.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, '..', 'shared', 'benchmarks');
const HEADLINES = join(ROOT, 'test', 'fixtures', 'lang', 'headlines.jsonl');

interface Rec {
  id: string;
  title: string;
  body: string;
}

class Tally {
  #m = new Map<string, [number, number]>();
  add(key: string, ok: boolean): void {
    const t = this.#m.get(key) ?? [0, 0];
    t[0] += ok ? 1 : 0;
    t[1]++;
    this.#m.set(key, t);
  }
  print(title: string): void {
    console.log(`\n${title}`);
    let a = 0;
    let n = 0;
    for (const [k, [ok, all]] of [...this.#m].sort()) {
      console.log(`  ${k.padEnd(8)} ${(ok / all).toFixed(4)}  (${ok}/${all})`);
      a += ok;
      n += all;
    }
    if (n) console.log(`  ${'all'.padEnd(8)} ${(a / n).toFixed(4)}  (${a}/${n})`);
  }
}

const candidates = DEFAULT_CONFIG.languages;
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const ready = eldAvailable();
const rss1 = process.memoryUsage().rss;
console.log(
  `second opinion (eld medium): ${ready ? 'loaded' : 'unavailable, franc only'} in ${(performance.now() - t0).toFixed(0)} ms, ` +
    `RSS ${(rss0 / 2 ** 20).toFixed(0)} -> ${(rss1 / 2 ** 20).toFixed(0)} MB`,
);

// Human translations from the benchmarks, with their true languages.
const human: { rec: Rec; lang: string }[] = [];
if (existsSync(BENCH)) {
  const truth = new Map<string, string>();
  for (const f of ['wmt22/truth.jsonl', 'ntrex/truth.jsonl'])
    for (const t of readJsonl<{ id: string; lang: string }>(join(BENCH, f))) truth.set(t.id, t.lang);
  for (const f of ['wmt22/republished/ref.jsonl', 'ntrex/republished/uk.jsonl', 'ntrex/republished/ru.jsonl'])
    for (const rec of readJsonl<Rec>(join(BENCH, f))) human.push({ rec, lang: truth.get(rec.id) ?? 'und' });
} else {
  console.log(`benchmarks not found at ${BENCH}: skipping the human translations`);
}

const article = new Tally();
const title = new Tally();
const para = new Tally();
const sent = new Tally();
let ms = 0;
for (const { rec, lang } of human) {
  const s = performance.now();
  const a = identifyArticle({ title: rec.title, body: rec.body }, candidates);
  ms += performance.now() - s;
  article.add(lang, a.article.lang === lang);
  title.add(lang, a.title.lang === lang);
  for (const p of a.paragraphs) para.add(lang, p.lang === lang);
  for (const p of a.sentences ?? []) sent.add(lang, p.lang === lang);
}
if (human.length) {
  article.print('Article language (no declared language), human translations');
  title.print('Headline in article context (body language as prior)');
  para.print('Paragraphs (body language as prior)');
  sent.print('Sentences (body language as prior)');
  console.log(
    `\ncost, first pass: ${(ms / human.length).toFixed(2)} ms per article (headline, body, paragraphs, sentences), ${human.length} articles`,
  );
  // A second, warm pass: the steady-state cost once the JIT has compiled the detectors.
  const times: number[] = [];
  for (const { rec } of human) {
    const s = performance.now();
    identifyArticle({ title: rec.title, body: rec.body }, candidates);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((x, y) => x + y, 0) / times.length;
  const pct = (q: number): string =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(
    `cost, warm pass: mean ${mean.toFixed(2)} ms, median ${pct(0.5)} ms, p95 ${pct(0.95)} ms per article`,
  );
}

// Headline-only: no context at all.
const headlines = new Tally();
const misses: string[] = [];
const hs = performance.now();
let hn = 0;
const check = (text: string, lang: string): void => {
  const g = identifyText(text, candidates, null);
  hn++;
  headlines.add(lang, g.lang === lang);
  if (g.lang !== lang) misses.push(`  ${lang} -> ${g.lang} (${g.confidence}): ${text.slice(0, 70)}`);
};
for (const { rec, lang } of human) check(rec.title, lang);
for (const h of readJsonl<{ lang: string; text: string }>(HEADLINES)) check(h.text, h.lang);
headlines.print('Headline only (no prior): benchmark titles + own headlines');
console.log(`  ${((performance.now() - hs) / hn).toFixed(3)} ms per headline`);
if (process.env.VERBOSE) console.log(misses.join('\n'));

// The same headlines with franc alone (the fallback when eld cannot be loaded), for comparison.
setEldEnabled(false);
const francOnly = new Tally();
for (const { rec, lang } of human)
  francOnly.add(lang, identifyText(rec.title, candidates, null).lang === lang);
for (const h of readJsonl<{ lang: string; text: string }>(HEADLINES))
  francOnly.add(h.lang, identifyText(h.text, candidates, null).lang === h.lang);
francOnly.print('Headline only, franc fallback (eld off), for comparison');
setEldEnabled(true);

// Language rules on clean human translations: how many articles get a false alarm.
if (human.length && LANGUAGE_RULES.length) {
  const resources = loadResources();
  const fired = new Map<string, number>();
  let any = 0;
  const examples: string[] = [];
  for (const { rec } of human) {
    const art: Article = { id: rec.id, input: 'bench', title: rec.title, body: rec.body };
    const ctx = buildRuleContext(art, { resources, config: DEFAULT_CONFIG }, null);
    const all = runRules(LANGUAGE_RULES, ctx);
    const issues = all.filter((i) => i.kind === 'language' || i.kind === 'untranslated');
    if (issues.length) any++;
    for (const k of new Set(all.map((i) => i.rule))) fired.set(k, (fired.get(k) ?? 0) + 1);
    for (const i of all.slice(0, 2))
      examples.push(`  ${rec.id} ${i.rule} ${i.field}: ${i.text.slice(0, 80)}`);
  }
  console.log(
    `\nlanguage/untranslated issues on clean human translations: ${any}/${human.length} articles (${((100 * any) / human.length).toFixed(2)}%)`,
  );
  for (const [k, n] of [...fired].sort()) console.log(`  articles with ${k}: ${n}`);
  if (process.env.VERBOSE) console.log(examples.join('\n'));
}
