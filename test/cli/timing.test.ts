/** `syndiq check --timing`: where the time went, per rule, per article and per resource. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTiming } from '../../src/cli/timing.js';
import { RuleTiming } from '../../src/rules/engine.js';
import { runCli } from '../helpers/capture.js';
import { tempDir } from '../helpers/tmp.js';

describe('--timing', () => {
  it('prints each rule, the slowest articles and the resources, and checks every article', async () => {
    const dir = await tempDir();
    const articles = [
      {
        id: 'first',
        title: 'Council approves the new budget',
        body: 'The council approved the budget on Tuesday.',
      },
      {
        id: 'second',
        title: 'Port reopens after the storm',
        body: 'The port reopened on Friday after the the storm.',
      },
    ];
    await writeFile(join(dir, 'in.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    await writeFile(join(dir, 'config.json'), JSON.stringify({ languages: ['en', 'uk'] }));
    const r = await runCli([
      'check',
      join(dir, 'in.jsonl'),
      '--config',
      join(dir, 'config.json'),
      '--out',
      join(dir, 'out'),
      '--no-cache',
      '--quiet',
      '--workers',
      '2',
      '--timing',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Rules \(2 articles checked/);
    expect(r.out).toMatch(
      /^fluency\/repeated-word +\| +\d+\.\d \| +\d+\.\d% \| +\d+\.\d \| (first|second)$/m,
    );
    expect(r.out).toMatch(/Slowest articles/);
    expect(r.out).toMatch(/^(first|second) +\| +\d+\.\d \| +\d+\.\d$/m);
    expect(r.out).toMatch(/^Most CPU: (first|second) \(\d+\.\d ms\)$/m);
    // the configured languages' spelling only: English has a dictionary, Ukrainian none
    expect(r.out).toMatch(/Resources loaded before the first article: .*spelling:en/);
    expect(r.out).not.toMatch(/spelling:(fr|de|es)/);
    expect(r.out).toMatch(
      /First article checked \d+\.\d ms after the process started \(CPU \d+\.\d ms\); beyond the resource load: -?\d+\.\d ms \(CPU -?\d+\.\d ms\)/,
    );
    expect(r.out).toMatch(/Resources loaded before the first article: \d+\.\d ms, CPU \d+\.\d ms/);
  });
});

describe('renderTiming', () => {
  it("orders rules by time, keeps each one's worst article and says what the cache answered", () => {
    const timing = new RuleTiming();
    timing.add('fluency/a', 2, 'x');
    timing.add('fluency/a', 5, 'y');
    timing.add('markup/b', 10, 'x');
    timing.addArticle('x', 12, 9);
    timing.addArticle('y', 6, 10);
    timing.addResource('spelling:en', 40);
    const text = renderTiming(timing, { uncheckedArticles: 3 });
    const lines = text.split('\n');
    const a = lines.findIndex((l) => l.startsWith('fluency/a'));
    const b = lines.findIndex((l) => l.startsWith('markup/b'));
    expect(b).toBeGreaterThan(-1);
    expect(a).toBeGreaterThan(b);
    expect(lines[a]).toMatch(/\| +7\.0 \| +41\.2% \| +5\.0 \| y$/);
    expect(text).toMatch(/^x +\| +12\.0 \| +9\.0$/m);
    // the most CPU is not always the longest wall time
    expect(text).toMatch(/^Most CPU: y \(10\.0 ms\)$/m);
    expect(text).toMatch(/3 articles came from the result cache/);
    expect(text).toMatch(/Resources loaded before the first article: 40\.0 ms \(spelling:en 40\.0\)/);
  });
});
