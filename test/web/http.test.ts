import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, Fetcher, USER_AGENT } from '../../src/ingest/http.js';
import { VERSION } from '../../src/version.js';
import { startServer, type TestServer } from './server.js';

// The test server listens on 127.0.0.1, which syndiq refuses unless allowed.
const LOOPBACK = { allowNetworks: ['127.0.0.1'] };

let server: TestServer;
let cacheDir: string;

beforeAll(async () => {
  server = await startServer();
  cacheDir = await mkdtemp(join(tmpdir(), 'syndiq-http-'));
  server.route('/etag', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' })
      .end('<p>cached body</p>');
  });
  server.route('/modified', (req, res) => {
    const lm = 'Tue, 01 Apr 2025 09:00:00 GMT';
    if (req.headers['if-modified-since'] === lm) return void res.writeHead(304).end();
    res.writeHead(200, { 'last-modified': lm }).end('dated body');
  });
  server.route('/slow', (_req, res) => {
    const t = setTimeout(() => res.end('too late'), 3000);
    res.on('close', () => clearTimeout(t));
  });
  let flaky = 0;
  server.route('/flaky', (_req, res) => {
    flaky++;
    if (flaky < 3) return void res.writeHead(503).end('busy');
    res.writeHead(200).end('third time lucky');
  });
  server.route('/always-500', (_req, res) => void res.writeHead(500).end('broken'));
  server.route('/gone', (_req, res) => void res.writeHead(410).end('gone'));
  for (let i = 0; i < 6; i++)
    server.route(`/hop${i}`, (_req, res) => void res.writeHead(302, { location: `/hop${i + 1}` }).end());
  server.route('/hop6', (_req, res) => void res.writeHead(200).end('arrived'));
  server.route('/loop-a', (_req, res) => void res.writeHead(301, { location: '/loop-b' }).end());
  server.route('/loop-b', (_req, res) => void res.writeHead(301, { location: '/loop-a' }).end());
  // An endless body: written chunk by chunk until the client goes away (bounded to 1 GB).
  server.route('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < 1024 ** 3) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (sent = 1024 ** 3));
    pump();
  });
  server.route('/declared-huge', (_req, res) => {
    res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
    res.write('x');
  });
  // 4 MB of text that travels as a few KB of gzip.
  const zipped = gzipSync(Buffer.alloc(4 * 1024 * 1024, 'z'));
  server.route(
    '/gzip-bomb',
    (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zipped),
  );
  server.route('/ua', (req, res) => void res.end(req.headers['user-agent'] ?? ''));
  server.route('/parallel', (_req, res) => void setTimeout(() => res.end('ok'), 100));
});

afterAll(async () => {
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
});

const quick = { retries: 2, backoffMs: 10, timeoutMs: 1000 };

describe('Fetcher', () => {
  it('sends a User-Agent naming syndiq and its version', async () => {
    const res = await new Fetcher({ ...LOOPBACK, cacheDir: null }).fetch(`${server.url}/ua`);
    expect(res.body.toString()).toBe(USER_AGENT);
    expect(USER_AGENT).toContain(`syndiq/${VERSION}`);
  });

  it('re-uses the cached body on 304 (ETag)', async () => {
    const f = new Fetcher({ ...LOOPBACK, cacheDir });
    const first = await f.fetch(`${server.url}/etag`);
    expect(first.fromCache).toBe(false);
    const second = await new Fetcher({ ...LOOPBACK, cacheDir }).fetch(`${server.url}/etag`);
    expect(second.fromCache).toBe(true);
    expect(second.body.toString()).toBe('<p>cached body</p>');
    expect(second.contentType).toBe('text/html; charset=utf-8');
    expect((await readdir(cacheDir)).length).toBeGreaterThanOrEqual(2);
  });

  it('treats a damaged cache entry as a miss', async () => {
    const { writeFile } = await import('node:fs/promises');
    const { createHash } = await import('node:crypto');
    const url = `${server.url}/etag`;
    const key = createHash('sha256').update(url).digest('hex');
    await writeFile(join(cacheDir, `${key}.json`), '{ not json');
    const res = await new Fetcher({ ...LOOPBACK, cacheDir }).fetch(url);
    expect(res.fromCache).toBe(false);
    expect(res.body.toString()).toBe('<p>cached body</p>');
  });

  it('re-uses the cached body on 304 (Last-Modified)', async () => {
    await new Fetcher({ ...LOOPBACK, cacheDir }).fetch(`${server.url}/modified`);
    const again = await new Fetcher({ ...LOOPBACK, cacheDir }).fetch(`${server.url}/modified`);
    expect(again.fromCache).toBe(true);
    expect(again.body.toString()).toBe('dated body');
  });

  it('times out a slow response, retrying before giving up', async () => {
    const f = new Fetcher({ ...LOOPBACK, cacheDir: null, timeoutMs: 200, retries: 1, backoffMs: 10 });
    const before = server.hits.get('/slow') ?? 0;
    await expect(f.fetch(`${server.url}/slow`)).rejects.toThrow(
      /timed out after 0\.2 s \(after 2 attempts\)/,
    );
    expect((server.hits.get('/slow') ?? 0) - before).toBe(2);
  });

  it('stops at the overall deadline', async () => {
    const f = new Fetcher({ ...LOOPBACK, cacheDir: null, timeoutMs: 5000, deadlineMs: 150, retries: 3 });
    await expect(f.fetch(`${server.url}/slow`)).rejects.toThrow(/deadline/);
  });

  it('retries 5xx with backoff and succeeds', async () => {
    const res = await new Fetcher({ ...LOOPBACK, cacheDir: null, ...quick }).fetch(`${server.url}/flaky`);
    expect(res.body.toString()).toBe('third time lucky');
    expect(server.hits.get('/flaky')).toBe(3);
  });

  it('gives up on a lasting 500 and says so', async () => {
    await expect(
      new Fetcher({ ...LOOPBACK, cacheDir: null, ...quick }).fetch(`${server.url}/always-500`),
    ).rejects.toThrow('HTTP 500 Internal Server Error (after 3 attempts)');
  });

  it('does not retry 4xx', async () => {
    await expect(
      new Fetcher({ ...LOOPBACK, cacheDir: null, ...quick }).fetch(`${server.url}/gone`),
    ).rejects.toThrow('HTTP 410 Gone');
    expect(server.hits.get('/gone')).toBe(1);
  });

  it('follows up to 5 redirects and no more', async () => {
    const ok = await new Fetcher({ ...LOOPBACK, cacheDir: null }).fetch(`${server.url}/hop1`);
    expect(ok.body.toString()).toBe('arrived');
    expect(ok.finalUrl).toBe(`${server.url}/hop6`);
    await expect(new Fetcher({ ...LOOPBACK, cacheDir: null }).fetch(`${server.url}/hop0`)).rejects.toThrow(
      'too many redirects (more than 5)',
    );
  });

  it('detects a redirect loop', async () => {
    const err = await new Fetcher({ ...LOOPBACK, cacheDir: null })
      .fetch(`${server.url}/loop-a`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).message).toMatch(/redirect loop/);
    expect((err as FetchError).url).toBe(`${server.url}/loop-a`);
  });

  it('cuts off an endless body at the size cap while streaming', async () => {
    const f = new Fetcher({ ...LOOPBACK, cacheDir: null, maxBytes: 1024 * 1024 });
    await expect(f.fetch(`${server.url}/huge`)).rejects.toThrow('over the 1 MB size cap');
  });

  it('applies the size cap after gunzip', async () => {
    await expect(
      new Fetcher({ ...LOOPBACK, cacheDir: null, maxBytes: 1024 * 1024 }).fetch(`${server.url}/gzip-bomb`),
    ).rejects.toThrow('over the 1 MB size cap');
    const ok = await new Fetcher({ ...LOOPBACK, cacheDir: null }).fetch(`${server.url}/gzip-bomb`);
    expect(ok.body.length).toBe(4 * 1024 * 1024);
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    await expect(
      new Fetcher({ ...LOOPBACK, cacheDir: null }).fetch(`${server.url}/declared-huge`),
    ).rejects.toThrow('response is 50 MB, over the 10 MB size cap');
  });

  it('limits requests in flight per host', async () => {
    server.maxInFlight = 0;
    const f = new Fetcher({ ...LOOPBACK, cacheDir: null, perHost: 2 });
    await Promise.all(Array.from({ length: 6 }, () => f.fetch(`${server.url}/parallel`)));
    expect(server.maxInFlight).toBe(2);
  });

  it('rejects what is not an http(s) URL', async () => {
    await expect(new Fetcher({ ...LOOPBACK, cacheDir: null }).fetch('ftp://example.org/x')).rejects.toThrow(
      'not a valid http(s) URL',
    );
  });
});
