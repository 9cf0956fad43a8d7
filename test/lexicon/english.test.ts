import { describe, expect, it } from 'vitest';
import {
  parseEnglishAntonyms,
  parseEnglishIrregulars,
  parseEnglishWords,
} from '../../src/lexicon/english.js';
import { committedLexicalResources } from '../../src/meaning/lexical.js';
import { loadEnglishIrregulars, loadEnglishWords } from '../../src/lexicon/load.js';

describe('English known words', () => {
  const words = parseEnglishWords('# h\ncan\t900\ndo\t1000\nelectorate\t0\nthey\t800\n', 'words.tsv');

  it('knows listed words in any case, with their counts', () => {
    expect(words.isKnown('Do')).toBe(true);
    expect(words.count('do')).toBe(1000);
    expect(words.count('electorate')).toBe(0);
    expect(words.count('dox')).toBeUndefined();
    expect(words.isKnown('plenid')).toBe(false);
  });

  it('knows contractions and possessives of known words only', () => {
    expect(words.isKnown("don't")).toBe(true);
    expect(words.isKnown('don’t')).toBe(true);
    expect(words.isKnown("can't")).toBe(true);
    expect(words.isKnown("they're")).toBe(true);
    expect(words.isKnown("electorate's")).toBe(true);
    expect(words.isKnown("rossius's")).toBe(false);
    expect(words.isKnown("xyz'll")).toBe(false);
  });

  it('the committed table knows news words and rare real words, not transliterated non-words', () => {
    const table = loadEnglishWords();
    for (const w of ['the', 'parliament', 'ceasefire', 'electorate', 'howitzer', 'shelling', 'beekeeper']) {
      expect(table.isKnown(w), w).toBe(true);
    }
    expect(table.count('the')!).toBeGreaterThan(table.count('howitzer')!);
    for (const w of ['plenid', 'rossius', 'odeshchyna', 'kryvorizhtsi', 'dzheffri', 'zaporizkyi']) {
      expect(table.isKnown(w), w).toBe(false);
    }
  });
});

describe('English irregular forms', () => {
  it('maps irregular forms to lemmas and leaves regular ones alone', () => {
    const irr = parseEnglishIrregulars('children\tchild\nwent\tgo\nworse\tbad|ill\n', 'irr.tsv');
    expect(irr.lemmasOf('Went')).toEqual(['go']);
    expect(irr.lemmasOf('worse')).toEqual(['bad', 'ill']);
    expect(irr.lemmasOf('walked')).toEqual([]);
  });

  it('the committed table has the common irregular verbs and plurals', () => {
    const irr = loadEnglishIrregulars();
    expect(irr.lemmasOf('were')).toContain('be');
    expect(irr.lemmasOf('went')).toContain('go');
    expect(irr.lemmasOf('children')).toContain('child');
    expect(irr.lemmasOf('houses')).toEqual([]);
  });
});

describe('English antonyms', () => {
  it('parses a table and names a malformed line', () => {
    const table = parseEnglishAntonyms('# h\nrise\tfall|set\n', 'antonyms.tsv');
    expect(table.antonymsOf('rise')).toEqual(['fall', 'set']);
    expect(table.antonymsOf('walk')).toEqual([]);
    expect(() => parseEnglishAntonyms('rise\n', 'antonyms.tsv')).toThrow(/antonyms\.tsv:1/);
  });

  it('finds the opposites of inflected words through their lemmas', () => {
    const en = committedLexicalResources().english();
    const opposites = (w: string) => en.antonymsOf(w).map((a) => a.opposite);
    expect(opposites('fell')).toContain('rise');
    expect(opposites('increased')).toContain('decrease');
    expect(opposites('higher')).toContain('low');
    expect(opposites('stopped')).toContain('start');
    expect(opposites('parliament')).toEqual([]);
  });

  it('holds the synonyms of an antonym pair in their common senses, not in rare ones', () => {
    const en = committedLexicalResources().english();
    const opposites = (w: string) => en.antonymsOf(w).map((a) => a.opposite);
    // friend ! foe: enemy is foe's synonym; permit ! forbid: allow and prohibit are theirs
    expect(opposites('enemies')).toContain('friend');
    expect(opposites('allowed')).toContain('prohibit');
    expect(opposites('started')).toContain('end');
    // "have" opposes "reject" only in a rare sense (accept)
    expect(opposites('rejected')).not.toContain('have');
  });
});
