/**
 * Fidelity in every default source language: a story and its English translation run through every
 * rule, as a check run does with a known original. A changed figure, a wrong name and a dropped
 * paragraph are each caught; the faithful translation draws no fidelity finding and passes.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/config.js';
import type { Article, Issue } from '../../../src/model.js';
import { buildRuleContext, originalLanguage } from '../../../src/pipeline/check-article.js';
import { loadResources, type Resources } from '../../../src/resources.js';
import { runRules } from '../../../src/rules/engine.js';
import { RULES } from '../../../src/rules/registry.js';
import { scoreArticle } from '../../../src/score/mqm.js';
import { countWords } from '../../../src/text/segment.js';
import { LANGUAGE_FIXTURES, type Check, type LanguageFixture } from './language-fixtures.js';
import { warmLexicons } from './warm-lexicons.js';

const config = resolveConfig({});
let resources: Resources | undefined;

warmLexicons(LANGUAGE_FIXTURES.map((f) => f.lang));

/** Every rule on the translation against its original; the findings and the article verdict. */
function check(fx: LanguageFixture, paragraphs: readonly string[]): { issues: Issue[]; verdict: string } {
  resources ??= loadResources();
  const original: Article = {
    id: 'orig',
    input: 'test',
    title: fx.title,
    body: fx.paragraphs.join('\n\n'),
    lang: fx.lang,
  };
  const lang = originalLanguage(original, config.languages);
  const article: Article = { id: 'case', input: 'test', title: fx.en.title, body: paragraphs.join('\n\n') };
  const ctx = buildRuleContext(
    article,
    { resources, config },
    { original, originalLang: lang, match: { id: 'orig', lang, confidence: 1, method: 'test' } },
  );
  const issues = runRules(RULES, ctx);
  const words = {
    title: countWords(article.title, ctx.title.lang),
    body: countWords(article.body, ctx.body.lang),
  };
  return { issues, verdict: scoreArticle(issues, words, config.scoring).article.verdict };
}

/** The English paragraphs with `from` replaced by `to` where it occurs (exactly once in the body). */
function substituted(fx: LanguageFixture, from: string, to: string): string[] {
  const hits = fx.en.paragraphs.filter((p) => p.includes(from));
  if (hits.length !== 1 || hits[0]!.indexOf(from) !== hits[0]!.lastIndexOf(from))
    throw new Error(`${fx.lang}: "${from}" must occur once in the English body`);
  return fx.en.paragraphs.map((p) => p.replace(from, to));
}

const shown = (issues: readonly Issue[]): string[] => issues.map((i) => `${i.rule}: ${i.text}`);

for (const fx of LANGUAGE_FIXTURES) {
  describe(`${fx.lang} -> en`, () => {
    // a known gap is listed with its reason and skipped, never asserted weaker
    const test = (check: Check, name: string, fn: () => void): void => {
      const gap = fx.gaps?.[check];
      if (gap) it.skip(`${name} (gap: ${gap})`, fn);
      else it(name, fn);
    };

    test('clean', 'the faithful translation draws no fidelity finding and passes', () => {
      const { issues, verdict } = check(fx, fx.en.paragraphs);
      expect(shown(issues.filter((i) => i.rule.startsWith('fidelity/')))).toEqual([]);
      expect(verdict, shown(issues).join('\n')).toBe('pass');
    });

    test('number', `a changed figure (${fx.number.from} -> ${fx.number.to}) is a number mismatch`, () => {
      const { issues } = check(fx, substituted(fx, fx.number.from, fx.number.to));
      const found = issues.filter((i) => i.rule === 'fidelity/number-mismatch');
      expect(found.length, shown(issues).join('\n')).toBeGreaterThan(0);
    });

    test('name', `a wrong name (${fx.name.from} -> ${fx.name.to}) is caught`, () => {
      const { issues } = check(fx, substituted(fx, fx.name.from, fx.name.to));
      const found = issues.filter(
        (i) => i.rule === 'fidelity/name-mismatch' || i.rule === 'fluency/name-form',
      );
      expect(found.length, shown(issues).join('\n')).toBeGreaterThan(0);
    });

    test('omission', 'a dropped paragraph is an omission pointing into the original', () => {
      const { issues } = check(
        fx,
        fx.en.paragraphs.filter((_, k) => k !== fx.omit),
      );
      const found = issues.filter((i) => i.rule === 'fidelity/omission' && i.field === 'original.body');
      expect(
        found.map((i) => i.text),
        shown(issues).join('\n'),
      ).toContain(fx.paragraphs[fx.omit]);
    });
  });
}
