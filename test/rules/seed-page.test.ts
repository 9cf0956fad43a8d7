/**
 * The headlines of a real republished page (a machine-translated news site), checked with every rule
 * as `syndiq check` does, once without an original and once with a Ukrainian original written for
 * the test. The bodies are the page's own leads, shortened.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/config.js';
import type { Article, Issue, Verdict } from '../../src/model.js';
import { buildRuleContext, originalLanguage } from '../../src/pipeline/check-article.js';
import { loadResources } from '../../src/resources.js';
import { runRules } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/registry.js';
import { scoreArticle } from '../../src/score/mqm.js';
import { countWords } from '../../src/text/segment.js';

interface SeedCase {
  title: string;
  body: string;
  original: { title: string; body: string };
}

const LIMOUSINE_BODY =
  'South Korean company Kyungki Industrial Co confirmed that it continues to supply Russia with parts for the Aurus.\n\n' +
  'Russian dictator Vladimir Putin, during his visit to the DPRK on June 19, presented Kim Jong-un with a limousine from the Russian company Aurus. The car is equipped with spare parts from South Korea.';
const LIMOUSINE_ORIGINAL = {
  title: 'Путін подарував Кім Чен Ину лімузин із запчастинами з Південної Кореї',
  body:
    'Південнокорейська компанія Kyungki Industrial Co підтвердила, що продовжує постачати Росії деталі для Aurus.\n\n' +
    'Російський диктатор Володимир Путін під час візиту до КНДР 19 червня подарував Кім Чен Ину лімузин російської компанії Aurus. Автомобіль оснащений запчастинами з Південної Кореї.',
};

const CASES: Record<string, SeedCase> = {
  breadcrumb: {
    title: 'HomeWorldPutin gave Kim Jong-un...',
    body: `Putin gave Kim Jong-un a limousine with spare parts from South Korea\n\n${LIMOUSINE_BODY}`,
    original: LIMOUSINE_ORIGINAL,
  },
  clean: {
    title: 'Putin gave Kim Jong-un a limousine with spare parts from South Korea',
    body: LIMOUSINE_BODY,
    original: LIMOUSINE_ORIGINAL,
  },
  rossius: {
    title: 'Rossius army is angry, seeing the appearance',
    body: 'The Russian army is trying to create a general impression of the ceasefire, but does not leave some attempts to move.',
    original: {
      title: 'Російська армія лютує, створюючи видимість',
      body: 'Російська армія намагається створити загальне враження перемир’я, але не полишає спроб просуватися.',
    },
  },
  mother: {
    title: 'Mother and Sin settled in a circle after three Plenid flights (video)',
    body: "Mother and son - the grapes of Margarita and Ruslan - unexpectedly met at today's exchange after three years of captivity after Azovstal left in Maripul.",
    original: {
      title: 'Мати і син зустрілися на обміні після трьох літ полону (відео)',
      body: 'Мати і син – Маргарита та Руслан Виноград – несподівано зустрілися на сьогоднішньому обміні після трьох років полону після виходу з Азовсталі в Маріуполі.',
    },
  },
  bellHouse: {
    title: 'In Bell House, they were a goat goat in a scandal with a signal date',
    body: 'US Secretary of Defense Pitt Hegset will be released using data leakage. The politician writes about this.',
    original: {
      title: 'У Білому домі знайшли цапа-відбувайла у скандалі з витоком даних у Signal',
      body: 'Міністра оборони США Піта Гегсета звільнять через витік даних. Про це пише видання.',
    },
  },
};

interface Checked {
  verdict: Verdict;
  title: Issue[];
}

function check(c: SeedCase, withOriginal: boolean): Checked {
  const config = resolveConfig({});
  const resources = loadResources();
  const article: Article = { id: 'seed', input: 'test', lang: 'en', title: c.title, body: c.body };
  let matched = null;
  if (withOriginal) {
    const original: Article = { id: 'orig', input: 'test', lang: 'uk', ...c.original };
    const lang = originalLanguage(original, config.languages);
    matched = { original, originalLang: lang, match: { id: 'orig', lang, confidence: 1, method: 'test' } };
  }
  const ctx = buildRuleContext(article, { resources, config }, matched);
  const issues = runRules(RULES, ctx);
  const words = { title: countWords(c.title, ctx.title.lang), body: countWords(c.body, ctx.body.lang) };
  return {
    verdict: scoreArticle(issues, words, config.scoring).headline.verdict,
    title: issues.filter((i) => i.field === 'title'),
  };
}

for (const withOriginal of [false, true]) {
  describe(`seed page headlines ${withOriginal ? 'with' : 'without'} an original`, () => {
    const results = new Map<string, Checked>();
    beforeAll(() => {
      for (const [name, c] of Object.entries(CASES)) results.set(name, check(c, withOriginal));
    });

    it('passes the clean headline', () => {
      expect(results.get('clean')!.title.map((i) => `${i.rule}: ${i.text}`)).toEqual([]);
      expect(results.get('clean')!.verdict).toBe('pass');
    });

    it.each(['breadcrumb', 'rossius', 'mother', 'bellHouse'])(
      'does not pass the garbled headline %s',
      (name) => {
        expect(results.get(name)!.verdict).not.toBe('pass');
      },
    );

    it('names the garbled words', () => {
      const texts = (name: string): string[] => results.get(name)!.title.map((i) => i.text);
      expect(texts('breadcrumb')).toContain('HomeWorld');
      expect(texts('rossius')).toContain('Rossius');
      expect(texts('mother')).toEqual(expect.arrayContaining(['Sin', 'Plenid']));
      expect(texts('bellHouse')).toEqual(expect.arrayContaining(['Bell House', 'goat goat']));
    });
  });
}
