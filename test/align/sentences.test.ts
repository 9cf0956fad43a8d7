import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../src/align/align.js';
import { reportAlignment } from '../../src/align/passages.js';
import { alignSentences } from '../../src/align/sentences.js';
import { FieldText } from '../../src/text/field.js';
import { EN_BRIDGE, UK_BRIDGE } from '../match/articles.js';

const en = (paras: string[]) => new FieldText('body', paras.join('\n\n'), 'en');
const orig = (paras: string[], lang: string) => new FieldText('original.body', paras.join('\n\n'), lang);

/** Sentence pairs as [republished indices, original indices]. */
function pairsOf(rep: FieldText, original: FieldText): [number[], number[]][] {
  return alignSentences(rep, original, alignParagraphs(rep, original)).map((p) => [
    p.republished,
    p.original,
  ]);
}

// A Russian story written for these tests, three sentences per paragraph, and its translation.
const RU = [
  'В Твери открыли новую библиотеку на улице Советской. Здание площадью 1200 квадратных метров строили три года. Работы обошлись в 85 миллионов рублей.',
  'Директор библиотеки Анна Ветрова рассказала, что фонд составляет 40 тысяч книг. Читальный зал рассчитан на 60 мест. Библиотека будет работать с 9:00 до 21:00.',
];
const EN = [
  'A new library has opened on Sovetskaya Street in Tver. The 1,200 square metre building took three years to build. The works cost 85 million roubles.',
  'Library director Anna Vetrova said its collection holds 40,000 books. The reading room has 60 seats. The library will be open from 9:00 to 21:00.',
];

describe('alignSentences', () => {
  it('pairs a sentence-by-sentence translation one to one', () => {
    expect(pairsOf(en(EN), orig(RU, 'ru'))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
      [[4], [4]],
      [[5], [5]],
    ]);
  });

  it('reports a dropped sentence inside a translated paragraph as 0-1', () => {
    const dropped = [
      EN[0]!,
      'Library director Anna Vetrova said its collection holds 40,000 books. The library will be open from 9:00 to 21:00.',
    ];
    const pairs = pairsOf(en(dropped), orig(RU, 'ru'));
    expect(pairs).toContainEqual([[], [4]]);
    expect(pairs).toContainEqual([[4], [5]]);
  });

  it('reports a sentence the original does not have as 1-0', () => {
    const added = [
      EN[0]!,
      'Library director Anna Vetrova said its collection holds 40,000 books. Meanwhile, the regional football championship in Kaliningrad ended with a 3:1 win for Baltika and 12,000 fans celebrating in the stadium late into the evening. The reading room has 60 seats. The library will be open from 9:00 to 21:00.',
    ];
    const pairs = pairsOf(en(added), orig(RU, 'ru'));
    expect(pairs).toContainEqual([[4], []]);
    expect(pairs).toContainEqual([[5], [4]]);
  });

  it('joins two original sentences rendered as one (1-2)', () => {
    const joined = [
      'A new library has opened on Sovetskaya Street in Tver, in a 1,200 square metre building that took three years to build. The works cost 85 million roubles.',
      EN[1]!,
    ];
    const pairs = pairsOf(en(joined), orig(RU, 'ru'));
    expect(pairs[0]).toEqual([[0], [0, 1]]);
    expect(pairs[1]).toEqual([[1], [2]]);
  });

  it('aligns the sentences of a Ukrainian original with its translation', () => {
    const pairs = pairsOf(en(EN_BRIDGE.body.split('\n\n')), orig(UK_BRIDGE.body.split('\n\n'), 'uk'));
    // the first paragraph's two sentences are one English sentence
    expect(pairs[0]).toEqual([[0], [0, 1]]);
    expect(pairs.every((p) => p[0].length > 0 && p[1].length > 0)).toBe(true);
  });

  it('carries the sentence pairs into the report alignment with offsets on both sides', () => {
    const rep = en(EN);
    const original = orig(RU, 'ru');
    const paragraphs = alignParagraphs(rep, original);
    const alignment = { ...paragraphs, sentences: alignSentences(rep, original, paragraphs) };
    const report = reportAlignment(alignment, rep.paragraphs, original.paragraphs, {
      republished: rep.sentences,
      original: original.sentences,
    });
    expect(report.paragraphs).toHaveLength(2);
    const second = report.paragraphs[1]!.sentences!;
    expect(second).toHaveLength(3);
    const s = second[1]!;
    expect(rep.text.slice(s.republished!.start, s.republished!.end)).toBe('The reading room has 60 seats.');
    expect(original.text.slice(s.original!.start, s.original!.end)).toBe(
      'Читальный зал рассчитан на 60 мест.',
    );
  });
});
