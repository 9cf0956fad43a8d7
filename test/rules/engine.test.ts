import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/config.js';
import { buildRuleContext } from '../../src/pipeline/check-article.js';
import { loadResources } from '../../src/resources.js';
import { formatMessage, RuleError, runRules } from '../../src/rules/engine.js';
import type { Finding, Rule } from '../../src/rules/types.js';

function fakeRule(findings: Finding[], id = 'test/fake'): Rule {
  return {
    meta: {
      id,
      kind: 'markup',
      mqm: 'Test',
      severity: 'minor',
      description: 'test',
      needs: [],
      messages: { hit: 'Found "{{what}}"' },
    },
    check: () => findings,
  };
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
    expect(runRules([rule], ctx({ rules: { 'test/fake': 'critical' } }))[0]?.severity).toBe('critical');
    expect(runRules([rule], ctx({ rules: { 'test/fake': 'off' } }))).toEqual([]);
  });
  it('keeps one of identical findings', () => {
    const f: Finding = { messageId: 'hit', field: 'body', start: 0, end: 4 };
    expect(runRules([fakeRule([f, { ...f }])], ctx())).toHaveLength(1);
  });
  it('rejects unknown message ids and bad ranges with the rule named', () => {
    expect(() =>
      runRules([fakeRule([{ messageId: 'nope', field: 'body', start: 0, end: 1 }])], ctx()),
    ).toThrow(new RuleError('test/fake: unknown messageId "nope" (declare it in meta.messages)'));
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

describe('formatMessage', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}');
  });
});
