import { describe, expect, it } from 'vitest';
import { aspectCandidates, pastInfinitives } from '../../src/lexicon/aspect.js';
import { wordEvidence } from '../../src/lexicon/evidence.js';
import { parseBilingual } from '../../src/lexicon/bilingual.js';

describe('aspectCandidates', () => {
  it('spells the imperfective partners of a perfective, likeliest first', () => {
    expect(aspectCandidates('почати', 'uk')[0]).toBe('починати');
    expect(aspectCandidates('дозволити', 'uk')[0]).toBe('дозволяти');
    expect(aspectCandidates('підтримати', 'uk')).toContain('підтримувати');
    expect(aspectCandidates('открыть', 'ru')).toEqual(['открывать']);
    expect(aspectCandidates('запретить', 'ru')).toContain('запрещать');
    expect(aspectCandidates('зрости', 'uk')).toEqual(['зростати']);
  });

  it('keeps the reflexive ending', () => {
    expect(aspectCandidates('зупинитися', 'uk')).toContain('зупинятися');
  });

  it('has none for a word that is no infinitive, or a language without aspect', () => {
    expect(aspectCandidates('школа', 'uk')).toEqual([]);
    expect(aspectCandidates('ти', 'uk')).toEqual([]);
    expect(aspectCandidates('öffnen', 'de')).toEqual([]);
  });
});

describe('pastInfinitives', () => {
  it('gives the infinitive of a past-tense form', () => {
    expect(pastInfinitives('зросли', 'uk')).toEqual(['зрости']);
    expect(pastInfinitives('почав', 'uk')).toEqual(['почати']);
    expect(pastInfinitives('зупинилася', 'uk')).toEqual(['зупинитися']);
    expect(pastInfinitives('поддержали', 'ru')).toEqual(['поддержать']);
  });

  it('has none for a form without a past ending (candidates only: "школа" gives "шкоти", which no lexicon knows)', () => {
    expect(pastInfinitives('школу', 'uk')).toEqual([]);
    expect(pastInfinitives('ли', 'ru')).toEqual([]);
  });
});

describe('word evidence through the aspect partner', () => {
  const lexicon = parseBilingual(
    [
      'відкривати\topen|reveal',
      'відкрити\tunbar',
      'зростати\tgrow|increase',
      'почувати\tfeel',
      'починати\tbegin|start',
      'почати\tinitiate',
      'школа\tschool',
    ]
      .sort()
      .join('\n'),
    'test',
    'uk',
  );
  const evidence = wordEvidence({ lexicon });

  it('puts the partner renderings first, then the verb’s own', () => {
    expect(evidence.renderings('відкрити')).toEqual(['open', 'reveal', 'unbar']);
    expect(evidence.renderings('почати')).toEqual(['begin', 'start', 'initiate']);
  });

  it('reaches a past-tense form of a verb the lexicon knows only by its partner', () => {
    expect(evidence.renderings('зросли')).toEqual(['grow', 'increase']);
  });

  it('leaves other words as the lexicon has them', () => {
    expect(evidence.renderings('школа')).toEqual(['school']);
    expect(evidence.renderings('школи')).toEqual([]);
    expect(evidence.renderings('школу')).toEqual([]);
  });
});
