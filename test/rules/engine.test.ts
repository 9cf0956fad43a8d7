import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/config.js';
import { buildRuleContext } from '../../src/pipeline/check-article.js';
import { loadResources } from '../../src/resources.js';
import { formatMessage, RuleError, runRules, runRuleSet, RuleTiming } from '../../src/rules/engine.js';
import { checkArticle } from '../../src/pipeline/check-article.js';
import { buildOriginalsIndex } from '../../src/match/index.js';
import type { Finding, Rule, RuleMeta } from '../../src/rules/types.js';
import { testRule } from '../helpers/test-rule.js';

function fakeRule(findings: Finding[], id: RuleMeta['id'] = 'markup/fake'): Rule {
  return testRule(id, () => findings, { messages: { hit: 'Found "{{what}}"' } });
}

function ctx(config = {}) {
  const article = { id: 'a', input: 't', title: 'Title here', body: 'Body text with a goat goat.' };
  return buildRuleContext(article, { resources: loadResources(), config: resolveConfig(config) }, null);
}

describe('runRules', () => {
  it('builds issues with text, message and sorted positions', () => {
    const issues = runRules(
      [
        fakeRule([
          { messageId: 'hit', data: { what: 'goat' }, field: 'body', start: 17, end: 26 },
          { messageId: 'hit', data: { what: 'T' }, field: 'title', start: 0, end: 5 },
        ]),
      ],
      ctx(),
    );
    expect(issues.map((i) => [i.field, i.text, i.message, i.severity])).toEqual([
      ['title', 'Title', 'Found "T"', 'minor'],
      ['body', 'goat goat', 'Found "goat"', 'minor'],
    ]);
  });
  it('applies a configured severity and skips a rule turned off', () => {
    const rule = fakeRule([{ messageId: 'hit', field: 'body', start: 0, end: 4 }]);
    expect(runRules([rule], ctx({ rules: { 'markup/fake': 'critical' } }))[0]?.severity).toBe('critical');
    expect(runRules([rule], ctx({ rules: { 'markup/fake': 'off' } }))).toEqual([]);
  });
  it('keeps one of identical findings', () => {
    const f: Finding = { messageId: 'hit', field: 'body', start: 0, end: 4 };
    expect(runRules([fakeRule([f, { ...f }])], ctx())).toHaveLength(1);
  });
  it('rejects unknown message ids and bad ranges with the rule named', () => {
    expect(() =>
      runRules([fakeRule([{ messageId: 'nope', field: 'body', start: 0, end: 1 }])], ctx()),
    ).toThrow(new RuleError('markup/fake: unknown messageId "nope" (declare it in meta.messages)'));
    expect(() =>
      runRules([fakeRule([{ messageId: 'hit', field: 'body', start: 5, end: 500 }])], ctx()),
    ).toThrow(/bad range \[5, 500\)/);
    expect(() =>
      runRules([fakeRule([{ messageId: 'hit', field: 'original.body', start: 0, end: 1 }])], ctx()),
    ).toThrow(/which this article does not have/);
  });
  it('skips rules that need an original when there is none', () => {
    const rule = fakeRule([{ messageId: 'hit', field: 'body', start: 0, end: 4 }]);
    rule.meta.needs = ['original'];
    expect(runRules([rule], ctx())).toEqual([]);
  });
});

describe('a failing rule', () => {
  const throwing: Rule = {
    ...fakeRule([]),
    meta: { ...fakeRule([]).meta, id: 'markup/throws' },
    check: () => {
      throw new Error('lexicon missing');
    },
  };
  const finding: Finding = { messageId: 'hit', data: { what: 'goat' }, field: 'body', start: 17, end: 26 };

  it('loses only its own findings, and its failure names it', () => {
    const inTitle: Finding = { messageId: 'hit', field: 'title', start: 0, end: 5 };
    const run = runRuleSet([fakeRule([finding]), throwing, fakeRule([inTitle], 'fluency/other')], ctx());
    expect(run.issues.map((i) => i.rule)).toEqual(['fluency/other', 'markup/fake']);
    expect(run.failures.map((f) => [f.rule, f.message])).toEqual([['markup/throws', 'lexicon missing']]);
  });

  it('keeps none of a rule whose findings are partly malformed', () => {
    const half = fakeRule([finding, { messageId: 'hit', field: 'body', start: 5, end: 500 }], 'fluency/half');
    const run = runRuleSet([half, fakeRule([finding])], ctx());
    expect(run.issues.map((i) => i.rule)).toEqual(['markup/fake']);
    expect(run.failures[0]?.rule).toBe('fluency/half');
  });

  it('is recorded on the article, which is still scored with every other rule', () => {
    const config = resolveConfig({});
    const article = { id: 'a', input: 't', title: 'Title here', body: 'Body text with a goat goat.' };
    const result = checkArticle(article, {
      index: buildOriginalsIndex([], config),
      resources: loadResources(),
      config,
      rules: [throwing, fakeRule([finding])],
    });
    expect(result.ruleErrors).toEqual([{ rule: 'markup/throws', message: 'lexicon missing' }]);
    expect(result.issues.map((i) => i.rule)).toEqual(['markup/fake']);
    expect(result.score).toBeLessThan(100);
  });

  it('may not make a suggestion it did not declare', () => {
    const suggesting = fakeRule([{ ...finding, suggestion: 'goat' }]);
    expect(runRuleSet([suggesting], ctx()).failures[0]?.message).toMatch(/meta.hasSuggestions/);
    suggesting.meta.hasSuggestions = true;
    expect(runRuleSet([suggesting], ctx()).issues[0]?.suggestion).toBe('goat');
  });
});

describe('rule timing', () => {
  it('adds up the time of every rule that ran, and only those', () => {
    const timing = new RuleTiming();
    const off = fakeRule([], 'fluency/off');
    const c = ctx({ rules: { 'fluency/off': 'off' } });
    runRuleSet([fakeRule([]), off], c, timing);
    runRuleSet([fakeRule([]), off], c, timing);
    expect([...timing.totals.keys()]).toEqual(['markup/fake']);
    expect(timing.totals.get('markup/fake')).toBeGreaterThanOrEqual(0);
  });
});

describe('formatMessage', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}');
  });
});
