/**
 * One article costs only itself: checks run on worker threads, each article under a time budget. An
 * article whose rule never returns or throws becomes an error entry naming it and the rule; every
 * other article is checked, in input order, and items in = items out.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model.js';
import { checkInWorkers, type CheckOutcome } from '../../src/parallel/pool.js';
import { loadResources } from '../../src/resources.js';
import { runCheck } from '../../src/run.js';
import { SPIN_MARK, THROW_MARK } from '../fixtures/rules/misbehaving.js';
import { languagesConfig } from '../helpers/small-run.js';
import { tempDir } from '../helpers/tmp.js';

const RULES_MODULE = pathToFileURL(
  join(import.meta.dirname, '..', 'fixtures', 'rules', 'misbehaving.ts'),
).href;

const article = (id: string, body: string): Article => ({
  id,
  input: 'feed.jsonl',
  title: `Council news ${id}`,
  body,
});

// the articles are English: the workers load no other language's resources
const ENGLISH = ['en'];

describe('the check pool', () => {
  const articles = [
    article('good-1', 'The council met on Tuesday and approved the the budget.'),
    article('spins', `The council met. ${SPIN_MARK}`),
    article('good-2', 'The mayor opened the new bridge on Monday morning.'),
    article('throws', `The council met. ${THROW_MARK}`),
    ...Array.from({ length: 6 }, (_, i) => article(`more-${i}`, `Article number ${i} about the river port.`)),
  ];
  const outcomes: CheckOutcome[] = [];

  beforeAll(async () => {
    await checkInWorkers(
      articles,
      {
        workers: 2,
        // the clock starts once a worker is warm: a good article takes tens of ms of CPU, so 10 s
        // leaves it room on a very busy machine; the spinning one never finishes anyway
        budgetMs: 10_000,
        init: {
          config: languagesConfig(ENGLISH),
          resources: loadResources({ languages: ENGLISH }),
          index: { originals: [] },
          rulesModule: RULES_MODULE,
        },
      },
      (o) => outcomes.push(o),
    );
  });

  it('delivers one outcome per article, in input order', () => {
    expect(outcomes.map((o) => o.article.id)).toEqual(articles.map((a) => a.id));
  });

  it('gives up an article that runs over its budget, naming it and the rule', () => {
    const o = outcomes.find((x) => x.article.id === 'spins')!;
    expect('error' in o && o.error.message).toMatch(/"spins".*10 s time budget in rule fluency\/test-spin/);
    expect('error' in o && o.error.input).toBe('feed.jsonl');
  });

  it('keeps an article whose rule threw, naming the rule', () => {
    const o = outcomes.find((x) => x.article.id === 'throws')!;
    expect('result' in o && o.result.ruleErrors).toEqual([
      { rule: 'fluency/test-throw', message: 'deliberate failure' },
    ]);
  });

  it('checks every other article, also after a worker was replaced', () => {
    const good = outcomes.filter((o) => 'result' in o);
    expect(good.map((o) => o.article.id)).toEqual(articles.map((a) => a.id).filter((id) => id !== 'spins'));
    const first = good[0]!;
    expect('result' in first && first.result.issues.map((i) => i.rule)).toEqual(['fluency/repeated-word']);
  });
});

describe('a run on workers accounts for every item', () => {
  it('reports each line of a hostile JSON Lines file as a result or an error entry', async () => {
    const dir = await tempDir();
    const file = join(dir, 'hostile.jsonl');
    const table = Array.from({ length: 10_000 }, (_, i) => 1000 + i * 7).join(' ');
    const lines = [
      JSON.stringify({
        id: 'plain',
        title: 'Council approves budget',
        body: 'The council approved the budget.',
      }),
      '{"id": "broken", "title": ',
      JSON.stringify({ id: 'numbers', title: 'Table of results', body: table }),
      JSON.stringify({ id: 'no-title', body: 'A record without a title.' }),
      JSON.stringify({ id: 'long-word', title: 'A word', body: `It said ${'qzx'.repeat(30_000)}.` }),
      JSON.stringify({
        id: 'nul',
        title: 'Nul \u0000 bytes',
        body: 'Text with \u0000 NUL and \u202e RTL override.',
      }),
    ];
    await writeFile(file, lines.join('\n') + '\n');
    const config = languagesConfig(ENGLISH);
    const report = await runCheck({ inputs: [file], originals: [], config, workers: 2 });
    expect(report.articles.length + report.errors.length).toBe(lines.length);
    expect(report.articles.map((a) => a.id)).toEqual(['plain', 'numbers', 'long-word', 'nul']);
    for (const a of report.articles) {
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(100);
    }
  });
});
