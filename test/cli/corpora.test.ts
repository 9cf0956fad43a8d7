/** The default run on the bundled samples, and (when present) the labelled development corpus. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../src/ingest/jsonl.js';
import type { RunReport } from '../../src/model.js';
import { CORPORA_DIR } from '../../src/resources.js';
import { runCli } from '../helpers/capture.js';
import { expectReportContract, type FieldTexts } from '../helpers/report-contract.js';
import { MAIN_THREAD } from '../helpers/small-run.js';
import { tempDir } from '../helpers/tmp.js';

async function texts(path: string): Promise<Map<string, FieldTexts>> {
  return new Map(parseJsonl(await readFile(path, 'utf8'), path).articles.map((a) => [a.id, a]));
}

const DEVSET = new URL('../../../shared/devset/', import.meta.url).pathname;
// Whole runs with every default language, as a user's would be, but on the main thread: worker
// threads would each load every language again.

describe('bundled samples', () => {
  const samples = join(CORPORA_DIR, 'samples');
  it('`syndiq check` with no arguments checks them and keeps the report contract', async () => {
    const dir = await tempDir();
    const out = join(dir, 'latest');
    const r = await runCli(['check', '--out', out, ...MAIN_THREAD]);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as RunReport;
    expect(report.summary.articles).toBeGreaterThanOrEqual(10);
    expect(report.errors).toEqual([]);
    expectReportContract(
      report,
      await texts(join(samples, 'republished.jsonl')),
      await texts(join(samples, 'originals.jsonl')),
    );
  });
  it('`syndiq eval` runs on them and prints every figure', async () => {
    const r = await runCli(['eval', samples]);
    expect(r.code).toBe(0);
    for (const figure of [
      'article   P',
      'headline  P',
      'match accuracy',
      'orphan rejection',
      'language accuracy',
      'false issues per clean article',
      'issue recall',
    ])
      expect(r.out).toContain(figure);
    const json = await runCli(['eval', samples, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ articles: 12, article: { f1: expect.any(Number) } });
  });
});

describe.skipIf(!existsSync(DEVSET))('development corpus (skipped when absent)', () => {
  it('every devset article keeps the report contract', async () => {
    const dir = await tempDir();
    const out = join(dir, 'devset');
    const r = await runCli([
      'check',
      '--originals',
      join(DEVSET, 'originals.jsonl'),
      join(DEVSET, 'republished.jsonl'),
      '--out',
      out,
      ...MAIN_THREAD,
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as RunReport;
    expect(report.summary.articles).toBe(34);
    expectReportContract(
      report,
      await texts(join(DEVSET, 'republished.jsonl')),
      await texts(join(DEVSET, 'originals.jsonl')),
    );
  });
});
