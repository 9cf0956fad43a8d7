/**
 * Where input may lead. A feed or page fetched from the web is written by strangers: its links and
 * redirects may only reach public http(s) addresses, never local files, the loopback interface,
 * private networks or a cloud metadata service. A local feed given on the command line may name
 * files beside it, but no link may climb out of its folder. Each refusal is an error entry saying why.
 *
 * The test server listens on 127.0.0.1, which the tests allow (`allowNetworks: ['127.0.0.1']`); every
 * other loopback address (127.0.0.2, ::1) stays refused, as do private and link-local ones.
 */
import { readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import type { LookupAddress } from 'node:dns';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/cli/extract.js';
import { resolveConfig } from '../../src/config/config.js';
import { AddressPolicy, type Resolver } from '../../src/ingest/address-policy.js';
import { Fetcher } from '../../src/ingest/http.js';
import { readSources } from '../../src/ingest/sources.js';
import { runCli } from '../helpers/capture.js';
import { languagesConfigFile, MAIN_THREAD } from '../helpers/small-run.js';
import { tempDir } from '../helpers/tmp.js';
import { startServer, type TestServer } from '../web/server.js';

const PAGE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'web', 'news-page.html'));
const LOOPBACK = ['127.0.0.1'];
const fetchOpts = { cacheDir: null, retries: 0, timeoutMs: 3000, allowNetworks: LOOPBACK };

/** An RSS feed of teaser items (no content), so that each link is followed. */
const rss = (links: string[]): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Partner</title>` +
  links
    .map(
      (l, i) =>
        `<item><title>Item ${i + 1}</title><link>${l.replace(/&/g, '&amp;')}</link><guid>i${i + 1}</guid></item>`,
    )
    .join('') +
  `</channel></rss>`;

let server: TestServer;
let port: string;

beforeAll(async () => {
  server = await startServer();
  port = new URL(server.url).port;
  const html = (_req: unknown, res: import('node:http').ServerResponse): void =>
    void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  server.route('/page.html', html);
  server.route('/to-file', (_q, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end());
  server.route(
    '/to-private',
    (_q, res) => void res.writeHead(302, { location: 'http://10.1.2.3/admin' }).end(),
  );
  server.route(
    '/to-loopback',
    (_q, res) => void res.writeHead(301, { location: `http://127.0.0.2:${port}/page.html` }).end(),
  );
  server.route(
    '/to-metadata',
    (_q, res) => void res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  );
});

afterAll(() => server.close());

/** Each hostile link with the reason its item must be refused. */
const HOSTILE_LINKS = (): [string, RegExp][] => [
  ['file:///etc/passwd', /^link file:\/\/\/etc\/passwd refused: a file: link in a feed is never read/],
  ['FILE:///root/.ssh/id_rsa', /refused: a file: link/],
  [`http://127.0.0.2:${port}/page.html`, /refused: 127\.0\.0\.2 is a loopback address, not a public one/],
  [`http://[::1]:${port}/page.html`, /refused: ::1 is a loopback address/],
  ['http://10.0.0.7/internal', /refused: 10\.0\.0\.7 is a private address/],
  ['http://192.168.1.1/', /refused: 192\.168\.1\.1 is a private address/],
  ['http://[fd00::1]/', /refused: fd00::1 is a private \(unique local\) address/],
  ['http://169.254.169.254/latest/meta-data/', /refused: 169\.254\.169\.254 is a link-local address/],
  ['http://0.0.0.0:80/', /refused: 0\.0\.0\.0 is an unspecified address/],
  ['http://2130706434/', /refused: 127\.0\.0\.2 is a loopback address/], // 127.0.0.2 as one number
  [`${'/'}to-file`, /refused: redirect to file:\/\/\/etc\/passwd; only http\(s\) is followed/],
  ['/to-private', /refused: 10\.1\.2\.3 is a private address.*\(http:\/\/10\.1\.2\.3\/admin\)/],
  ['/to-loopback', /refused: 127\.0\.0\.2 is a loopback address/],
  ['/to-metadata', /refused: 169\.254\.169\.254 is a link-local address/],
];

describe('a remote feed', () => {
  it('reads its public links and refuses file:, loopback, private and link-local ones, redirects too', async () => {
    const links = HOSTILE_LINKS();
    // Plain paths in a remote feed are paths on its own site, never on this machine.
    const feed = rss(['/page.html', ...links.map(([l]) => l), '/etc/passwd', '../../../../etc/passwd']);
    server.route(
      '/feed.xml',
      (_q, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed),
    );
    const { articles, errors } = await readSources([`${server.url}/feed.xml`], { fetch: fetchOpts });

    // Items in = items out: one article, one error per other item.
    expect(articles.map((a) => a.id)).toEqual(['i1']);
    expect(errors).toHaveLength(links.length + 2);
    // A link refused as written names the feed item; one refused when fetched names its URL.
    links.forEach(([link, why], k) => {
      const url = link.startsWith('file:') ? null : new URL(link, `${server.url}/feed.xml`).href;
      const e = errors.find((x) => x.input === `${server.url}/feed.xml item ${k + 2}` || x.input === url);
      expect(e, link).toBeDefined();
      expect(e!.message, link).toMatch(why);
    });
    // The paths were asked of the feed's server (404), not read from this machine's disk.
    expect(errors.filter((e) => e.input === `${server.url}/etc/passwd`)).toHaveLength(2);
    expect(errors.every((e) => !/root:/.test(e.message))).toBe(true);
    expect(server.hits.get('/etc/passwd')).toBe(2);
  });

  it('gives `syndiq extract --json` the same policy', async () => {
    const feed = rss(['/page.html', 'file:///etc/passwd', 'http://10.0.0.7/x', '/to-file']);
    server.route(
      '/extract.xml',
      (_q, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed),
    );
    const outs: string[] = [];
    const errs: string[] = [];
    const code = await runExtract(
      { inputs: [`${server.url}/extract.xml`], json: true, cache: false, allowNetwork: LOOPBACK },
      { out: (t) => void outs.push(t), err: (t) => void errs.push(t) },
    );
    expect(code).toBe(0);
    expect(outs).toHaveLength(1);
    expect(JSON.parse(outs[0] as string)).toMatchObject({
      title: 'Harbour ferry timetable doubles from May',
    });
    expect(outs.join('')).not.toMatch(/root:x:0/);
    expect(errs).toHaveLength(3);
    expect(errs.join('\n')).toMatch(/file: link in a feed is never read/);
    expect(errs.join('\n')).toMatch(/10\.0\.0\.7 is a private address/);
    expect(errs.join('\n')).toMatch(/redirect to file:\/\/\/etc\/passwd/);
  });
});

describe('the address policy', () => {
  it('refuses loopback unless allowed, on the command line too', async () => {
    const refused = await new Fetcher({ cacheDir: null, retries: 0 })
      .fetch(`${server.url}/page.html`)
      .catch((e: Error) => e);
    expect((refused as Error).message).toMatch(
      /^refused: 127\.0\.0\.1 is a loopback address, not a public one \(allow it with --allow-network\)/,
    );
    const dir = await tempDir();
    // the page is English: its runs load no other language, on the main thread
    const english = ['--config', await languagesConfigFile(dir, ['en']), ...MAIN_THREAD];
    const denied = await runCli([
      'check',
      `${server.url}/page.html`,
      '--no-cache',
      ...english,
      '--out',
      join(dir, 'a'),
    ]);
    expect(denied.code).toBe(3);
    expect(denied.err).toMatch(/127\.0\.0\.1 is a loopback address/);
    const allowed = await runCli([
      'check',
      `${server.url}/page.html`,
      '--no-cache',
      '--allow-network',
      '127.0.0.0/8',
      ...english,
      '--out',
      join(dir, 'b'),
    ]);
    expect(allowed.code).toBe(0);
    const config = join(dir, 'config.json');
    await writeFile(config, JSON.stringify({ languages: ['en'], allowNetworks: ['127.0.0.1'] }));
    const byConfig = await runCli([
      'check',
      `${server.url}/page.html`,
      '--no-cache',
      '--config',
      config,
      ...MAIN_THREAD,
      '--out',
      join(dir, 'c'),
    ]);
    expect(byConfig.code).toBe(0);
    expect(() => resolveConfig({ allowNetworks: ['10.0.0.0/33'] })).toThrow(
      /^allowNetworks: "10\.0\.0\.0\/33" is not/,
    );
    const bad = await runCli(['check', 'x.jsonl', '--allow-network', 'intranet']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--allow-network: "intranet" is not an IP address or a CIDR range/);
  });

  it('checks the addresses a host name resolves to, on the connection itself', async () => {
    // `localhost` resolves to loopback: refused through the resolver hook, before any connection.
    const e = await new Fetcher({ cacheDir: null, retries: 0 })
      .fetch(`http://localhost:${port}/page.html`)
      .catch((x: Error) => x);
    expect((e as Error).message).toMatch(
      /^refused: localhost resolves to .*a loopback address.*not a public one/,
    );
  });

  it('drops refused DNS answers and fails a name with no public one', async () => {
    const answers: Record<string, LookupAddress[]> = {
      'mixed.example': [
        { address: '10.0.0.5', family: 4 },
        { address: '93.184.215.14', family: 4 },
      ],
      'rebound.example': [
        { address: '127.0.0.1', family: 4 },
        { address: '::ffff:169.254.169.254', family: 6 },
      ],
    };
    const resolver: Resolver = (host, _o, cb) => cb(null, answers[host] ?? []);
    const policy = new AddressPolicy([], resolver);
    const ask = (host: string, all: boolean): Promise<unknown> =>
      new Promise((resolve) =>
        policy.lookup(host, { all }, (err, address, family) =>
          resolve(err ? err.message : { address, family }),
        ),
      );
    expect(await ask('mixed.example', false)).toEqual({ address: '93.184.215.14', family: 4 });
    expect(await ask('mixed.example', true)).toEqual({
      address: [{ address: '93.184.215.14', family: 4 }],
      family: undefined,
    });
    expect(await ask('rebound.example', true)).toMatch(
      /^rebound\.example resolves to 127\.0\.0\.1 \(a loopback address\), ::ffff:169\.254\.169\.254 \(a link-local address\)/,
    );
    // Allowed networks open exactly their range.
    const intranet = new AddressPolicy(['10.0.0.0/24', 'fd00::/8']);
    expect(intranet.refusal('10.0.0.200')).toBeNull();
    expect(intranet.refusal('10.0.1.1')).toBe('a private address');
    expect(intranet.refusal('fd12::1')).toBeNull();
    expect(intranet.refusal('8.8.8.8')).toBeNull();
    expect(intranet.refusal('::ffff:10.0.0.9')).toBeNull(); // IPv4-mapped: judged as IPv4
    expect(intranet.refusal('64:ff9b::a00:1')).toMatch(/reserved/); // NAT64 prefix: not public
  });
});

describe('a local feed', () => {
  it('reads files beside it and below it, refuses links that climb out, and still reads its own items', async () => {
    const root = await tempDir();
    const dir = join(root, 'feeds');
    await mkdir(join(dir, 'pages'), { recursive: true });
    await writeFile(join(dir, 'pages', 'a.html'), PAGE);
    await writeFile(join(root, 'secret.html'), PAGE);
    await symlink(join(root, 'secret.html'), join(dir, 'pages', 'escape.html'));
    const links = [
      'pages/a.html',
      '../secret.html',
      'pages/../../secret.html',
      join(root, 'secret.html'),
      `file://${join(root, 'secret.html')}`,
      'pages/escape.html',
      'http://10.0.0.7/internal',
    ];
    await writeFile(join(dir, 'feed.xml'), rss(links));
    const { articles, errors } = await readSources([join(dir, 'feed.xml'), join(root, 'secret.html')], {
      fetch: fetchOpts,
    });
    // The feed's own page, and the file given on the command line: local inputs keep working.
    expect(articles.map((a) => a.input).sort()).toEqual(
      [join(dir, 'pages', 'a.html'), join(root, 'secret.html')].sort(),
    );
    const byItem = (n: number): string =>
      errors.find((e) => e.input === `${join(dir, 'feed.xml')} item ${n}`)?.message ?? '';
    for (const n of [2, 3, 4, 6]) expect(byItem(n)).toMatch(/refused: it leads out of the feed's folder/);
    expect(byItem(5)).toMatch(/refused: a file: link in a feed is never read/);
    expect(errors.find((e) => e.input === 'http://10.0.0.7/internal')?.message).toMatch(
      /10\.0\.0\.7 is a private address/,
    );
    expect(errors).toHaveLength(6);
  });
});
