import { copyFile, mkdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { loadResources, SpellingError } from '../../src/resources.js';
import { createSpeller, dictionaryChecker, speller } from '../../src/resources/speller.js';
import {
  buildTable,
  dictionaryPackage,
  loadPackageTable,
  readTable,
  spellingTableFile,
  writeTable,
  type DictionaryPackage,
} from '../../src/resources/spelling/store.js';
import { tempDir } from '../helpers/tmp.js';

const TINY_DIR = join(import.meta.dirname, '..', 'fixtures', 'spelling', 'tiny');
const tiny: DictionaryPackage = {
  name: 'dictionary-tiny',
  version: '1.0.0',
  dir: TINY_DIR,
  aff: join(TINY_DIR, 'index.aff'),
  dic: join(TINY_DIR, 'index.dic'),
};

/** Words that exercise every path of nspell's check: affixes, case, flags, compounds, conversions. */
const PROBES = [
  'walk',
  'walks',
  'unwalk',
  'unwalks',
  'Walks',
  'WALKS',
  'wALKS',
  'carries',
  'carrys',
  'DNA',
  'dna',
  'Dna',
  'colours',
  'Colour',
  'gonna',
  'Gonna',
  'stem',
  'stems',
  "o'clock",
  'o’clock',
  "O'CLOCK",
  '12th',
  '7TH',
  'th',
  't',
  '12',
  '  walk  ',
  '',
  'walkk',
];

async function nspellOf(pkg: DictionaryPackage): Promise<nspell> {
  return nspell({ aff: await readFile(pkg.aff), dic: await readFile(pkg.dic, 'utf8') });
}

describe('spelling tables', () => {
  it('accept exactly the words nspell accepts from the same dictionary', async () => {
    const oracle = await nspellOf(tiny);
    const check = dictionaryChecker(buildTable(tiny));
    for (const word of PROBES) expect([word, check(word)]).toEqual([word, oracle.correct(word)]);
    // and the answers are not all one way
    expect(PROBES.filter((w) => check(w)).length).toBeGreaterThan(5);
    expect(PROBES.filter((w) => !check(w)).length).toBeGreaterThan(5);
  });

  it('keep the flags: forbidden words, kept case, affix-only stems, compound-only parts', () => {
    const check = dictionaryChecker(buildTable(tiny));
    expect(check('gonna')).toBe(false);
    expect(check('DNA')).toBe(true);
    expect(check('dna')).toBe(false);
    expect(check('stem')).toBe(false);
    expect(check('stems')).toBe(true);
    expect(check('th')).toBe(false);
    expect(check('21th')).toBe(true);
    expect(check('o’clock')).toBe(true);
  });

  it('agree with nspell on a sample of the English dictionary, in every case form', async () => {
    const pkg = dictionaryPackage('dictionary-en');
    const oracle = await nspellOf(pkg);
    const check = dictionaryChecker(buildTable(pkg));
    const words = Object.keys((oracle as unknown as { data: Record<string, unknown> }).data);
    const disagree: string[] = [];
    for (let i = 0; i < words.length; i += 97) {
      const w = words[i]!;
      for (const v of [w, w.toUpperCase(), w.toLowerCase(), w[0]!.toUpperCase() + w.slice(1), `${w}q`])
        if (check(v) !== oracle.correct(v)) disagree.push(v);
    }
    for (const v of ['1st', '22nd', '113th', '2th', 'colour', 'color', 'iPhone', 'IPHONE'])
      if (check(v) !== oracle.correct(v)) disagree.push(v);
    expect(disagree).toEqual([]);
  });

  it('know the stems and their first letters', () => {
    const spell = createSpeller([buildTable(tiny)], true);
    expect(spell.isStem('Walk')).toBe(true);
    expect(spell.isStem('walks')).toBe(false);
    expect(spell.startsWord('wal')).toBe(true);
    expect(spell.startsWord('colo')).toBe(true);
    expect(spell.startsWord('xyz')).toBe(false);
    expect(spell.oneEditAway('walkk')).toBe('walk');
    expect(spell.oneEditAway('zzzzzz')).toBeUndefined();
  });

  it('are stored once and read back; a damaged or stale file is rebuilt', async () => {
    const dir = await tempDir();
    const first = loadPackageTable(tiny, dir);
    expect(first).toMatchObject({ built: true, stored: true });
    const again = loadPackageTable(tiny, dir);
    expect(again.built).toBe(false);
    expect(dictionaryChecker(again.table)('unwalks')).toBe(true);
    // shared memory: worker threads read the table without a copy
    expect(again.table.entries.buffer).toBeInstanceOf(SharedArrayBuffer);

    const file = spellingTableFile(dir, tiny);
    await truncate(file, (await stat(file)).size - 3);
    expect(readTable(file, tiny)).toBeNull();
    expect(loadPackageTable(tiny, dir).built).toBe(true);
    // a table of another version of the package is not used
    expect(readTable(file, { ...tiny, version: '2.0.0' })).toBeNull();
    await writeFile(file, 'not a table');
    expect(readTable(file, tiny)).toBeNull();
  });

  it('are kept in memory when the cache folder cannot be written', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'spelling'), 'a file where the folder should be');
    const loaded = loadPackageTable(tiny, dir);
    expect(loaded).toMatchObject({ built: true, stored: false });
    expect(dictionaryChecker(loaded.table)('walks')).toBe(true);
    expect(writeTable(join(dir, 'spelling', 'x.bin'), loaded.table)).toBe(false);
  });

  it('name the file and line of a dictionary that is not one', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'pkg'));
    await copyFile(tiny.aff, join(dir, 'pkg', 'index.aff'));
    await writeFile(join(dir, 'pkg', 'index.dic'), 'walk/S\ntalk/S\n');
    const broken = { ...tiny, dir: join(dir, 'pkg'), dic: join(dir, 'pkg', 'index.dic') };
    expect(() => buildTable(broken)).toThrow(`${broken.dic}:1: expected the word count`);
    expect(() => dictionaryPackage('dictionary-that-is-not-installed')).toThrow(SpellingError);
    expect(() => dictionaryPackage('dictionary-that-is-not-installed')).toThrow(
      /"dictionary-that-is-not-installed" is not installed/,
    );
  });
});

describe('loadResources', () => {
  it('loads spelling for the configured languages only', () => {
    const resources = loadResources({ languages: ['en', 'uk'] });
    expect([...resources.spelling.keys()]).toEqual(['en']);
    expect(resources.spelling.get('en')!.map((t) => t.source.name)).toEqual([
      'dictionary-en',
      'dictionary-en-gb',
    ]);
    expect(speller(resources, 'en')!.correct('colour')).toBe(true);
    expect(speller(resources, 'en')!.correct('color')).toBe(true);
    expect(speller(resources, 'en')!.correct('colr')).toBe(false);
    // French is known to syndiq but not configured: no speller, rules report nothing
    expect(speller(resources, 'fr')).toBeNull();
    expect(speller(resources, 'uk')).toBeNull();
  });

  it('reports how long each resource took', () => {
    const names: string[] = [];
    loadResources({ languages: ['en', 'de'], onLoad: (l) => names.push(l.name) });
    expect(names).toEqual(['lexicons', 'spelling:en', 'spelling:de', 'language-model']);
  });
});
