import { describe, expect, it } from 'vitest';
import { loadResources } from '../../src/resources.js';
import { negationWords, parseNegationWords } from '../../src/resources/negation.js';
import { negations } from '../../src/text/negation.js';

const resources = loadResources();
const found = (text: string, lang: string, loose = false) =>
  negations(text, lang, negationWords(resources, lang), { loose }).map((n) => n.text);

describe('negation lexicons', () => {
  it('parses words and "= phrase" fixed phrases', () => {
    const w = parseNegationWords(['Not', '= not only', 'never']);
    expect([...w.words]).toEqual(['not', 'never']);
    expect(w.idioms).toEqual(['not only']);
  });

  it('every language the rule reads has a lexicon', () => {
    for (const lang of ['en', 'uk', 'ru', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'tr', 'ar', 'zh'])
      expect(negationWords(resources, lang), lang).toBeDefined();
  });
});

describe('negations', () => {
  it('finds the listed words and contractions, not the fixed phrases', () => {
    expect(found('The mayor did not come and we can’t wait, not only today.', 'en')).toEqual([
      'not',
      'can’t',
    ]);
    expect(found('Рада не менше 40 разів не збиралася.', 'uk')).toEqual(['не']);
  });

  it('blanks a fixed phrase only as whole words', () => {
    // "не раз" inside "не разом" ("not together") is no fixed phrase
    expect(found('Вони не разом.', 'uk')).toEqual(['не']);
  });

  it('reads a capitalised word inside a sentence as a name, never a loose negation', () => {
    expect(found('Посол Німеччини приїхав.', 'uk', true)).toEqual([]);
    expect(found('Невідомо, хто приїхав.', 'uk', true)).toEqual(['Невідомо']);
  });

  it('counts a word with a negative prefix only when the caller confirms it', () => {
    const words = negationWords(resources, 'en');
    const only = (w: string) => w === 'unknown';
    const text = 'We understand that the cause is unknown.';
    expect(negations(text, 'en', words, { loose: true }).map((n) => n.text)).toEqual([
      'understand',
      'unknown',
    ]);
    expect(
      negations(text, 'en', words, { loose: true, isNegativeDerivation: only }).map((n) => n.text),
    ).toEqual(['unknown']);
  });
});
