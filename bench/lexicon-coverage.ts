/**
 * Bilingual lexicons: how much of a source text they explain, and how often what they say is right.
 *
 *   node --import tsx bench/lexicon-coverage.ts [--forms=no] [--stemmer=no|yes] [--names=no] [--misses=N]
 *
 * Per language, over aligned segment pairs (source segment, its professional English translation):
 * - coverage: share of the source's content words (letters only, 3+ letters, not a function word of
 *   corpora/lexicons/lang-function.XX.txt) for which the lexicon finds a lemma, or failing that the
 *   name table (names/<lang>.tsv.gz) an English place or language name (--names=no: lexicon only);
 * - found: of those, the share with at least one listed rendering in the aligned English (compared by
 *   English Snowball stem, irregular forms also by their WordNet lemma; a multi-word rendering needs
 *   all its words);
 * - chance: the same against an unrelated segment (the pair half the sample away, another document).
 * Data: WMT22 uk/ru originals with their human references, first 300 segment pairs per language (title
 * and paragraphs in order); NTREX's English originals with their human uk/ru translations as a second
 * sample; the dev corpus's de, es, fr, pl originals with their republications (fr and pl ones are
 * garbled: their "found" is a floor). Then load time and RSS per language, each in a fresh process,
 * and all languages together. Data missing beside the project is skipped with a message.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BILINGUAL_LANGUAGES,
  LEXICONS_DIR,
  loadEnglishIrregulars,
  loadPlaceNames,
  loadWordEvidence,
} from '../src/lexicon/load.js';
import type { PlaceNames } from '../src/lexicon/names.js';
import type { WordEvidence } from '../src/lexicon/evidence.js';
import { stemmerFor } from '../src/lexicon/stemmer.js';
import { BENCHMARKS_DIR, DEVSET_DIR, readJsonl } from './shared-data.js';

interface Rec {
  id: string;
  title: string;
  body: string;
  lang?: string;
}
type Pair = readonly [source: string, english: string, doc: string];

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined =>
  argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

if (flag('load')) {
  // Child mode: load one language (or all) and report time and memory.
  const langs = flag('load') === 'all' ? [...BILINGUAL_LANGUAGES] : [flag('load')!];
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  let lemmas = 0;
  for (const l of langs) lemmas += loadWordEvidence(l).lexicon.size;
  const ms = performance.now() - t0;
  const rss = process.memoryUsage().rss - rss0;
  console.log(JSON.stringify({ ms, rss, lemmas }));
  process.exit(0);
}

const segments = (r: Rec): string[] =>
  [r.title, ...r.body.split(/\n\n+/)].map((s) => s.trim()).filter(Boolean);

function alignedSegments(orig: Rec, trans: Rec, sourceIsOriginal: boolean): Pair[] {
  const a = segments(orig);
  const b = segments(trans);
  if (a.length !== b.length) return [];
  return a.map((s, i) =>
    sourceIsOriginal ? ([s, b[i]!, orig.id] as const) : ([b[i]!, s, orig.id] as const),
  );
}

function functionWords(lang: string): Set<string> {
  const file = join(LEXICONS_DIR, `lang-function.${lang}.txt`);
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#')),
  );
}

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const enStem = stemmerFor('en')!;
const irregular = flag('load') ? undefined : loadEnglishIrregulars();
/** Stems of the English words and of the lemmas of irregular ones ("were" also gives "be"). */
const enStems = (text: string): Set<string> =>
  new Set(
    (text.toLowerCase().match(WORD) ?? [])
      .flatMap((w) => w.split('-'))
      .flatMap((w) => [w, ...(irregular?.lemmasOf(w) ?? [])])
      .map(enStem),
  );

interface Score {
  /** Most frequent words without a lemma, and with renderings none of which was found (--misses=N). */
  unknown: Map<string, number>;
  wrong: Map<string, number>;
  words: number;
  covered: number;
  found: number;
  chance: number;
}

/** An English segment of another document: half the sample away, else from the pool of all samples. */
function unrelatedEnglish(pairs: readonly Pair[], i: number, pool: readonly Pair[]): string {
  const doc = pairs[i]![2];
  const half = Math.floor(pairs.length / 2);
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[(i + half + k) % pairs.length]!;
    if (p[2] !== doc) return p[1];
  }
  return pool.filter((p) => p[2] !== doc)[i % pool.length]?.[1] ?? '';
}

function score(
  ev: WordEvidence,
  names: PlaceNames | undefined,
  pairs: readonly Pair[],
  fn: Set<string>,
  pool: readonly Pair[],
): Score {
  const s: Score = { unknown: new Map(), wrong: new Map(), words: 0, covered: 0, found: 0, chance: 0 };
  const hits = (renderings: readonly string[], stems: Set<string>): boolean =>
    renderings.some((r) =>
      r
        .toLowerCase()
        .split(/[ -]/)
        .every((w) => stems.has(enStem(w))),
    );
  pairs.forEach(([src, en], i) => {
    const aligned = enStems(en);
    const unrelated = enStems(unrelatedEnglish(pairs, i, pool));
    for (const w of src.match(WORD) ?? []) {
      const lower = w.toLowerCase();
      if ([...lower].length < 3 || fn.has(lower)) continue;
      s.words++;
      const r = ev.renderings(w).length ? ev.renderings(w) : (names?.englishOf(w)?.english ?? []);
      if (!r.length) {
        s.unknown.set(lower, (s.unknown.get(lower) ?? 0) + 1);
        continue;
      }
      s.covered++;
      if (hits(r, aligned)) s.found++;
      else s.wrong.set(`${lower}=${r.slice(0, 4).join('|')}`, (s.wrong.get(lower) ?? 0) + 1);
      if (hits(r, unrelated)) s.chance++;
    }
  });
  return s;
}

function samples(): { lang: string; name: string; pairs: Pair[] }[] {
  const out: { lang: string; name: string; pairs: Pair[] }[] = [];
  const wmt = join(BENCHMARKS_DIR, 'wmt22');
  if (existsSync(wmt)) {
    const refs = new Map(
      readJsonl<Rec>(join(wmt, 'republished/ref.jsonl')).map((r) => [r.id.replace(/@ref$/, ''), r]),
    );
    for (const lang of ['uk', 'ru']) {
      const pairs: Pair[] = [];
      for (const o of readJsonl<Rec>(join(wmt, 'originals.jsonl'))) {
        const ref = refs.get(o.id);
        if (o.lang === lang && ref) pairs.push(...alignedSegments(o, ref, true));
      }
      out.push({ lang, name: 'WMT22 first 300 segments', pairs: pairs.slice(0, 300) });
    }
  } else console.log(`skipped: WMT22 not found at ${wmt}`);
  const ntrex = join(BENCHMARKS_DIR, 'ntrex');
  if (existsSync(ntrex)) {
    const originals = new Map(readJsonl<Rec>(join(ntrex, 'originals.jsonl')).map((r) => [r.id, r]));
    for (const lang of ['uk', 'ru']) {
      const pairs: Pair[] = [];
      for (const t of readJsonl<Rec>(join(ntrex, `republished/${lang}.jsonl`))) {
        const o = originals.get(t.id.replace(/@\w+$/, ''));
        if (o) pairs.push(...alignedSegments(o, t, false));
      }
      out.push({ lang, name: 'NTREX first 300 paragraphs', pairs: pairs.slice(0, 300) });
    }
  } else console.log(`skipped: NTREX not found at ${ntrex}`);
  if (existsSync(join(DEVSET_DIR, 'labels.jsonl'))) {
    const originals = new Map(readJsonl<Rec>(join(DEVSET_DIR, 'originals.jsonl')).map((r) => [r.id, r]));
    const republished = new Map(readJsonl<Rec>(join(DEVSET_DIR, 'republished.jsonl')).map((r) => [r.id, r]));
    const byLang = new Map<string, Pair[]>();
    for (const l of readJsonl<{ id: string; original: string | null; lang: string }>(
      join(DEVSET_DIR, 'labels.jsonl'),
    )) {
      const o = l.original ? originals.get(l.original) : undefined;
      const r = republished.get(l.id);
      if (!o?.lang || !r || l.lang !== 'en' || ['en', 'uk', 'ru'].includes(o.lang)) continue;
      byLang.set(o.lang, [...(byLang.get(o.lang) ?? []), ...alignedSegments(o, r, true)]);
    }
    for (const [lang, pairs] of [...byLang].sort())
      out.push({ lang, name: 'dev corpus (paragraphs)', pairs });
  } else console.log(`skipped: dev corpus not found at ${DEVSET_DIR}`);
  return out;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const options = {
  forms: flag('forms') === 'no' ? false : undefined,
  stemmer: flag('stemmer') === 'no' ? false : flag('stemmer') === 'yes' ? true : undefined,
};

console.log('coverage of source content words / rendering found in the aligned English / chance');
const cache = new Map<string, WordEvidence>();
const all = samples();
const pool = all.flatMap((x) => x.pairs);
for (const { lang, name, pairs } of all) {
  if (!pairs.length) continue;
  let ev = cache.get(lang);
  if (!ev) cache.set(lang, (ev = loadWordEvidence(lang, options)));
  const names = flag('names') === 'no' ? undefined : loadPlaceNames(lang);
  const s = score(ev, names, pairs, functionWords(lang), pool);
  console.log(
    `${lang}  ${name.padEnd(28)} ${String(pairs.length).padStart(4)} pairs ${String(s.words).padStart(5)} words  ` +
      `${pct(s.covered, s.words).padStart(6)} / ${pct(s.found, s.covered).padStart(6)} / ${pct(s.chance, s.covered).padStart(6)}`,
  );
  const misses = Number(flag('misses') ?? 0);
  if (misses) {
    const top = (m: Map<string, number>): string =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, misses)
        .map(([w, n]) => `${w} ${n}`)
        .join(', ');
    console.log(`    unknown: ${top(s.unknown)}\n    not found: ${top(s.wrong)}`);
  }
}

if (flag('no-load')) process.exit(0);
console.log('\nload time and RSS growth per language (fresh process each), committed size');
const self = fileURLToPath(import.meta.url);
const load = (what: string): { ms: number; rss: number; lemmas: number } =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', self, `--load=${what}`], { encoding: 'utf8' }).trim(),
  ) as { ms: number; rss: number; lemmas: number };
const size = (lang: string): number =>
  ['en', 'forms', 'stems']
    .map((k) => join(LEXICONS_DIR, 'bilingual', `${lang}-${k}.tsv.gz`))
    .filter(existsSync)
    .reduce((a, f) => a + statSync(f).size, 0);
for (const lang of BILINGUAL_LANGUAGES) {
  const r = load(lang);
  console.log(
    `${lang}  ${String(r.lemmas).padStart(7)} lemmas  ${r.ms.toFixed(0).padStart(5)} ms  ` +
      `${(r.rss / 2 ** 20).toFixed(0).padStart(4)} MB RSS  ${(size(lang) / 1024).toFixed(0).padStart(5)} KB committed`,
  );
}
const together = load('all');
console.log(
  `all ${String(together.lemmas).padStart(7)} lemmas  ${together.ms.toFixed(0).padStart(5)} ms  ${(together.rss / 2 ** 20).toFixed(0).padStart(4)} MB RSS`,
);
