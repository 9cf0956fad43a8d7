/**
 * English antonyms (`english/antonyms.tsv.gz`): WordNet's direct antonym pointers (`!`) between
 * single words of its noun, verb, adjective and adverb data files ("rise" / "fall", "win" / "lose",
 * "more" / "less"). Only direct antonyms: the similar-to satellites of an adjective ("huge" for
 * "large") would make every size word the opposite of "small".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fetched } from './fetch.js';
import { writeTable } from './write.js';

interface Synset {
  words: string[];
  /** Antonym pointers: source word index (0-based; -1 for the whole synset), target offset, its word index. */
  antonyms: { from: number; offset: string; pos: string; to: number }[];
}

const POS_FILE: Readonly<Record<string, string>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** One WordNet data file (`data.noun`...): synset offset -> words and antonym pointers. */
function readDataFile(file: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  readFileSync(file, 'latin1')
    .split('\n')
    .forEach((line, n) => {
      // the licence header lines start with two spaces
      if (!line || line.startsWith('  ')) return;
      const f = line.split(' | ')[0]!.trim().split(' ');
      const count = parseInt(f[3] ?? '', 16);
      if (!f[0] || Number.isNaN(count)) throw new Error(`${file}:${n + 1}: not a synset line`);
      // adjective markers: "galore(ip)"
      const words = Array.from({ length: count }, (_, i) =>
        f[4 + 2 * i]!.replace(/\(\w+\)$/, '').toLowerCase(),
      );
      let at = 4 + 2 * count;
      const pointers = Number(f[at]);
      const antonyms: Synset['antonyms'] = [];
      for (let k = 0; k < pointers; k++, at += 4) {
        const [symbol, offset, pos, st] = f.slice(at + 1, at + 5);
        if (symbol !== '!' || !offset || !pos || !st) continue;
        antonyms.push({
          from: parseInt(st.slice(0, 2), 16) - 1,
          offset,
          pos,
          to: parseInt(st.slice(2), 16) - 1,
        });
      }
      out.set(f[0], { words, antonyms });
    });
  return out;
}

export function buildAntonymTable(wordnet: Fetched, out: string): void {
  const dir = join(wordnet.root, 'usr/share/wordnet');
  const files = new Map<string, Map<string, Synset>>();
  for (const name of new Set(Object.values(POS_FILE)))
    files.set(name, readDataFile(join(dir, `data.${name}`)));
  const antonyms = new Map<string, Set<string>>();
  for (const synsets of files.values())
    for (const s of synsets.values())
      for (const a of s.antonyms) {
        const target = files.get(POS_FILE[a.pos] ?? '')?.get(a.offset);
        const from = s.words[a.from];
        const to = target?.words[a.to];
        // single words only: "break_even" is no word a translation swaps in
        if (!from || !to || from.includes('_') || to.includes('_') || from === to) continue;
        const set = antonyms.get(from) ?? new Set<string>();
        set.add(to);
        antonyms.set(from, set);
      }
  const rows = [...antonyms]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([w, set]) => `${w}\t${[...set].sort().join('|')}`);
  const bytes = writeTable(
    join(out, 'english', 'antonyms.tsv.gz'),
    [
      'syndiq English antonyms, built by scripts/lexicons/build.ts (npm run lexicons); do not edit.',
      `source: Debian wordnet-base ${wordnet.version}: WordNet 3.0 data files (noun, verb, adj, adv), direct antonym pointers between single words; WordNet 3.0 licence, Copyright 2006 by Princeton University`,
      'format: word<TAB>its antonyms, separated by |; sorted by word',
    ],
    rows,
  );
  console.log(`english/antonyms: ${rows.length} words, ${bytes} bytes`);
}
