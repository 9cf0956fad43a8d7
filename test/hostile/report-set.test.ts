/**
 * The report set is switched in as a whole: a run killed with SIGKILL at any moment leaves the
 * previous set complete and consistent (report.json and the CSVs describe the same run), and
 * only that set's folder remains beside the output folder once the next run finishes.
 */
import { spawn } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeReports } from '../../src/report/write.js';
import { fixtureReport } from '../helpers/report-fixture.js';
import { tempDir } from '../helpers/tmp.js';

const LOOP = join(import.meta.dirname, '..', 'fixtures', 'write-reports-loop.ts');

async function consistentSet(out: string): Promise<number> {
  const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as {
    articles: unknown[];
    errors: unknown[];
  };
  const rows = parse(await readFile(join(out, 'articles.csv'), 'utf8'), { columns: true }) as unknown[];
  const junit = await readFile(join(out, 'junit.xml'), 'utf8');
  expect(rows.length).toBe(report.articles.length);
  // junit.xml has one test case per article and one per input error.
  expect(junit).toContain(`tests="${report.articles.length + report.errors.length}"`);
  return report.articles.length;
}

/** Kills of the writing loop: after how many finished sets, and how many ms after that. */
const KILLS: [number, number][] = [
  [0, 0],
  [1, 0],
  [1, 30],
  [2, 80],
];

/** Resolves once the loop has said `ready` and then `wrote` `sets` times. */
function progress(stdout: Readable, sets: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString();
      if (seen.includes('ready\n') && seen.split('wrote\n').length > sets) {
        stdout.off('data', onData);
        resolve();
      }
    };
    stdout.on('data', onData);
    stdout.once('end', () => reject(new Error(`the writing loop ended early: ${seen}`)));
  });
}

describe('the report set', () => {
  it('replaces the whole set and keeps no older sets', async () => {
    const parent = await tempDir();
    const out = join(parent, 'latest');
    await mkdir(out);
    await writeFile(join(out, 'report.json'), '{"old": true}');
    await writeReports(fixtureReport(3), out);
    await writeReports(fixtureReport(5), out);
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
    expect(await consistentSet(out)).toBe(fixtureReport(5).articles.length);
    expect((await readdir(parent)).filter((n) => n !== 'latest')).toHaveLength(1);
  });

  it('survives SIGKILL during writing: the folder always holds one whole set', async () => {
    const parent = await tempDir();
    const out = join(parent, 'latest');
    await writeReports(fixtureReport(1), out);
    const counts = new Set<number>();
    // Each kill waits for a number of finished sets, then a few ms more, so the kills land before the
    // first switch and inside later writes whatever the machine's speed.
    for (const [sets, delayMs] of KILLS) {
      const child = spawn(process.execPath, ['--import', 'tsx', LOOP, out], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await progress(child.stdout, sets);
      await new Promise((r) => setTimeout(r, delayMs));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      counts.add(await consistentSet(out));
    }
    // the kills landed at different points of the loop, not always before its first switch
    expect(counts.size).toBeGreaterThan(1);
    await writeReports(fixtureReport(2), out);
    expect((await readdir(parent)).filter((n) => n !== 'latest')).toHaveLength(1);
  });
});
