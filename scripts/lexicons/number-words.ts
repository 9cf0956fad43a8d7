/**
 * Builds `corpora/lexicons/numbers/number-words.tsv.gz`, the one table of numbers written in words
 * that the number readers load (src/lexicon/number-words.ts):
 * - cardinals 1..999 of each default language in every rule set CLDR spells them with (genders and,
 *   for Russian and Polish, the six or seven cases), from CLDR's rule-based number format data;
 * - scale words (hundred, thousand, million, billion) in the same forms, cut out of CLDR's spell-outs
 *   of k × 1000 etc., and whether the language glues them to the numbers around them ("zweitausend");
 * - the words that join a scale group to what follows ("mil e cinco", "one thousand and five");
 * - scale words and their abbreviations after digits ("18,4 тис.", "3,2 Mio.") from CLDR's compact
 *   decimal formats, all regional variants of the language;
 * - Ukrainian case forms (CLDR has nominatives only) from Apertium's Ukrainian analyser.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enumerateAtt } from './att.js';
import { parseSpelloutRules, type SpelloutRules } from './rbnf.js';
import { writeTable } from './write.js';
import type { Fetched } from './fetch.js';
import { normalizeNumberWord, NUMBER_WORD_LANGUAGES } from '../../src/lexicon/number-words.js';

export const NUMBER_INPUTS = {
  'cldr-rbnf': '48.2.0',
  'cldr-numbers-full': '48.2.0',
} as const;

/** Multipliers a scale word may have: hundreds only between number words, the rest after digits too. */
const SCALES = [100, 1e3, 1e6, 1e9] as const;

/**
 * Abbreviations after digits that no CLDR locale lists, seen in the English-language business press of
 * Ukraine and Russia ("UAH 5.6 bln", "RUB 12 mln"): CLDR has Italian "Mln" and Polish "mln" only.
 */
const PRESS_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ['bln', 1e9],
  ['mln', 1e6],
];

interface Row {
  lang: string;
  kind: 'cardinal' | 'scale' | 'glued-scale' | 'joiner' | 'glued-joiner' | 'after-digits';
  form: string;
  value: number;
}

/** Cardinal rule sets: every `spellout-cardinal*` and `spellout-numbering` (not the year reading). */
function cardinalSets(rules: SpelloutRules): string[] {
  return rules.ruleSets.filter((s) => s.startsWith('spellout-cardinal') || s === 'spellout-numbering');
}

/** Tokens of a spelled-out number as the reader splits text: hyphens and spaces separate words. */
function key(text: string, lang: string): string {
  return normalizeNumberWord(text, lang)
    .split(/[\s-]+/)
    .filter(Boolean)
    .join(' ');
}

function buildLanguage(lang: string, rules: SpelloutRules, rows: Row[]): void {
  const sets = cardinalSets(rules);
  const phrases = new Map<string, number>();
  const byValue = new Map<number, Set<string>>();
  const addPhrase = (form: string, value: number): void => {
    if (!form) return;
    phrases.set(form, value);
    let s = byValue.get(value);
    if (!s) byValue.set(value, (s = new Set()));
    s.add(form);
  };
  for (const set of sets) for (let n = 1; n <= 999; n++) addPhrase(key(rules.spell(n, set), lang), n);
  const scales = new Map<string, { value: number; glued: boolean }>();
  const joiners = new Map<string, boolean>();
  for (const scale of SCALES) {
    for (const set of sets) {
      for (let k = 1; k <= (scale === 100 ? 9 : 999); k++) {
        const whole = normalizeNumberWord(rules.spell(k * scale, set), lang);
        // the spell-out of k, then the scale word (glued or after a space)
        const heads = [...(byValue.get(k) ?? [])].sort((a, b) => b.length - a.length);
        const flat = whole.replace(/-/g, ' ');
        const head = heads.find((h) => flat.startsWith(h));
        let form: string;
        let glued = false;
        if (head) {
          const rest = flat.slice(head.length);
          glued = !/^\s/.test(rest);
          form = key(rest, lang);
        } else if (k === 1)
          form = key(whole, lang); // "mille", "тысяча": one is not written
        else if (scale === 100)
          continue; // "двести": a cardinal, listed above
        else {
          addPhrase(key(whole, lang), k * scale); // Arabic duals: "ألفي" is two thousand
          continue;
        }
        if (!form || phrases.has(form)) continue;
        if (scale === 100 && glued) continue; // "пятьсот": a cardinal, already listed
        const had = scales.get(form);
        if (had && had.value !== scale)
          throw new Error(`${lang}: "${form}" is a scale of ${had.value} and ${scale}`);
        scales.set(form, { value: scale, glued: glued || (had?.glued ?? false) });
      }
      // what stands between a scale group and the rest: "mil e cinco", "ألف وخمسة"
      if (scale === 100) continue;
      for (const r of [1, 5, 48, 300]) {
        const whole = normalizeNumberWord(rules.spell(scale * 2 + r, set), lang);
        const head = normalizeNumberWord(rules.spell(scale * 2, set), lang);
        const tail = normalizeNumberWord(rules.spell(r, set), lang);
        if (!whole.startsWith(head) || !whole.endsWith(tail)) continue;
        const middle = whole.slice(head.length, whole.length - tail.length);
        const word = middle.trim();
        if (!word || !/^[\p{L}']+$/u.test(word)) continue;
        joiners.set(word, /\S$/u.test(middle)); // no space after: written against the next word
      }
    }
  }
  for (const [form, value] of phrases) rows.push({ lang, kind: 'cardinal', form, value });
  for (const [form, { value, glued }] of scales)
    rows.push({ lang, kind: glued ? 'glued-scale' : 'scale', form, value });
  for (const [form, glued] of joiners)
    rows.push({ lang, kind: glued ? 'glued-joiner' : 'joiner', form, value: 0 });
}

/**
 * Ukrainian case forms of the single-word cardinals and scales (CLDR spells nominatives only): the
 * surface forms Apertium's Ukrainian analyser gives each numeral lemma ("восьми", "вісьмох" of вісім).
 */
function ukrainianForms(apertium: Fetched, rows: Row[]): number {
  const morf = join(apertium.root, 'usr/share/apertium/apertium-rus-ukr/ukr-rus.automorf.bin');
  const analyses = enumerateAtt(
    execFileSync('lt-print', [morf], { encoding: 'utf8', maxBuffer: 1 << 28 }),
    morf,
  );
  const single = new Map<string, Row>();
  for (const r of rows)
    if (r.lang === 'uk' && r.kind !== 'joiner' && r.kind !== 'glued-joiner' && !r.form.includes(' '))
      single.set(r.form, r);
  const known = new Set(rows.filter((r) => r.lang === 'uk').map((r) => r.form));
  const added = new Map<string, Row | null>();
  for (const { input, output } of analyses) {
    if (!output.includes('<num>')) continue;
    const lemma = single.get(normalizeNumberWord(output.split('<')[0] ?? '', 'uk'));
    const form = normalizeNumberWord(input, 'uk');
    if (!lemma || known.has(form) || !/^[\p{L}']+$/u.test(form)) continue;
    const had = added.get(form);
    // a form of two different numbers is no evidence of either
    if (had !== undefined && (had === null || had.value !== lemma.value)) added.set(form, null);
    else added.set(form, { lang: 'uk', kind: lemma.kind, form, value: lemma.value });
  }
  let n = 0;
  for (const row of added.values()) {
    if (!row) continue;
    rows.push(row);
    n++;
  }
  return n;
}

/** The multiplier and word of a CLDR compact pattern ("0 млн" under 1000000 → млн, 1e6; "0000 M" under 1e9 → M, 1e6). */
function compactScale(type: string, pattern: string): { word: string; value: number } | undefined {
  const zeros = (pattern.match(/0/g) ?? []).length;
  if (zeros === 0) return undefined;
  const value = Number(type.split('-')[0]) / 10 ** (zeros - 1);
  const word = pattern
    .replace(/'([^']*)'/g, '$1')
    .replace(/0/g, '')
    .replace(/\.$/u, '')
    .trim();
  return word ? { word, value } : undefined;
}

/** Scale words and abbreviations after digits from CLDR's compact decimal formats (short and long). */
function compactRows(root: string, langs: readonly string[], rows: Row[]): void {
  const main = join(root, 'main');
  for (const lang of langs) {
    const seen = new Set<string>();
    for (const locale of readdirSync(main).filter((l) => l === lang || l.startsWith(`${lang}-`))) {
      const file = join(main, locale, 'numbers.json');
      const json = JSON.parse(readFileSync(file, 'utf8')) as {
        main: Record<string, { numbers: Record<string, unknown> }>;
      };
      const numbers = json.main[locale]!.numbers;
      const formats = numbers['decimalFormats-numberSystem-latn'] as
        Record<string, { decimalFormat?: Record<string, string> }> | undefined;
      for (const length of ['short', 'long']) {
        for (const [type, pattern] of Object.entries(formats?.[length]?.decimalFormat ?? {})) {
          const s = compactScale(type, pattern);
          if (!s || !SCALES.includes(s.value as (typeof SCALES)[number]) || s.value < 1e3) continue;
          const form = key(s.word, lang);
          // one- and two-letter abbreviations (K, M, Md, mi) are ordinary words or units elsewhere
          if ([...form.replace(/\s/g, '')].length < 3 || !/^[\p{L}' ]+$/u.test(form) || seen.has(form))
            continue;
          seen.add(form);
          rows.push({ lang, kind: 'after-digits', form, value: s.value });
        }
      }
    }
  }
}

export function buildNumberWords(npm: ReadonlyMap<string, Fetched>, apertium: Fetched, out: string): void {
  const rbnf = join(npm.get('cldr-rbnf')!.root, 'rbnf');
  const rows: Row[] = [];
  for (const lang of NUMBER_WORD_LANGUAGES) {
    const file = join(rbnf, `${lang}-SpelloutRules.txt`);
    buildLanguage(lang, parseSpelloutRules(readFileSync(file, 'utf8'), file, lang), rows);
  }
  const uk = ukrainianForms(apertium, rows);
  compactRows(npm.get('cldr-numbers-full')!.root, NUMBER_WORD_LANGUAGES, rows);
  for (const [form, value] of PRESS_ABBREVIATIONS)
    rows.push({ lang: 'en', kind: 'after-digits', form, value });
  const lines = rows.map((r) => `${r.lang}\t${r.kind}\t${r.form}\t${r.value}`).sort();
  const unique = lines.filter((line, i) => i === 0 || line !== lines[i - 1]);
  const bytes = writeTable(
    join(out, 'numbers', 'number-words.tsv.gz'),
    [
      'syndiq numbers in words, built by scripts/lexicons/number-words.ts (npm run lexicons -- --only numbers); do not edit.',
      `source: Unicode CLDR 48 rule-based number formats, npm cldr-rbnf ${NUMBER_INPUTS['cldr-rbnf']} (Unicode License v3)`,
      `source: Unicode CLDR 48 compact decimal formats, npm cldr-numbers-full ${NUMBER_INPUTS['cldr-numbers-full']} (Unicode License v3)`,
      `source: Debian apertium-rus-ukr ${apertium.version} (GPL-3+): Ukrainian case forms of numerals from its analyser (ukr-rus.automorf.bin, printed with lt-print)`,
      'source: scripts/lexicons/number-words.ts PRESS_ABBREVIATIONS (bln, mln), which no CLDR locale lists',
      'format: language<TAB>kind<TAB>form (normalised, words separated by one space)<TAB>value',
      'kinds: cardinal (1..999 and dual forms), scale / glued-scale (multiplier; glued: written against the numbers around it), joiner / glued-joiner (between a scale group and the rest), after-digits (scale words and abbreviations after digits)',
    ],
    unique,
  );
  console.log(`number-words: ${unique.length} rows (${uk} Ukrainian case forms), ${bytes} bytes`);
}
