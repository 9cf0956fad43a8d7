/**
 * English antonyms (`english/antonyms.tsv.gz`): WordNet's antonym pointers (`!`) between single words
 * of its noun, verb, adjective and adverb data files ("rise" / "fall", "win" / "lose", "more" /
 * "less"), and the synonyms of the two words in the senses the pointer joins ("allow" / "forbid" from
 * permit ! forbid, "friend" / "enemy" from friend ! foe, "start" / "end" from start ! finish), where
 * that sense is among a word's first `MAX_SENSE_RANK` senses by WordNet's frequency order: a rare
 * sense of a common word ("have" in the sense accept, "take" in the sense admit) would make it the
 * opposite of words it rarely opposes. Not the similar-to satellites of an adjective ("huge" for
 * "large"): they would make every size word the opposite of "small".
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

/**
 * A synonym joins an antonym pair only in one of its first senses (0-based rank below this): 4 takes
 * "enemy" (its fourth sense is foe) and leaves out "have" and "take" in senses of accepting.
 */
const MAX_SENSE_RANK = 4;

/** One WordNet index file (`index.noun`...): the rank of each (word, synset offset) among the word's senses. */
function readSenseRanks(file: string): Map<string, number> {
  const out = new Map<string, number>();
  readFileSync(file, 'latin1')
    .split('\n')
    .forEach((line) => {
      if (!line || line.startsWith('  ')) return;
      const f = line.trim().split(' ');
      const senses = Number(f[2]);
      if (!f[0] || !Number.isInteger(senses) || senses < 1) return;
      f.slice(-senses).forEach((offset, rank) => out.set(`${f[0]} ${offset}`, rank));
    });
  return out;
}

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
  const ranks = new Map<string, Map<string, number>>();
  for (const name of files.keys()) ranks.set(name, readSenseRanks(join(dir, `index.${name}`)));
  const antonyms = new Map<string, Set<string>>();
  const add = (from: string | undefined, to: string | undefined): void => {
    // single words only: "break_even" is no word a translation swaps in
    if (!from || !to || from.includes('_') || to.includes('_') || from === to) return;
    const set = antonyms.get(from) ?? new Set<string>();
    set.add(to);
    antonyms.set(from, set);
  };
  const common = (file: string, word: string, offset: string): boolean =>
    (ranks.get(file)?.get(`${word} ${offset}`) ?? Infinity) < MAX_SENSE_RANK;
  for (const [file, synsets] of files)
    for (const [offset, s] of synsets)
      for (const a of s.antonyms) {
        const targetFile = POS_FILE[a.pos] ?? '';
        const target = files.get(targetFile)?.get(a.offset);
        if (!target) continue;
        add(s.words[a.from], target.words[a.to]);
        for (const from of s.words.filter((w) => common(file, w, offset)))
          for (const to of target.words.filter((w) => common(targetFile, w, a.offset))) add(from, to);
      }
  const rows = [...antonyms]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([w, set]) => `${w}\t${[...set].sort().join('|')}`);
  const bytes = writeTable(
    join(out, 'english', 'antonyms.tsv.gz'),
    [
      'syndiq English antonyms, built by scripts/lexicons/build.ts (npm run lexicons); do not edit.',
      `source: Debian wordnet-base ${wordnet.version}: WordNet 3.0 data files (noun, verb, adj, adv), antonym pointers between single words and the synonyms of both in their first senses; WordNet 3.0 licence, Copyright 2006 by Princeton University`,
      'format: word<TAB>its antonyms, separated by |; sorted by word',
    ],
    rows,
  );
  console.log(`english/antonyms: ${rows.length} words, ${bytes} bytes`);
}
