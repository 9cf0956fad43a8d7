/**
 * Matching across the scripts and languages of the defaults beyond Latin and Cyrillic: Chinese,
 * Arabic and Turkish originals with English translations written for these tests, next to
 * unrelated originals in the same languages that must never be taken for them.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { identifyArticle } from '../../src/lang/identify.js';
import { buildOriginalsIndex } from '../../src/match/index.js';
import type { Article } from '../../src/model.js';
import { EN_BRIDGE, ORIGINALS } from './articles.js';
import {
  AR_FOOTBALL,
  AR_WATER,
  EN_METRO,
  EN_TRAM,
  EN_UNRELATED,
  EN_WATER,
  TR_HARVEST,
  TR_TRAM,
  ZH_METRO,
  ZH_TEA,
} from './scripts-articles.js';

const index = buildOriginalsIndex(
  [ZH_METRO, ZH_TEA, AR_WATER, AR_FOOTBALL, TR_TRAM, TR_HARVEST, ...ORIGINALS],
  DEFAULT_CONFIG,
);
const match = (a: Article) => index.match(a, identifyArticle(a, DEFAULT_CONFIG.languages));

describe('matching Chinese, Arabic and Turkish originals', () => {
  it('matches an English translation of a Chinese original (pinyin names, 亿/万 amounts, 月日 dates)', () => {
    const r = match(EN_METRO);
    expect(r?.match).toMatchObject({ id: 'zh-metro', lang: 'zh', method: 'cross-lingual' });
    expect(r?.match.confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIG.match.minConfidence);
  });

  it('matches an English translation of an Arabic original (consonant skeletons, Arabic-Indic digits)', () => {
    expect(match(EN_WATER)?.match).toMatchObject({ id: 'ar-water', lang: 'ar', method: 'cross-lingual' });
  });

  it('matches an English translation of a Turkish original on names and numbers', () => {
    expect(match(EN_TRAM)?.match).toMatchObject({ id: 'tr-tram', lang: 'tr', method: 'cross-lingual' });
  });

  it('matches translations the other way: Chinese, Arabic and Turkish versions of an English original', () => {
    const en = buildOriginalsIndex(
      [{ ...EN_METRO, lang: 'en' }, { ...EN_WATER, lang: 'en' }, EN_UNRELATED],
      DEFAULT_CONFIG,
    );
    const m = (a: Article) => en.match(a, identifyArticle(a, DEFAULT_CONFIG.languages))?.match.id;
    expect(m({ ...ZH_METRO, lang: undefined })).toBe('en-metro');
    expect(m({ ...AR_WATER, lang: undefined })).toBe('en-water');
  });

  it('leaves unrelated stories unmatched in every direction', () => {
    expect(match(EN_UNRELATED)).toBeNull();
    // an English story whose original is not in the archive is not forced onto one in these languages
    expect(match(EN_BRIDGE)?.match.lang).not.toMatch(/^(zh|ar|tr)$/);
    const onlyOthers = buildOriginalsIndex([ZH_TEA, AR_FOOTBALL, TR_HARVEST], DEFAULT_CONFIG);
    for (const a of [EN_METRO, EN_WATER, EN_TRAM, EN_UNRELATED])
      expect(onlyOthers.match(a, identifyArticle(a, DEFAULT_CONFIG.languages))).toBeNull();
  });
});
