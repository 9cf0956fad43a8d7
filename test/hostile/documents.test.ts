/**
 * Hostile documents in one run: entity bombs and external entities in feeds and pages, gzip bombs
 * from a file and from a server, HTML nested 100,000 deep, invalid UTF-8, NUL bytes, right-to-left
 * overrides, ids that look like paths. Each bad item ends as an error entry or a result, the good item
 * beside it is still reported (items in = items out), no local file is read or written because of
 * an input, and the human outputs show the text inert.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model.js';
import { runCli } from '../helpers/capture.js';
import { languagesConfigFile, MAIN_THREAD } from '../helpers/small-run.js';
import { startServer, type TestServer } from '../web/server.js';

const SECRET = 'SECRET-7f3a-do-not-read';
const GOOD_BODY =
  'The city council approved the new budget for schools on Tuesday. The mayor said the money would ' +
  'repair roofs and buy books. Teachers welcomed the decision after a long debate.';
const page = (title: string, body: string, head = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>` +
  `<body><article><h1>${title}</h1><p>${body}</p><p>${GOOD_BODY}</p></article></body></html>`;

const LAUGHS =
  '<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 2} "${`&lol${i + 1};`.repeat(10)}">`).join('');

const rssItem = (id: string, title: string, body: string): string =>
  `<item><title>${title}</title><guid>${id}</guid><description>${body}</description></item>`;
const rss = (doctype: string, items: string): string =>
  `<?xml version="1.0"?>${doctype}<rss version="2.0"><channel><title>Partner</title>${items}</channel></rss>`;

/** Every file under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (!e.isDirectory()) out.push(relative(dir, join(e.parentPath, e.name)));
  return out.sort();
}

let server: TestServer;
let root: string;
let report: RunReport;
let cli: { code: number; out: string; err: string };
let before: string[];

beforeAll(async () => {
  server = await startServer();
  // 64 MB of spaces in about 64 KB: only the first 10 MB may ever be read
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
  server.route('/bomb.html', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(bomb);
  });
  server.route('/good.html', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gzipSync(page('Served page', 'Served from the test server.')));
  });

  root = await mkdtemp(join(tmpdir(), 'syndiq-documents-'));
  const dir = join(root, 'in');
  await mkdir(dir);
  await writeFile(join(root, 'secret.txt'), SECRET);
  const secretUrl = `file://${join(root, 'secret.txt')}`;

  // feeds: billion laughs (RSS and Atom) and an external entity, each beside a good item
  await writeFile(
    join(dir, 'laughs.rss'),
    rss(
      `<!DOCTYPE rss [${LAUGHS}]>`,
      rssItem('rss-bomb', 'Bomb &lol9;', `&lol9; ${GOOD_BODY}`) +
        rssItem('rss-good', 'Council approves budget', GOOD_BODY),
    ),
  );
  await writeFile(
    join(dir, 'laughs.atom'),
    `<?xml version="1.0"?><!DOCTYPE feed [${LAUGHS}]><feed xmlns="http://www.w3.org/2005/Atom"><title>P</title>` +
      `<entry><id>atom-bomb</id><title>Bomb &lol9;</title><content type="text">&lol9; ${GOOD_BODY}</content></entry>` +
      `<entry><id>atom-good</id><title>Mayor opens bridge</title><content type="text">${GOOD_BODY}</content></entry></feed>`,
  );
  await writeFile(
    join(dir, 'xxe.rss'),
    rss(
      `<!DOCTYPE rss [<!ENTITY xxe SYSTEM "${secretUrl}">]>`,
      rssItem('xxe-item', 'Leak &xxe;', `&xxe; ${GOOD_BODY}`) +
        rssItem('xxe-good', 'School roofs repaired', GOOD_BODY),
    ),
  );
  // pages: entity definitions and an external entity in the DOCTYPE, a gzip bomb, 100,000 levels deep
  await writeFile(
    join(dir, 'laughs.html'),
    `<!DOCTYPE html [${LAUGHS}]>` + page('Laughing page', '&lol9; text'),
  );
  await writeFile(
    join(dir, 'xxe.html'),
    `<!DOCTYPE html [<!ENTITY xxe SYSTEM "${secretUrl}">]>` + page('Entity page', '&xxe; text'),
  );
  await writeFile(join(dir, 'bomb.html.gz'), gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)));
  await writeFile(join(dir, 'good.html.gz'), gzipSync(page('Zipped page', 'A page read from a gzip file.')));
  await writeFile(
    join(dir, 'deep.html'),
    `<html><head><title>Deep</title></head><body>${'<div>'.repeat(100_000)}<p>${GOOD_BODY}</p>${'</div>'.repeat(100_000)}</body></html>`,
  );
  // invalid UTF-8 in a page that says it is UTF-8
  await writeFile(
    join(dir, 'bad-bytes.html'),
    Buffer.concat(
      page('Broken bytes', 'Before BROKEN after the broken bytes the text goes on about the council.')
        .split('BROKEN')
        .flatMap((part, i) => [
          ...(i ? [Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80])] : []),
          Buffer.from(part),
        ]),
    ),
  );
  // JSON Lines: path-like ids, NUL (escaped: a result; raw: not JSON), RTL overrides, invalid UTF-8
  const rec = (id: string, title: string, body = GOOD_BODY): string => JSON.stringify({ id, title, body });
  await writeFile(
    join(dir, 'records.jsonl'),
    Buffer.concat([
      Buffer.from(
        [
          rec('../../etc/passwd', 'Path id one'),
          rec('/abs', 'Path id two'),
          rec('C:\\x', 'Path id three'),
          rec('..\\..\\windows', 'Path id four'),
          rec('nul-escaped', 'Nul \u0000 in title', `NUL \u0000 inside. ${GOOD_BODY}`),
          '{"id":"nul-raw","title":"raw \u0000 byte","body":"x"}',
          rec(
            'rtl',
            'Invoice \u202etxt.exe\u202c and \u2067isolate\u2069',
            `Override \u202e reversed. ${GOOD_BODY}`,
          ),
        ].join('\n') + '\n',
      ),
      Buffer.from('{"id":"bad-utf8","title":"Bytes '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(`","body":"${GOOD_BODY}"}\n`),
      Buffer.from(rec('plain', 'Council approves budget') + '\n'),
    ]),
  );
  // the documents are English: the run loads no other language, and checks on the main thread
  const english = await languagesConfigFile(root, ['en']);
  before = await filesUnder(root);
  cli = await runCli([
    'check',
    dir,
    `${server.url}/bomb.html`,
    `${server.url}/good.html`,
    '--allow-network',
    '127.0.0.1',
    '--no-cache',
    '--timeout',
    '20',
    '--config',
    english,
    ...MAIN_THREAD,
    '--out',
    join(root, 'out'),
  ]);
  report = JSON.parse(await readFile(join(root, 'out', 'report.json'), 'utf8')) as RunReport;
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const ids = (): string[] => report.articles.map((a) => a.id);
const errorFor = (input: RegExp): string[] =>
  report.errors.filter((e) => input.test(e.input)).map((e) => `${e.line ?? ''} ${e.message}`);

describe('a run over hostile documents', () => {
  it('finishes and writes its reports', () => {
    expect([0, 1]).toContain(cli.code);
    expect(report.summary.articles).toBe(report.articles.length);
  });

  it('never expands entities: bombs stay small, and the good items beside them are reported', () => {
    for (const id of ['rss-good', 'atom-good', 'xxe-good']) expect(ids()).toContain(id);
    for (const id of ['rss-bomb', 'atom-bomb']) {
      const a = report.articles.find((x) => x.id === id);
      const e = errorFor(/laughs\.(rss|atom)$/);
      // either reported with the reference left as written, or an error entry: never expanded
      expect(a ? a.title.length + a.body.length : e.length).toBeLessThan(5_000);
    }
    const laughing = report.articles.find((a) => a.title === 'Laughing page');
    expect(laughing?.body.length ?? 0).toBeLessThan(5_000);
  });

  it('never reads a file an external entity names', async () => {
    const json = await readFile(join(root, 'out', 'report.json'), 'utf8');
    expect(json).not.toContain(SECRET);
    expect(ids()).toContain('xxe-item');
    expect(report.articles.some((a) => a.title === 'Entity page')).toBe(true);
  });

  it('caps gzip bombs from a file and from a server, and reads the good ones', () => {
    expect(errorFor(/bomb\.html\.gz$/).join()).toMatch(/over the 10 MB size cap after gunzip/);
    expect(errorFor(/\/bomb\.html$/).join()).toMatch(/over the 10 MB size cap/);
    const titles = report.articles.map((a) => a.title);
    expect(titles).toContain('Zipped page');
    expect(titles).toContain('Served page');
  });

  it('refuses a page nested 100,000 deep as an error entry', () => {
    expect(errorFor(/deep\.html$/).join()).toMatch(/nest over \d+ levels deep/);
  });

  it('reads invalid UTF-8 as replacement characters, in pages and in JSON Lines', () => {
    // a page whose bytes are not the UTF-8 it declares is decoded by detection or with U+FFFD: read either way
    const broken = report.articles.find((a) => a.title === 'Broken bytes');
    expect(broken?.body).toMatch(/Before .+ after the broken bytes/);
    expect(report.articles.find((a) => a.id === 'bad-utf8')?.title).toMatch(/^Bytes \ufffd/);
  });

  it('accounts for every JSON Lines record: escaped NUL a result, a raw NUL byte a broken line', () => {
    const fromRecords = report.articles.filter((a) => a.input.endsWith('records.jsonl')).map((a) => a.id);
    const recordErrors = errorFor(/records\.jsonl$/);
    expect(fromRecords).toEqual([
      '../../etc/passwd',
      '/abs',
      'C:\\x',
      '..\\..\\windows',
      'nul-escaped',
      'rtl',
      'bad-utf8',
      'plain',
    ]);
    expect(recordErrors).toHaveLength(1);
    expect(recordErrors[0]).toMatch(/^6 not valid JSON/);
    expect(report.articles.find((a) => a.id === 'nul-escaped')?.title).toBe('Nul \u0000 in title');
  });

  it('accounts for every input item: items in = items out', () => {
    // 2+2+2 feed items, 6 pages, 9 records, 2 URLs
    expect(report.articles.length + report.errors.length).toBe(6 + 6 + 9 + 2);
  });

  it('uses no id as a file path: the only new files are the report set', async () => {
    const after = await filesUnder(root);
    const added = after.filter((f) => !before.includes(f));
    expect(added.length).toBeGreaterThan(0);
    for (const f of added) expect(f).toMatch(/^\.out\.[^/]+\/[\w.-]+$|^out$/);
    expect(after.some((f) => /passwd|abs$|windows/.test(f))).toBe(false);
  });

  it('neutralises RTL overrides and NUL in summary.md and on the console', async () => {
    const md = await readFile(join(root, 'out', 'summary.md'), 'utf8');
    for (const text of [md, cli.out, cli.err]) {
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(text).not.toContain('\u0000');
    }
  });
});
