import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../src/config/config.js';
import { identifyArticle } from '../../src/lang/identify.js';
import { matchFeatures, probabilityOf } from '../../src/match/confidence.js';
import { buildOriginalsIndex, confidenceOf } from '../../src/match/index.js';
import type { Article } from '../../src/model.js';
import {
  DE_LIBRARY,
  EN_BRIDGE,
  EN_FERRY,
  EN_LIBRARY,
  ORIGINALS,
  ORPHAN_BRIDGE,
  RU_FERRY_COPY,
  UK_BRIDGE,
  article,
} from './articles.js';

const index = buildOriginalsIndex(ORIGINALS, DEFAULT_CONFIG);
const match = (a: Article) => index.match(a, identifyArticle(a, DEFAULT_CONFIG.languages));

describe('originals index', () => {
  it('knows its originals by id', () => {
    expect(index.size).toBe(4);
    expect(index.get('ru-ferry')?.title).toContain('Новосибирске');
    expect(index.get('nope')).toBeUndefined();
  });

  it('matches an English translation to its Ukrainian original across scripts', () => {
    const r = match(EN_BRIDGE);
    expect(r?.match).toMatchObject({ id: 'uk-bridge', lang: 'uk', method: 'cross-lingual' });
    expect(r?.originalLang).toBe('uk');
    expect(r?.match.confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIG.match.minConfidence);
  });

  it('matches an English translation to its Russian original', () => {
    expect(match(EN_FERRY)?.match).toMatchObject({ id: 'ru-ferry', lang: 'ru', method: 'cross-lingual' });
  });

  it('matches a German translation of an English original within one script, by names and numbers', () => {
    expect(match(DE_LIBRARY)?.match).toMatchObject({ id: 'en-library', lang: 'en', method: 'cross-lingual' });
  });

  it('matches a same-language copy with extra lines as same-language', () => {
    const r = match(RU_FERRY_COPY);
    expect(r?.match).toMatchObject({ id: 'ru-ferry', method: 'same-language' });
    expect(r?.match.confidence).toBeGreaterThan(0.8);
  });

  it('matches an identical English copy of an English original', () => {
    const copy = { ...EN_LIBRARY, id: 'copy' };
    expect(match(copy)?.match).toMatchObject({ id: 'en-library', method: 'same-language' });
  });

  it('finds a copy even when its language was misidentified as a related one', () => {
    const copy = { ...UK_BRIDGE, id: 'uk-copy' };
    const analysis = identifyArticle(copy, DEFAULT_CONFIG.languages);
    const misread = { ...analysis, article: { lang: 'ru', confidence: 0.5 } };
    expect(index.match(copy, misread)?.match).toMatchObject({ id: 'uk-bridge', method: 'same-language' });
  });

  it('rejects a story on a close topic that translates none of the originals', () => {
    expect(match(ORPHAN_BRIDGE)).toBeNull();
  });

  it('rejects an unrelated short message', () => {
    expect(
      match(article('chat', 'Hi, is the flat still free?', ['I can come and see it tomorrow after work.'])),
    ).toBeNull();
  });

  it('does not match a translation to an original written in the same language as the article', () => {
    // An English translation of the Ukrainian story is not a copy of the English library story.
    const r = match(EN_BRIDGE);
    expect(r?.match.id).not.toBe('en-library');
  });

  it('leaves everything unmatched with an empty index', () => {
    const empty = buildOriginalsIndex([], DEFAULT_CONFIG);
    expect(empty.match(EN_BRIDGE, identifyArticle(EN_BRIDGE, DEFAULT_CONFIG.languages))).toBeNull();
  });

  it('honours a stricter configured minimum confidence', () => {
    // one sentence of the bridge story: matched, but short of certain
    const partial = article('bridge-lead', 'A bridge opens', [
      'After two years of reconstruction, Poltava has opened the bridge over the Vorskla river.',
    ]);
    const language = identifyArticle(partial, DEFAULT_CONFIG.languages);
    const usual = buildOriginalsIndex(ORIGINALS, DEFAULT_CONFIG).match(partial, language);
    expect(usual?.match.id).toBe('uk-bridge');
    expect(usual?.match.confidence).toBeLessThan(1);
    const minConfidence = Math.min(1, usual!.match.confidence + 0.001);
    const strict = buildOriginalsIndex(ORIGINALS, resolveConfig({ match: { minConfidence } }));
    expect(strict.match(partial, language)).toBeNull();
  });

  it('finds the original when the numbers are written in another format', () => {
    // names removed: only the reformatted amounts and counts link the two
    const numbersOnly = article('numbers', 'Міст коштував 42,7 млн грн', [
      'Довжина 186 м, ширина 21 м, навантаження до 40 т, гарантія 15 років.',
    ]);
    const en = article('en-numbers', 'Bridge cost UAH 42.7 million', [
      'Length 186 m, width 21 m, load up to 40 t, a 15-year guarantee.',
    ]);
    const small = buildOriginalsIndex([numbersOnly, ...ORIGINALS.slice(1)], DEFAULT_CONFIG);
    expect(small.match(en, identifyArticle(en, DEFAULT_CONFIG.languages))?.match.id).toBe('numbers');
  });
});

describe('confidenceOf', () => {
  it('grows with the lead over the runner-up and with absolute evidence', () => {
    expect(confidenceOf('same-script', 0.25, 0.02)).toBeGreaterThan(confidenceOf('same-script', 0.25, 0.2));
    expect(confidenceOf('same-script', 0.25, 0.02)).toBeGreaterThan(confidenceOf('same-script', 0.12, 0.012));
    expect(confidenceOf('same-script', 0.05, 0)).toBe(0);
    expect(confidenceOf('same-script', 0.4, 0)).toBe(1);
  });
});

describe('cross-script confidence model', () => {
  /** A candidate holding the given query keys (weight 1 each) of a query of `queryKeys` keys. */
  const candidate = (similarity: number, keys: string[], queryKeys = 40, nameSimilarity = 0) => ({
    similarity,
    nameSimilarity,
    shared: new Map(keys.map((k) => [k, 1])),
    queryMass: queryKeys,
  });
  const keys = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const p = (best: ReturnType<typeof candidate>, runnerUp?: ReturnType<typeof candidate>): number =>
    probabilityOf(matchFeatures(best, runnerUp));

  it('trusts a clear lead and doubts a near tie', () => {
    const best = candidate(0.2, keys('a', 12));
    expect(p(best, candidate(0.05, keys('b', 3)))).toBeGreaterThan(0.5);
    expect(p(best, candidate(0.19, keys('b', 12)))).toBeLessThan(p(best, candidate(0.05, keys('b', 3))));
  });

  it('prefers, among near duplicates, the one holding the keys the other lacks', () => {
    // both share most keys; only the contrast between what each holds alone differs
    const common = keys('c', 20);
    const best = candidate(0.25, [...common, ...keys('own', 8)]);
    const balanced = candidate(0.22, [...common, ...keys('rival', 8)]);
    const subset = candidate(0.22, [...common, ...keys('rival', 1)]);
    expect(p(best, subset)).toBeGreaterThan(p(best, balanced));
    expect(p(best, subset)).toBeGreaterThan(0.5);
  });

  it('gives a weak best candidate no lead when nothing competes (a small archive)', () => {
    expect(p(candidate(0.02, keys('a', 2)))).toBeLessThan(0.05);
    expect(matchFeatures(candidate(0.02, keys('a', 2)), undefined)[1]).toBe(0);
  });

  it('grows with the share of the article the original explains', () => {
    const runnerUp = candidate(0.08, keys('b', 4));
    expect(p(candidate(0.15, keys('a', 30), 40), runnerUp)).toBeGreaterThan(
      p(candidate(0.15, keys('a', 30), 200), runnerUp),
    );
  });
});
