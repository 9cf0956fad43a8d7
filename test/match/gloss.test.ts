/**
 * Gloss keys: short messages with no names or numbers, matched through the bilingual lexicon (a
 * Ukrainian word and its English rendering share a key), and unrelated messages left unmatched.
 * The messages were written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { identifyArticle } from '../../src/lang/identify.js';
import { glossKeys, isGlossKey } from '../../src/match/gloss.js';
import { buildOriginalsIndex } from '../../src/match/index.js';
import type { Article } from '../../src/model.js';
import { article } from './articles.js';

const UK_SOFA = article(
  'uk-sofa',
  'Добрий вечір, я замовила диван минулого тижня.',
  [
    'Чи можна змінити адресу доставки?',
    'Я переїхала до іншої квартири і не буду вдома в суботу.',
    'Будь ласка, напишіть, коли кур’єр зможе привезти замовлення.',
    'Дякую за допомогу.',
  ],
  'uk',
);

const UK_DOCTOR = article(
  'uk-doctor',
  'Доброго ранку, мені потрібен запис до лікаря.',
  [
    'У дитини висока температура вже третій день.',
    'Чи є вільний час сьогодні після обіду?',
    'Ми можемо прийти в будь-яку годину.',
  ],
  'uk',
);

const EN_SOFA = article('en-sofa', 'Good evening, I ordered a sofa last week.', [
  'Is it possible to change the delivery address?',
  'I moved to another apartment and will not be at home on Saturday.',
  'Please write when the courier can bring the order.',
  'Thank you for your help.',
]);

const EN_CONCERT = article('en-concert', 'Hi, the concert tickets arrived yesterday.', [
  'My brother cannot come, so we have one spare seat.',
  'Would your sister like to join us?',
  'Let me know by Friday.',
]);

describe('gloss keys', () => {
  it('gives a source word and its English rendering the same key', () => {
    const uk = new Set(glossKeys(['транспорту', 'доставки', 'квартири'], 'uk'));
    for (const k of glossKeys(['transport', 'delivery', 'apartment'], 'en')) expect(uk.has(k)).toBe(true);
  });

  it('keeps English function words and unknown words out', () => {
    expect(glossKeys(['the', 'of', 'and'], 'en')).toEqual([]);
    expect(glossKeys(['ґґґґ'], 'uk')).toEqual([]);
    expect(glossKeys(['order'], 'en').every(isGlossKey)).toBe(true);
  });

  it('has no keys for a language without a lexicon', () => {
    expect(glossKeys(['kaixo', 'mundua'], 'eu')).toEqual([]);
  });
});

describe('matching short messages through glosses', () => {
  const index = buildOriginalsIndex([UK_SOFA, UK_DOCTOR], DEFAULT_CONFIG);
  const match = (a: Article) => index.match(a, identifyArticle(a, DEFAULT_CONFIG.languages));

  it('matches an English translation of a message with no names or numbers', () => {
    expect(match(EN_SOFA)?.match).toMatchObject({ id: 'uk-sofa', method: 'cross-lingual' });
  });

  it('leaves a message on another subject unmatched', () => {
    expect(match(EN_CONCERT)).toBeNull();
  });
});
