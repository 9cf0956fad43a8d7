/**
 * The number-words table: the committed build spells every default language but Chinese (read by its
 * own numeral reader), and a table file is read strictly, naming file and line of a bad row.
 */
import { describe, expect, it } from 'vitest';
import {
  committedNumberWords,
  NUMBER_WORD_LANGUAGES,
  parseNumberWords,
} from '../../src/lexicon/number-words.js';

describe('number-words table', () => {
  it('has cardinals 1..999 and the thousand, million and billion scales for each language', () => {
    const table = committedNumberWords();
    for (const lang of NUMBER_WORD_LANGUAGES) {
      const words = table.language(lang)!;
      const spelled = new Set(words.cardinals.values());
      for (const n of [1, 7, 13, 48, 99, 100, 248, 999]) expect(spelled.has(n), `${lang} ${n}`).toBe(true);
      const scales = new Set(words.scales.values());
      for (const s of [1e3, 1e6, 1e9]) expect(scales.has(s), `${lang} ${s}`).toBe(true);
    }
  });

  it('knows scale words and abbreviations after digits, but not hundreds nor one- and two-letter ones', () => {
    const after = committedNumberWords().afterDigits;
    expect(after.get('млн')).toBe(1e6);
    expect(after.get('тис')).toBe(1e3);
    expect(after.get('mio')).toBe(1e6);
    expect(after.get('mil millones')).toBe(1e9);
    expect(after.get('мільйонами')).toBe(1e6);
    for (const short of ['cents', 'hundred', 'm', 'k', 'mi', 'bi', 'md'])
      expect(after.has(short), short).toBe(false);
  });

  it('drops an after-digits word that two languages read as different multipliers', () => {
    const table = parseNumberWords(
      'xa\tafter-digits\tzork\t1000\nxb\tafter-digits\tzork\t1000000\n',
      't.tsv',
    );
    expect(table.afterDigits.has('zork')).toBe(false);
  });

  it('names the file and line of a malformed row', () => {
    expect(() => parseNumberWords('# header\nen\tcardinal\tone\n', 'nw.tsv')).toThrow(/nw\.tsv:2/);
    expect(() => parseNumberWords('en\tordinal\tfirst\t1\n', 'nw.tsv')).toThrow(/nw\.tsv:1: unknown kind/);
    expect(() => parseNumberWords('en\tcardinal\tone\tuno\n', 'nw.tsv')).toThrow(/nw\.tsv:1: "uno"/);
  });
});
