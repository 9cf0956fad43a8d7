/** Suppressions: a reviewed finding is set aside on later runs, reported as suppressed and not scored. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Baseline, baselineEntry, baselineFromFindings, parseBaseline } from '../../src/baseline/baseline.js';
import type { RunReport } from '../../src/model.js';
import * as pool from '../../src/parallel/pool.js';
import { runCheck } from '../../src/run.js';
import { runCli } from '../helpers/capture.js';
import { languagesConfig, languagesConfigFile, MAIN_THREAD } from '../helpers/small-run.js';
import { tempDir } from '../helpers/tmp.js';

const finding = { rule: 'fluency/repeated-word', messageId: 'repeatedWord', text: 'the the' };

describe('baseline', () => {
  it('matches rule, message, article (id or URL) and text, nothing less', () => {
    const b = new Baseline([baselineEntry({ id: 'a', url: null }, finding)]);
    expect(b.suppresses({ id: 'a', url: null }, finding)).toBe(true);
    expect(b.suppresses({ id: 'b', url: null }, finding)).toBe(false);
    expect(b.suppresses({ id: 'a', url: null }, { ...finding, text: 'a a' })).toBe(false);
    expect(b.suppresses({ id: 'a', url: null }, { ...finding, messageId: 'other' })).toBe(false);
    const byUrl = new Baseline([{ ...finding, article: 'https://x.example/a' }]);
    expect(byUrl.suppresses({ id: 'zz', url: 'https://x.example/a' }, finding)).toBe(true);
  });

  it('adds each finding once to an existing file and names a bad key', () => {
    const file = baselineFromFindings(
      [{ id: 'a', url: null, issues: [finding, finding] as never }],
      [baselineEntry({ id: 'a', url: null }, finding)],
    );
    expect(file.suppressions).toHaveLength(1);
    expect(() => parseBaseline('{"version":1,"suppressions":[{"rule":"x"}]}', 'b.json')).toThrow(
      /b\.json: suppressions\.0\.messageId/,
    );
  });

  it('syndiq baseline silences the findings of a report on the next run', async () => {
    const dir = await tempDir();
    const input = join(dir, 'in.jsonl');
    await writeFile(
      input,
      JSON.stringify({
        id: 'b-1',
        title: 'Ferry returns to the the island',
        body: 'The ferry to the island runs again from Monday, the operator said.',
      }),
    );
    const check = async (config: string, out: string): Promise<RunReport> => {
      expect(
        (await runCli(['check', input, '--no-cache', '--config', config, ...MAIN_THREAD, '--out', out])).code,
      ).toBe(0);
      return JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as RunReport;
    };
    const r1 = await check(await languagesConfigFile(dir, ['en']), join(dir, 'r1'));
    expect(r1.articles[0]!.issues.length).toBeGreaterThan(0);
    const baseline = join(dir, 'syndiq.baseline.json');
    expect((await runCli(['baseline', join(dir, 'r1'), '--out', baseline])).code).toBe(0);
    const r2 = await check(await languagesConfigFile(dir, ['en'], { baseline }), join(dir, 'r2'));
    expect(r2.articles[0]!.issues).toEqual([]);
    expect(r2.articles[0]!.suppressed?.map((i) => i.text)).toEqual(r1.articles[0]!.issues.map((i) => i.text));
    expect(r2.articles[0]!.score).toBe(100);
  });

  it('is applied the same on worker threads as on the main thread', async () => {
    const dir = await tempDir();
    const input = join(dir, 'in.jsonl');
    await writeFile(
      input,
      [
        { id: 'w-1', title: 'Bakery opens in in the old post office', body: 'The bakery opens on Saturday.' },
        {
          id: 'w-2',
          title: 'Bridge closes for for repairs',
          body: 'The bridge closes on Monday for a week.',
        },
      ]
        .map((a) => JSON.stringify(a))
        .join('\n'),
    );
    const baseline = new Baseline([baselineEntry({ id: 'w-1', url: null }, { ...finding, text: 'in in' })]);
    const options = { inputs: [input], originals: [], config: languagesConfig(['en']), baseline };
    const pooled = vi.spyOn(pool.CheckPool, 'open');
    const main = await runCheck({ ...options, workers: 0 });
    const before = pooled.mock.calls.length;
    const workers = await runCheck({ ...options, workers: 2 });
    expect(pooled.mock.calls.length).toBe(before + 1);
    expect(main.articles[0]!.suppressed?.map((i) => i.text)).toEqual(['in in']);
    expect(workers.articles).toEqual(main.articles);
  });
});
