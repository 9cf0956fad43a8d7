import { describe, expect, it } from 'vitest';
import { countWords, pieces, sentences, words } from '../../src/text/segment.js';

/** Every word of `text` from one direct call of the segmenter: the reference the pieces must agree with. */
function direct(text: string, lang: string): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'word' });
  return [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => `${s.index}:${s.segment}`);
}

const MIXED =
  'У Полтаві відкрили міст через Ворсклу, — said the mayor Andriy Karpenko. O’Brien’s team paid €41.2m (2,400 residents).\n' +
  'Der Bürgermeister erklärte: „Wir bauen weiter.“ 北京市政府 announced 3 new lines.\n\n';

describe('segmentation in pieces', () => {
  it('finds exactly the words one call over the whole text finds, at the same offsets', () => {
    const text = MIXED.repeat(40);
    expect(text.length).toBeGreaterThan(5000);
    for (const lang of ['en', 'uk', 'de']) {
      expect(words(text, lang).map((w) => `${w.start}:${w.text}`)).toEqual(direct(text, lang));
      expect(countWords(text, lang)).toBe(direct(text, lang).length);
    }
  });

  it('cuts only at whitespace, and text without spaces away from surrogate pairs', () => {
    const text = 'word '.repeat(700);
    for (const [from, to] of pieces(text)) {
      expect(to - from).toBeLessThanOrEqual(1000);
      expect(to === text.length || /\s/.test(text[to]!)).toBe(true);
    }
    const emoji = '😀'.repeat(900);
    const cuts = pieces(emoji);
    expect(cuts.map(([a, b]) => emoji.slice(a, b)).join('')).toBe(emoji);
    for (const [, to] of cuts) expect(to % 2).toBe(0);
  });

  it('keeps sentence offsets into the text for a paragraph far longer than any real one', () => {
    const text = 'The council met on Monday. It approved the plan. '.repeat(400);
    const ss = sentences(text);
    expect(ss.length).toBe(800);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('words across the languages of one alphabet', () => {
  // language/untranslated counts another language's function words on the article language's tokens
  it('are the same tokens whichever language of the script segments them', () => {
    const latin =
      "Die Stadt hat den Plan abgelehnt, said the mayor; l'équipe d'O'Brien a payé 2,4 M€ à São Paulo (e-mail: x@y.de), dall'altra parte lo sapevo già. Öğrenciler İstanbul'a gitti. Zażółć gęślą jaźń — no sé.";
    const cyrillic =
      "Мер сказав: «Ми будуємо далі», а в Москве объявили о 2,4 млн руб. п'ятниця, пам’ять, т.зв. Юго-Запад.";
    for (const [text, langs] of [
      [latin, ['en', 'de', 'fr', 'es', 'pl', 'it', 'pt', 'tr']],
      [cyrillic, ['uk', 'ru']],
    ] as const) {
      const expected = direct(text, langs[0]);
      expect(expected.length).toBeGreaterThan(15);
      for (const lang of langs) expect(direct(text, lang)).toEqual(expected);
    }
  });
});
