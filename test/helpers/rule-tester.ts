/**
 * A valid/invalid table runner for rules, in the spirit of ESLint's RuleTester.
 * Each case builds a real RuleContext through the pipeline (language identification included), runs
 * the rule alone and compares what it reports.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig, type SyndiqConfig } from '../../src/config/config.js';
import type { Article, ChromeBlock, Field, Issue } from '../../src/model.js';
import { buildRuleContext, originalLanguage } from '../../src/pipeline/check-article.js';
import { loadResources, type Resources } from '../../src/resources.js';
import { runRules } from '../../src/rules/engine.js';
import { compareIssues } from '../../src/rules/order.js';
import type { Rule } from '../../src/rules/types.js';

export interface RuleCase {
  /** Shown as the test name; defaults to the text. */
  name?: string;
  title?: string;
  body?: string;
  lang?: string;
  chrome?: ChromeBlock[];
  original?: { title: string; body: string; lang: string };
  config?: Partial<SyndiqConfig>;
}

export interface ExpectedIssue {
  messageId: string;
  field?: Field;
  /** The exact reported text. */
  text?: string;
  suggestion?: string;
  /** The whole message, when its wording is the point (counts, plurals). */
  message?: string;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedIssue[];
}

let sharedResources: Resources | undefined;

/** Run one rule on one case and return its issues (for ad-hoc assertions). */
export function runRule(rule: Rule, c: RuleCase): Issue[] {
  // The rule under test runs even where the default config leaves it off, as in ESLint's RuleTester.
  const config = resolveConfig({
    ...c.config,
    rules: { [rule.meta.id]: rule.meta.severity, ...c.config?.rules },
  });
  const resources = (sharedResources ??= loadResources());
  const article: Article = {
    id: 'case',
    input: 'test',
    title: c.title ?? 'Council approves the new budget for schools',
    body: c.body ?? '',
    ...(c.lang ? { lang: c.lang } : {}),
    ...(c.chrome ? { chrome: c.chrome } : {}),
  };
  let matched = null;
  if (c.original) {
    const original: Article = { id: 'orig', input: 'test', ...c.original };
    const lang = originalLanguage(original, config.languages);
    matched = { original, originalLang: lang, match: { id: 'orig', lang, confidence: 1, method: 'test' } };
  }
  const ctx = buildRuleContext(article, { resources, config }, matched);
  return runRules([rule], ctx);
}

function caseName(c: RuleCase): string {
  const s = c.name ?? `${c.title ?? ''} | ${c.body ?? ''}`;
  return s.length > 90 ? `${s.slice(0, 87)}...` : s;
}

export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const names = new Set<string>();
  describe(rule.meta.id, () => {
    for (const c of [...cases.valid, ...cases.invalid]) {
      const key = JSON.stringify(c);
      if (names.has(key)) throw new Error(`${rule.meta.id}: duplicate test case ${caseName(c)}`);
      names.add(key);
    }
    describe('valid', () => {
      for (const c of cases.valid) {
        it(caseName(c), () => {
          const issues = runRule(rule, c);
          expect(issues.map((i) => `${i.messageId}: ${i.text}`)).toEqual([]);
        });
      }
    });
    it('exercises every message id in an invalid case', () => {
      const exercised = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      const missing = Object.keys(rule.meta.messages).filter((m) => !exercised.has(m));
      expect(missing, `message ids no invalid case reports`).toEqual([]);
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(caseName(c), () => {
          // a repeated finding is one issue listing its occurrences: the table lists each occurrence
          const issues = runRule(rule, c)
            .flatMap((i) => (i.occurrences ?? [i]).map((o) => ({ ...i, start: o.start, end: o.end })))
            .sort(compareIssues);
          for (const e of c.errors) {
            if (!(e.messageId in rule.meta.messages)) throw new Error(`unknown messageId ${e.messageId}`);
          }
          const actual = issues.map((i, k) => {
            const e = c.errors[k];
            return {
              messageId: i.messageId,
              ...(e?.field ? { field: i.field } : {}),
              ...(e?.text !== undefined ? { text: i.text } : {}),
              ...(e?.suggestion !== undefined ? { suggestion: i.suggestion } : {}),
              ...(e?.message !== undefined ? { message: i.message } : {}),
            };
          });
          expect(actual).toEqual(c.errors);
        });
      }
    });
  });
}
