/** `syndiq check` on a URL: HTTP settings from the command line reach the fetcher. */
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model.js';
import { runCli } from '../helpers/capture.js';
import { languagesConfigFile, MAIN_THREAD } from '../helpers/small-run.js';
import { tempDir } from '../helpers/tmp.js';

const PAGE = await readFile(new URL('../fixtures/web/news-page.html', import.meta.url), 'utf8');
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/news/page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' });
      res.end(PAGE);
    } else if (req.url === '/slow') {
      setTimeout(() => res.end(PAGE), 3000);
    } else {
      res.writeHead(404).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Flags of a run over the (English) page: English only, on the main thread; the config in a folder of its own. */
const small = async (): Promise<string[]> => [
  '--config',
  await languagesConfigFile(await tempDir(), ['en']),
  ...MAIN_THREAD,
];

describe('syndiq check on URLs', () => {
  it('checks a page, stores it in --cache-dir, and reports a 404 without losing the page', async () => {
    const dir = await tempDir();
    const cache = join(dir, 'cache');
    const out = join(dir, 'out');
    const r = await runCli([
      'check',
      '--allow-network',
      '127.0.0.1',
      `${base}/news/page.html`,
      `${base}/missing.html`,
      '--cache-dir',
      cache,
      '--out',
      out,
      ...(await small()),
    ]);
    // The 404 is an input error: printed, and an alert by default.
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.html: .*404/);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as RunReport;
    expect(report.articles).toHaveLength(1);
    expect(report.errors).toEqual([{ input: `${base}/missing.html`, message: expect.stringMatching(/404/) }]);
    expect((await readdir(cache)).length).toBeGreaterThan(0);
  });

  it('--no-cache writes no cache and --timeout cuts a slow response', async () => {
    const dir = await tempDir();
    const out = join(dir, 'out');
    const r = await runCli([
      'check',
      '--allow-network',
      '127.0.0.1',
      `${base}/slow`,
      `${base}/news/page.html`,
      '--no-cache',
      '--timeout',
      '0.5',
      '--out',
      out,
      ...(await small()),
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as RunReport;
    expect(report.articles).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({
      input: `${base}/slow`,
      message: expect.stringMatching(/time/i),
    });
    // --no-cache wins over --cache-dir: nothing is stored.
    // The output folder is a link to its hidden report set; no cache folder beside it.
    expect((await readdir(dir)).filter((name) => !name.startsWith('.'))).toEqual(['out']);
  });

  it('rejects a timeout that is not a positive number', async () => {
    const r = await runCli(['check', `${base}/news/page.html`, '--timeout', '-1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--timeout must be a positive number of seconds/);
  });
});
