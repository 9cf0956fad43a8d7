import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/config.js';
import type { Article } from '../../../src/model.js';
import { buildRuleContext } from '../../../src/pipeline/check-article.js';
import { loadResources, type Resources } from '../../../src/resources.js';
import { runRules } from '../../../src/rules/engine.js';
import { RULES, SURFACE_RULE_IDS } from '../../../src/rules/registry.js';

const SURFACE_RULES = RULES.filter((r) => SURFACE_RULE_IDS.includes(r.meta.id));

const config = resolveConfig({});

function run(article: Partial<Article>, resources: Resources) {
  const a: Article = { id: 'x', input: 'test', title: '', body: '', ...article };
  return runRules(SURFACE_RULES, buildRuleContext(a, { resources, config }, null));
}

describe('surface rules', () => {
  it('registers each surface rule once, with messages and a description', () => {
    const ids = SURFACE_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'fluency/repeated-word',
        'markup/leaked-code',
        'markup/site-chrome',
        'markup/truncated',
        'markup/breadcrumb',
        'language/wrong-script',
      ]),
    );
    for (const r of SURFACE_RULES) {
      expect(Object.keys(r.meta.messages).length, r.meta.id).toBeGreaterThan(0);
      expect(r.meta.description.length, r.meta.id).toBeGreaterThan(10);
    }
  });

  it('copes with empty and whitespace-only fields', () => {
    const resources = loadResources();
    expect(run({}, resources)).toEqual([]);
    expect(run({ title: '   ', body: '\n\n \n' }, resources)).toEqual([]);
    expect(run({ title: '...', body: '…' }, resources)).toEqual([]);
  });

  it('degrades to structural checks when no lexicons are installed', () => {
    const none: Resources = { lexicons: new Map(), spelling: new Map() };
    const issues = run(
      {
        title: 'Mayor opens the new tram depot',
        body: 'The mayor opened the depot on Friday and thanked the builders.\n\nThe goat goat was there.\n\nLEAVE A REPLY',
      },
      none,
    );
    expect(issues.map((i) => i.text)).toEqual(['goat goat']);
  });
});
