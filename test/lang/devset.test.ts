/**
 * Recall of the language rules on the labelled dev corpus, and their silence on clean human
 * translations of the public benchmarks. Both are read at run time and skipped when absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { identifyArticle } from '../../src/lang/identify.js';
import { buildRuleContext } from '../../src/pipeline/check-article.js';
import { loadResources } from '../../src/resources.js';
import { runRules } from '../../src/rules/engine.js';
import { LANGUAGE_RULES } from '../../src/rules/language/index.js';
import { DEVSET, devsetRecall } from './devset-eval.js';

const BENCH = join(DEVSET, '..', 'benchmarks');

describe.skipIf(!existsSync(DEVSET))('dev corpus recall', () => {
  it('finds at least 90% of untranslated text and mojibake, and both wrong-language headlines', () => {
    const r = devsetRecall()!;
    for (const kind of ['untranslated', 'mojibake', 'language']) {
      const k = r.recall.get(kind)!;
      expect(k.hits / k.total, `${kind}: missed ${k.misses.join('; ')}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
if (!existsSync(DEVSET)) console.log(`dev corpus not found at ${DEVSET}: recall test skipped`);

interface Rec {
  id: string;
  title: string;
  body: string;
}
const readJsonl = <T>(p: string): T[] =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

describe.skipIf(!existsSync(BENCH))('human translations of the benchmarks', () => {
  const truth = new Map<string, string>();
  const human: Rec[] = [];
  if (existsSync(BENCH)) {
    for (const f of ['wmt22/truth.jsonl', 'ntrex/truth.jsonl'])
      for (const t of readJsonl<{ id: string; lang: string }>(join(BENCH, f))) truth.set(t.id, t.lang);
    for (const f of [
      'wmt22/republished/ref.jsonl',
      'ntrex/republished/uk.jsonl',
      'ntrex/republished/ru.jsonl',
    ])
      human.push(...readJsonl<Rec>(join(BENCH, f)));
  }

  it('identifies the language of 99% of articles with no declared language', () => {
    const right = human.filter(
      (r) => identifyArticle(r, DEFAULT_CONFIG.languages).article.lang === truth.get(r.id),
    ).length;
    expect(right / human.length).toBeGreaterThanOrEqual(0.99);
  });

  it('raises language/untranslated issues on at most 1% of them', () => {
    const resources = loadResources();
    const flagged = human.filter((r) => {
      const ctx = buildRuleContext({ ...r, input: 'bench' }, { resources, config: DEFAULT_CONFIG }, null);
      return runRules(LANGUAGE_RULES, ctx).some((i) => i.kind === 'language' || i.kind === 'untranslated');
    });
    expect(flagged.length / human.length, flagged.map((r) => r.id).join(' ')).toBeLessThanOrEqual(0.01);
  });
});
