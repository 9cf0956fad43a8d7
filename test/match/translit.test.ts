import { describe, expect, it } from 'vitest';
import { foldWord, prefixKey, romanisationKey, transliterate } from '../../src/text/translit.js';

describe('transliterate', () => {
  it('uses the Ukrainian national system, with word-initial forms', () => {
    expect(transliterate('Харків')).toBe('Kharkiv');
    expect(transliterate('Євген Їжак', 'uk')).toBe('Yevhen Yizhak');
    expect(transliterate('Згурівка')).toBe('Zghurivka');
    expect(transliterate('Щербань')).toBe('Shcherban');
  });

  it('uses Russian values for Russian text', () => {
    expect(transliterate('Горький', 'ru')).toBe('Gorkiy');
    expect(transliterate('Ёлкин', 'ru')).toBe('Yolkin');
  });

  it('keeps Latin text, digits and punctuation as they are', () => {
    expect(transliterate('NATO і WhatsApp: 12 членів')).toBe('NATO i WhatsApp: 12 chleniv');
  });

  it('keeps all-caps words in caps', () => {
    expect(transliterate('ЗСУ')).toBe('ZSU');
  });
});

describe('foldWord', () => {
  it.each([
    ['Харків', 'Kharkiv'],
    ['Горобець', 'Horobets'],
    ['Київ', 'Kyiv'],
    ['Шабля', 'Shablia'],
    ['Щербаков', 'Shcherbakov'],
    ['Євген', 'Yevhen'],
    ['Джанкой', 'Dzhankoi'],
  ])('folds Cyrillic %s and English %s to the same key', (cyr, lat) => {
    expect(foldWord(cyr, 'uk')).toBe(foldWord(lat, 'en'));
  });

  it('folds the Ukrainian and Russian spellings of one name together at the prefix', () => {
    expect(prefixKey('Харків', 'uk')).toBe(prefixKey('Харьков', 'ru'));
    expect(prefixKey('Харкові', 'uk')).toBe(prefixKey('Kharkiv', 'en'));
  });

  it('applies the spelling rules of Latin-script languages', () => {
    expect(foldWord('Wrocław', 'pl')).toBe(foldWord('Вроцлав', 'uk'));
    expect(foldWord('Dietenbach', 'de')).toBe(foldWord('Дітенбах', 'uk'));
    expect(foldWord('Szabla', 'pl')).toBe(foldWord('Шабля', 'uk').replace('ia', 'a'));
    expect(foldWord('Jaén', 'es')).toBe(foldWord('Jaen', 'es'));
  });

  it('strips diacritics and collapses doubled letters', () => {
    expect(foldWord('Müller', 'en')).toBe('muler');
    expect(foldWord('Saône', 'fr')).toBe(foldWord('Saone', 'fr'));
    expect(foldWord('Walla', 'en')).toBe(foldWord('Вала', 'uk'));
  });

  it('keeps different names apart', () => {
    expect(foldWord('Kharkiv', 'en')).not.toBe(foldWord('Kherson', 'en'));
    expect(prefixKey('Вінниця', 'uk')).not.toBe(prefixKey('Відень', 'uk'));
  });
});

describe('romanisationKey', () => {
  it('merges what the romanisations of the language table write differently for one letter', () => {
    // я ia/ya, ї i/yi, є ie/ye; a final -ий/-ій as y, yi, iy, yy
    expect(romanisationKey('Borodyanka')).toBe(romanisationKey('Borodianka'));
    expect(romanisationKey('Zaporizhya')).toBe(romanisationKey('Zaporizhia'));
    expect(romanisationKey('Mykolayiv')).toBe(romanisationKey('Mykolaiv'));
    expect(romanisationKey('Yevhen')).toBe(romanisationKey('Ievhen'));
    expect(romanisationKey('Zelenskyy')).toBe(romanisationKey('Zelenskiy'));
    expect(romanisationKey('Zelensky')).toBe(romanisationKey('Zelenskyi'));
  });

  it('keeps apart spellings no romanisation of the table gives for the same letters', () => {
    expect(romanisationKey('Ukrayne')).not.toBe(romanisationKey('Ukraine'));
    expect(romanisationKey('Harkiv')).not.toBe(romanisationKey('Kharkiv'));
    expect(romanisationKey('Prawda')).not.toBe(romanisationKey('Pravda'));
    expect(romanisationKey('Lvov')).not.toBe(romanisationKey('Lviv'));
  });

  it('reads the Ukrainian and the Russian romanisation of one name to the same key', () => {
    for (const [uk, ru] of [
      ['Юлія', 'Юлия'],
      ['Ілля', 'Илья'],
      ["Мар'яна", 'Марьяна'],
    ] as const)
      expect(romanisationKey(transliterate(uk, 'uk'))).toBe(romanisationKey(transliterate(ru, 'ru')));
  });
});
