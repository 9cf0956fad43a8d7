import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/config.js';
import { warmUp } from '../../src/pipeline/warm-up.js';
import { loadResources } from '../../src/resources.js';
import { RULES } from '../../src/rules/registry.js';
import type { Rule, RuleContext } from '../../src/rules/types.js';
import { testRule } from '../helpers/test-rule.js';

function spyRule(id: Rule['meta']['id'], needs: Rule['meta']['needs'], seen: RuleContext[]): Rule {
  return testRule(
    id,
    (ctx) => {
      seen.push(ctx);
      return [];
    },
    { needs },
  );
}

describe('the warm-up before the first article', () => {
  const resources = loadResources({ languages: ['en', 'uk'] });
  const config = resolveConfig({ languages: ['en', 'uk'] });

  it('runs every rule, those that need a matched and aligned original too', () => {
    const plain: RuleContext[] = [];
    const aligned: RuleContext[] = [];
    warmUp({
      resources,
      config,
      rules: [
        spyRule('markup/plain', [], plain),
        spyRule('fidelity/aligned', ['original', 'alignment'], aligned),
      ],
    });
    expect(plain.length).toBeGreaterThan(0);
    // the story is matched to its original in a language other than its own
    expect(aligned.length).toBeGreaterThan(0);
    expect(aligned[0]!.original?.lang).toBe('uk');
    expect(aligned[0]!.body.lang).toBe('en');
  });

  it('also checks a story with faults, so the code that reports findings is compiled before the first article', () => {
    const reported = new Set<string>();
    const recording = RULES.map((r): Rule => ({
      ...r,
      check: (ctx) => {
        const findings = r.check(ctx);
        if (findings.length) reported.add(r.meta.id);
        return findings;
      },
    }));
    warmUp({ resources, config, rules: recording });
    for (const id of ['fidelity/number-mismatch', 'fidelity/negation', 'fluency/repeated-word'])
      expect(reported).toContain(id);
  });

  it('never fails the run, whatever a rule does', () => {
    const throwing: Rule = {
      ...spyRule('markup/throws', [], []),
      check: () => {
        throw new Error('broken');
      },
    };
    expect(() => warmUp({ resources, config, rules: [throwing] })).not.toThrow();
  });
});
