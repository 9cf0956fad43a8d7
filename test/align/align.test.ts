import { describe, expect, it } from 'vitest';
import { alignParagraphs, paragraphSimilarity } from '../../src/align/align.js';
import { FieldText } from '../../src/text/field.js';
import { EN_BRIDGE, EN_FERRY, RU_FERRY, UK_BRIDGE } from '../match/articles.js';

const en = (paras: string[]) => new FieldText('body', paras.join('\n\n'), 'en');
const orig = (body: string, lang: string) => new FieldText('original.body', body, lang);
const paras = (body: string) => body.split('\n\n');

const UK = orig(UK_BRIDGE.body, 'uk');
const EN = paras(EN_BRIDGE.body);

describe('alignParagraphs', () => {
  it('pairs a full translation one to one, with clear similarity', () => {
    const { pairs } = alignParagraphs(en(EN), UK);
    expect(pairs.map((p) => [p.republished, p.original])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    for (const p of pairs) expect(p.similarity).toBeGreaterThan(0.4);
  });

  it('aligns a Russian original with its English translation', () => {
    const { pairs } = alignParagraphs(en(paras(EN_FERRY.body)), orig(RU_FERRY.body, 'ru'));
    expect(pairs.map((p) => [p.republished, p.original])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('reports a dropped original paragraph as an omission (0-1)', () => {
    const { pairs } = alignParagraphs(en([EN[0]!, EN[2]!, EN[3]!]), UK);
    expect(pairs.map((p) => [p.republished, p.original])).toEqual([
      [0, 0],
      [null, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(pairs[1]!.similarity).toBe(0);
  });

  it('reports a paragraph from another story as an addition (1-0), even in the slot of an omitted one', () => {
    const foreign =
      'Earlier, the Kharkiv regional council allocated UAH 310 million to repair 58 schools damaged by shelling in 2023, governor Oleh Syniehubov said.';
    const { pairs } = alignParagraphs(en([EN[0]!, foreign, EN[2]!, EN[3]!]), UK);
    expect(pairs).toContainEqual({ republished: 1, original: null, similarity: 0 });
    expect(pairs).toContainEqual({ republished: null, original: 1, similarity: 0 });
    expect(pairs.filter((p) => p.republished !== null && p.original !== null)).toHaveLength(3);
  });

  it('leaves a short promo line unmatched instead of merging it into its neighbour', () => {
    const { pairs } = alignParagraphs(
      en([...EN, 'Subscribe to our channel so you never miss the news.']),
      UK,
    );
    expect(pairs[pairs.length - 1]).toEqual({ republished: 4, original: null, similarity: 0 });
  });

  it('reports a translation split into two paragraphs as a 2-1 merge sharing the original index', () => {
    const split = [
      EN[0]!,
      'The bridge is 186 metres long and 21 metres wide.',
      'The works cost UAH 42.7 million, with part of the money provided by the European Investment Bank.',
      EN[2]!,
      EN[3]!,
    ];
    const { pairs } = alignParagraphs(en(split), UK);
    expect(pairs.filter((p) => p.original === 1).map((p) => p.republished)).toEqual([1, 2]);
    expect(pairs.filter((p) => p.original === null || p.republished === null)).toEqual([]);
  });

  it('handles empty bodies', () => {
    expect(alignParagraphs(en([]), UK).pairs.every((p) => p.republished === null)).toBe(true);
    expect(alignParagraphs(en(EN), orig('', 'uk')).pairs.every((p) => p.original === null)).toBe(true);
  });
});

describe('paragraphSimilarity', () => {
  it('is high for a translation and near zero for another story', () => {
    const ukParas = paras(UK_BRIDGE.body);
    expect(paragraphSimilarity(EN[1]!, 'en', ukParas[1]!, 'uk')).toBeGreaterThan(0.25);
    expect(paragraphSimilarity(EN[1]!, 'en', paras(RU_FERRY.body)[1]!, 'ru')).toBeLessThan(0.1);
  });

  it('is high for same-language copies', () => {
    expect(paragraphSimilarity(EN[2]!, 'en', EN[2]!, 'en')).toBe(1);
  });
});
