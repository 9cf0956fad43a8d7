import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindOfPath, readSources } from '../../src/ingest/sources.js';
import { resolveLink } from '../../src/ingest/web.js';
import { startServer, type TestServer } from './server.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');
const fx = (name: string): string => join(FIX, name);
const page = readFileSync(fx('news-page.html'));
// The test server listens on 127.0.0.1, which syndiq refuses unless allowed.
const LOOPBACK = ['127.0.0.1'];
const noCache = { fetch: { cacheDir: null, retries: 0, timeoutMs: 2000, allowNetworks: LOOPBACK } };

// A page in windows-1251 with no charset anywhere: written for this test.
const CYRILLIC_PAGE =
  '<!DOCTYPE html><html lang="uk"><head><title>Мер оголосив про ремонт мосту</title></head><body>' +
  '<article><h1>Мер оголосив про ремонт мосту</h1>' +
  '<p>Ремонт старого мосту через річку почнеться наступного місяця і триватиме до кінця осені, повідомив міський голова.</p>' +
  '<p>На роботи з міського бюджету виділили дванадцять мільйонів гривень. Рух транспорту на час ремонту буде обмежено.</p>' +
  '<p>Пішоходи зможуть користуватися тимчасовим переходом, який облаштують поруч із мостом до початку робіт.</p>' +
  '</article></body></html>';

let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startServer();
  dir = await mkdtemp(join(tmpdir(), 'syndiq-sources-'));
  const rss = readFileSync(fx('feed-rss.xml'), 'utf8');
  server.route(
    '/feeds/rss.xml',
    (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss),
  );
  server.route(
    '/feeds/news-page.html',
    (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page),
  );
  server.route(
    '/cyrillic.html',
    (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(iconv.encode(CYRILLIC_PAGE, 'windows-1251')),
  );
  server.route(
    '/page-as-feed-link.html',
    (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
  );
  server.route(
    '/image.html',
    (_req, res) =>
      void res.writeHead(200, { 'content-type': 'image/png' }).end(readFileSync(fx('binary.html'))),
  );
  server.route('/server-error.html', (_req, res) => void res.writeHead(500).end('broken'));
  server.route('/slow.html', (_req, res) => {
    const t = setTimeout(() => res.end(page), 5000);
    res.on('close', () => clearTimeout(t));
  });
  server.route('/loop.html', (_req, res) => void res.writeHead(302, { location: '/loop.html' }).end());
  server.route(
    '/broken-feed.xml',
    (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end('<?xml version="1.0"?><rss><channel><item><title>x'),
  );
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('kindOfPath', () => {
  it('maps names to kinds', () => {
    expect(kindOfPath('a/b.html.gz')).toBe('page');
    expect(kindOfPath('x.HTM')).toBe('page');
    expect(kindOfPath('feed.rss')).toBe('feed');
    expect(kindOfPath('feed.json')).toBe('json');
    expect(kindOfPath('data.ndjson')).toBe('jsonl');
    expect(kindOfPath('notes.txt')).toBeNull();
  });
});

describe('readSources on files', () => {
  it('reads an RSS feed: full content from the feed, a teaser from its linked page', async () => {
    const { articles, errors } = await readSources([fx('feed-rss.xml')], noCache);
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['cd-1001', 'cd-1002']);
    const [full, teaser] = articles;
    expect(full).toMatchObject({
      feed: fx('feed-rss.xml'),
      input: fx('feed-rss.xml'),
      lang: 'en',
      author: 'Tom Avery',
    });
    expect(full?.url).toBe('https://coastline-daily.example/2025/04/01/pier-lights/');
    expect(full?.body).toBe(
      "The pier's forty lamps now run on solar panels fitted over the winter.\n\n" +
        'Engineers said &nbsp; the panels would save 3,200 pounds a year.\n\n' +
        'Fish & chips stalls on the pier will get their own meters next year.',
    );
    expect(teaser).toMatchObject({
      input: fx('news-page.html'),
      feed: fx('feed-rss.xml'),
      title: 'Harbour ferry timetable doubles from May',
    });
    expect(teaser?.body).toMatch(/^The harbour ferry will run twice as often/);
    expect(teaser?.chrome?.length).toBeGreaterThan(3);
    expect(teaser?.charset).toBe('utf-8');
  });

  it('reads RDF, Atom and JSON Feed files, and .json JSON Lines', async () => {
    const { articles, errors } = await readSources(
      [fx('feed-rdf.xml'), fx('feed-atom.xml'), fx('feed.json'), fx('records.json')],
      noCache,
    );
    expect(errors).toEqual([]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    expect(byId.get('https://valley-post.example/artikel/brueckensanierung')?.body).toBe(
      'Die Sanierung der alten Steinbrücke beginnt am 7. Juli.\n\nDer Gemeinderat hat dafür 1,2 Millionen Euro bereitgestellt.',
    );
    expect(byId.get('urn:riverain:piste-2025')).toMatchObject({
      lang: 'fr',
      body: 'La piste reliera la gare au lycée & au stade.\n\nElle mesurera 2,4 kilomètres.',
    });
    expect(byId.get('urn:riverain:pont-2025')?.body).toBe(
      'Le pont sera fermé mardi.\n\nUne déviation est prévue par le quai.',
    );
    expect(byId.get('ht-77')).toMatchObject({ title: 'Library extends opening hours', author: 'R. Osei' });
    expect(byId.get('ht-78')?.body).toBe(
      'The bus shelter on Mill Road has been repaired.\n\nNew glass panels were fitted on Monday.',
    );
    expect(byId.get('jl-1')?.feed).toBeUndefined();
    expect(byId.get('jl-2')?.title).toBe('Another record');
  });

  it('reads gzipped pages, with the canonical URL as id', async () => {
    const { articles } = await readSources([fx('news-page-copy.html.gz')], noCache);
    expect(articles[0]).toMatchObject({
      id: 'https://coastline-daily.example/2025/04/02/harbour-ferry-timetable/',
      title: 'Harbour ferry timetable doubles from May',
    });
  });

  it('reports each bad input by name and still reads the rest', async () => {
    const inputs = [
      fx('truncated.xml'),
      fx('empty-feed.xml'),
      fx('no-article.html'),
      fx('binary.html'),
      fx('missing.html'),
      fx('feed.json'),
    ];
    const { articles, errors } = await readSources(inputs, noCache);
    expect(articles.map((a) => a.id)).toEqual(['ht-77', 'ht-78']);
    expect(errors).toEqual([
      { input: fx('truncated.xml'), message: expect.stringMatching(/^malformed XML at line \d+/) },
      { input: fx('empty-feed.xml'), message: 'the rss feed has no items' },
      { input: fx('no-article.html'), message: 'no article text found on the page' },
      { input: fx('binary.html'), message: 'binary content, not an HTML page' },
      { input: fx('missing.html'), message: 'no such file or directory' },
    ]);
  });

  it('caps gunzipped size', async () => {
    const { errors } = await readSources([fx('news-page-copy.html.gz')], {
      fetch: { cacheDir: null, maxBytes: 3000 },
    });
    expect(errors[0]?.message).toBe('over the 2.9 KB size cap after gunzip');
  });

  it('picks up pages and feeds in a directory', async () => {
    const sub = join(dir, 'mixed');
    await writeFile(join(dir, 'ignored.txt'), 'not an input');
    await import('node:fs/promises').then((fs) => fs.mkdir(sub));
    await copyFile(fx('news-page.html'), join(sub, 'page.html'));
    await copyFile(fx('feed-atom.xml'), join(sub, 'atom.xml'));
    const { articles, errors } = await readSources([sub], noCache);
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(4);
  });
});

describe('readSources on URLs', () => {
  it('reads a remote feed and resolves a relative teaser link against the feed URL', async () => {
    const feedXml = readFileSync(fx('feed-rss.xml'), 'utf8');
    expect(feedXml).toContain('<link>news-page.html</link>');
    const { articles, errors } = await readSources([`${server.url}/feeds/rss.xml`], noCache);
    expect(errors).toEqual([]);
    expect(articles[1]).toMatchObject({
      id: 'cd-1002',
      input: `${server.url}/feeds/news-page.html`,
      feed: `${server.url}/feeds/rss.xml`,
    });
  });

  it('decodes a windows-1251 page with no declared charset', async () => {
    const { articles } = await readSources([`${server.url}/cyrillic.html`], noCache);
    expect(articles[0]).toMatchObject({
      charset: 'windows-1251',
      lang: 'uk',
      title: 'Мер оголосив про ремонт мосту',
    });
    expect(articles[0]?.body).toContain('дванадцять мільйонів гривень');
    expect(articles[0]?.id).toBe(`${server.url}/cyrillic.html`);
  });

  it('names the URL and the reason for each failure', async () => {
    const inputs = [
      `${server.url}/server-error.html`,
      `${server.url}/slow.html`,
      `${server.url}/loop.html`,

      `${server.url}/nowhere.html`,
      `${server.url}/image.html`,
      `${server.url}/broken-feed.xml`,
      `${server.url}/page-as-feed-link.html`,
    ];
    const { articles, errors } = await readSources(inputs, {
      fetch: { cacheDir: null, retries: 1, backoffMs: 10, timeoutMs: 1000, allowNetworks: LOOPBACK },
    });
    expect(articles).toHaveLength(1);
    expect(errors).toEqual([
      {
        input: `${server.url}/server-error.html`,
        message: 'HTTP 500 Internal Server Error (after 2 attempts)',
      },
      { input: `${server.url}/slow.html`, message: 'timed out after 1 s (after 2 attempts)' },
      { input: `${server.url}/loop.html`, message: `redirect loop at ${server.url}/loop.html` },
      { input: `${server.url}/nowhere.html`, message: 'HTTP 404 Not Found' },
      { input: `${server.url}/image.html`, message: 'not an HTML page: content type image/png' },
      { input: `${server.url}/broken-feed.xml`, message: expect.stringMatching(/^malformed XML/) },
    ]);
  });
});

describe('resolveLink', () => {
  it('resolves against a feed file or a feed URL', () => {
    expect(resolveLink('html/a.html', 'feeds/feed.xml')).toEqual({ path: join('feeds', 'html', 'a.html') });
    expect(resolveLink('html/a.html#respond', 'feed.xml')).toEqual({ path: join('html', 'a.html') });
    expect(resolveLink('a.html', 'x', 'https://example.org/feeds/rss.xml')).toEqual({
      url: 'https://example.org/feeds/a.html',
    });
    expect(resolveLink('https://example.org/b', 'feed.xml')).toEqual({ url: 'https://example.org/b' });
    expect(resolveLink('mailto:desk@example.org', 'feed.xml')).toBeNull();
    expect(resolveLink('/2025/04/story/', 'feed.xml', undefined, 'https://example.org/feed/')).toEqual({
      url: 'https://example.org/2025/04/story/',
    });
  });

  it('never leads a feed to a file: URL, and a remote feed never to a path', () => {
    for (const feedUrl of [undefined, 'https://example.org/feed.xml'])
      expect(resolveLink('file:///etc/passwd', 'feed.xml', feedUrl)).toEqual({
        refused: expect.stringMatching(/^link file:\/\/\/etc\/passwd refused: a file: link/),
      });
    expect(resolveLink('/etc/passwd', 'x', 'https://example.org/feeds/rss.xml')).toEqual({
      url: 'https://example.org/etc/passwd',
    });
    expect(resolveLink('../../etc/passwd', 'x', 'https://example.org/feeds/rss.xml')).toEqual({
      url: 'https://example.org/etc/passwd',
    });
  });
});
