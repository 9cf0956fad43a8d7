/**
 * The committed bilingual tables, as the build made them: each default language loads, and common news
 * words in their inflected forms reach a plausible English rendering. (Loading speed is measured in
 * bench/lexicon-coverage.ts, never here.)
 */
import { describe, expect, it } from 'vitest';
import { BILINGUAL_LANGUAGES, loadWordEvidence } from '../../src/lexicon/load.js';

// Inflected or plain forms of ordinary news words, and an English word their renderings must include.
const SAMPLES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  uk: [
    ['міста', 'city'],
    ['війни', 'war'],
    ['президента', 'president'],
    ['людині', 'person'],
  ],
  ru: [
    ['городах', 'city'],
    ['войны', 'war'],
    ['президентом', 'president'],
    ['правительство', 'government'],
  ],
  de: [
    ['Regierung', 'government'],
    ['Haus', 'house'],
    ['Häuser', 'houses'],
    ['Krieges', 'war'],
  ],
  fr: [
    ['guerre', 'war'],
    ['maisons', 'house'],
  ],
  es: [
    ['guerra', 'war'],
    ['casas', 'house'],
  ],
  pl: [
    ['wojny', 'war'],
    ['miasta', 'city'],
  ],
  it: [
    ['guerra', 'war'],
    ['case', 'house'],
  ],
  pt: [
    ['guerra', 'war'],
    ['cidades', 'city'],
  ],
  tr: [
    ['savaş', 'war'],
    ['şehir', 'city'],
  ],
  ar: [['حرب', 'war']],
  zh: [
    ['战争', 'war'],
    ['政府', 'government'],
  ],
};

describe('committed bilingual lexicons', () => {
  for (const lang of BILINGUAL_LANGUAGES) {
    it(`${lang}: inflected news words reach their English rendering`, () => {
      const ev = loadWordEvidence(lang);
      expect(ev.lexicon.size).toBeGreaterThan(2000);
      for (const [word, english] of SAMPLES[lang] ?? []) {
        expect(ev.renderings(word), `${lang} ${word}`).toContain(english);
      }
      expect(ev.renderings('qzxwv')).toEqual([]);
    });
  }
});
