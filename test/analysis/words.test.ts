import { describe, expect, it } from 'vitest';
import { fieldWords } from '../../src/analysis/words.js';
import { FieldText } from '../../src/text/field.js';

const initial = (text: string, lang: string, word: string): boolean | undefined =>
  fieldWords(new FieldText('original.body', text, lang), lang).find((w) => w.text === word)?.initial;

describe('fieldWords: words that may start a sentence', () => {
  it('counts a capital after an ellipsis as a possible sentence start, the segmenter split or not', () => {
    expect(initial('А потім стало тихо… Сусідні будинки згоріли.', 'uk', 'Сусідні')).toBe(true);
    expect(initial('Він чекав... Нарешті прийшов лист.', 'uk', 'Нарешті')).toBe(true);
  });

  it('keeps a name inside a sentence a name', () => {
    expect(initial('Гості приїхали з Полтави в неділю.', 'uk', 'Полтави')).toBe(false);
    expect(initial('Мер Віктор Шевчук відкрив школу.', 'uk', 'Шевчук')).toBe(false);
  });
});
