/** `--shard i/n` and `syndiq merge`: the shards together give the same articles, scores and verdicts as one run. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model.js';
import { inShard, parseShard } from '../../src/shard/shard.js';
import { runCli } from '../helpers/capture.js';
import { languagesConfigFile, MAIN_THREAD } from '../helpers/small-run.js';
import { tempDir } from '../helpers/tmp.js';

const ARTICLES = [
  {
    id: 'a-1',
    title: 'Town hall reopens after a year of work',
    body: 'The town hall reopened on Friday after a year of work costing £1.2m.',
  },
  {
    id: 'a-2',
    title: 'Bus route 12 extended to the the new estate',
    body: 'Route 12 now reaches the new estate at Millbrook, the operator said.',
  },
  {
    id: 'a-3',
    title: 'Library adds Sunday hours',
    body: 'The library will open on Sundays from 10am to 4pm starting in June. .post-meta{color:red}',
  },
  {
    id: 'a-4',
    title: 'Swimming pool roof repaired',
    body: 'The leisure centre pool reopened after its roof was repaired over the winter.',
  },
  {
    id: 'a-5',
    title: 'Market moves to the square',
    body: 'The weekly market moves to the main square from next month, traders were told.',
  },
];

describe('shards', () => {
  it('parses i/n and puts every id in exactly one shard', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/2', '3/2', '1/0', 'one/two', '1-2'])
      expect(() => parseShard(bad)).toThrow(/not a shard/);
    const shards = [1, 2, 3].map((index) => ({ index, count: 3 }));
    for (let k = 0; k < 200; k++) expect(shards.filter((s) => inShard(`id-${k}`, s))).toHaveLength(1);
  });

  it('merged shard reports equal one run', async () => {
    const dir = await tempDir();
    const input = join(dir, 'in.jsonl');
    await writeFile(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
    const config = await languagesConfigFile(dir, ['en']);
    const common = ['--no-cache', '--fail-under', '90', '--config', config, ...MAIN_THREAD];
    const whole = await runCli(['check', input, '--out', join(dir, 'whole'), ...common]);
    for (const i of [1, 2])
      expect(
        (await runCli(['check', input, '--shard', `${i}/2`, '--out', join(dir, `s${i}`), ...common])).code,
      ).toBe(0);
    const merged = await runCli([
      'merge',
      join(dir, 's1'),
      join(dir, 's2'),
      '--out',
      join(dir, 'merged'),
      '--fail-under',
      '90',
    ]);
    expect(merged.code).toBe(whole.code);
    const read = async (d: string): Promise<RunReport> =>
      JSON.parse(await readFile(join(dir, d, 'report.json'), 'utf8')) as RunReport;
    const [one, m, s1, s2] = await Promise.all(['whole', 'merged', 's1', 's2'].map(read));
    expect(s1!.run.shard).toBe('1/2');
    expect(s1!.articles.length + s2!.articles.length).toBe(ARTICLES.length);
    const view = (r: RunReport): unknown =>
      r.articles.map((a) => [a.id, a.score, a.verdict, a.issues.length]).sort();
    expect(view(m!)).toEqual(view(one!));
    expect(m!.summary).toEqual(one!.summary);
    expect(m!.run.shard).toBeUndefined();
    const alerts = JSON.parse(await readFile(join(dir, 'merged', 'alerts.json'), 'utf8'));
    const oneAlerts = JSON.parse(await readFile(join(dir, 'whole', 'alerts.json'), 'utf8'));
    expect(alerts.alerts.map((a: { key: string }) => a.key).sort()).toEqual(
      oneAlerts.alerts.map((a: { key: string }) => a.key).sort(),
    );
  });
});
