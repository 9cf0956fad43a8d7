/**
 * Two nights of `syndiq check` against a feed served from 127.0.0.1, alerts going to a local webhook:
 * the second night re-checks only what changed, raises the trend alert, and does not send the same
 * article alert again; a webhook that is down on the first night receives the pending alerts on the next.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model.js';
import { runCli } from '../helpers/capture.js';
import { MAIN_THREAD } from '../helpers/small-run.js';
import { tempDir } from '../helpers/tmp.js';
import { startServer, type TestServer } from '../web/server.js';

// Written for these tests: two originals and their republished copies, one clean and one damaged.
const ORIGINALS = [
  {
    id: 'o-harbour',
    lang: 'en',
    title: 'Harbour ferry returns after winter repairs',
    body: 'The harbour ferry between Portmere and Cale Island runs again from Monday after three months of repairs.\n\nThe operator said tickets keep their price of £4.50 and the first crossing leaves at 7am.',
  },
  {
    id: 'o-orchard',
    lang: 'en',
    title: 'Village orchard plants forty heritage apple trees',
    body: 'Volunteers in Hollinford planted forty heritage apple trees in the community orchard on Saturday.\n\nThe parish council paid £2,300 for the saplings, which come from a nursery in Herefordshire.',
  },
];

const CLEAN = {
  id: 'r-harbour',
  url: 'https://partner.example/harbour',
  title: 'Harbour ferry back after winter repairs',
  content_text:
    'The harbour ferry between Portmere and Cale Island runs again from Monday after three months of repairs.\n\nThe operator said tickets keep their price of £4.50 and the first crossing leaves at 7am.',
};
const DAMAGED = {
  id: 'r-orchard',
  url: 'https://partner.example/orchard',
  title: 'Village orchard plants forty heritage apple trees',
  content_text:
    'Volunteers in Hollinford planted forty heritage apple trees trees in the the community orchard on Saturday. .entry-meta{display:none}\n\nThe parish council paid £2,300 for the saplings, which come from a nursery in Herefordshire.\n\nLeave a Reply Cancel reply',
};
const WORSE = {
  id: 'r-orchard-2',
  url: 'https://partner.example/orchard-2',
  title: 'Village orchard plants forty heritage apple trees',
  content_text:
    'Volunteers in Hollinford planted forty heritage apple apple trees in the the community orchard on Saturday. <div class="share">Share Tweet</div>\n\nThe parish council paid £9,300 for the saplings, which come from a nursery in Herefordshire. Leave a Reply Cancel reply',
};

const feed = (items: object[]): string =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Partner', items });

interface Hook {
  bodies: unknown[];
  status: number;
}

let server: TestServer;
let feedItems: object[] = [CLEAN, DAMAGED];
const hook: Hook = { bodies: [], status: 200 };

beforeAll(async () => {
  server = await startServer();
  server.route('/feed.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/feed+json' }).end(feed(feedItems));
  });
  server.route('/hook', (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      hook.bodies.push(JSON.parse(body));
      res.writeHead(hook.status).end();
    });
  });
});

afterAll(() => server.close());

async function night(
  dir: string,
  out: string,
  extra: string[] = [],
): Promise<{
  code: number;
  err: string;
  report: RunReport;
  alerts: { alerts: { rule: string; new: boolean; article: { id: string } | null }[] };
}> {
  const r = await runCli([
    'check',
    `${server.url}/feed.json`,
    '-o',
    join(dir, 'originals.jsonl'),
    '--allow-network',
    '127.0.0.1',
    '--config',
    join(dir, 'syndiq.config.json'),
    '--cache-dir',
    join(dir, 'cache'),
    '--out',
    out,
    '--verbose',
    ...MAIN_THREAD,
    ...extra,
  ]);
  const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as RunReport;
  const alerts = JSON.parse(await readFile(join(out, 'alerts.json'), 'utf8'));
  return { code: r.code, err: r.err, report, alerts };
}

describe('two nights', () => {
  it('caches, raises the trend alert, sends an article alert once, and retries a webhook that was down', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'originals.jsonl'), ORIGINALS.map((o) => JSON.stringify(o)).join('\n'));
    await writeFile(
      join(dir, 'syndiq.config.json'),
      JSON.stringify({
        // the articles are English: no other language's resources to load
        languages: ['en'],
        feeds: [{ name: 'partner', url: `${server.url}/feed.json`, lang: 'en' }],
        alerts: { article: { scoreBelow: 90 }, trend: { dropPoints: 1, lastRuns: 5 } },
        sinks: { webhook: { url: `${server.url}/hook`, retries: 0 } },
      }),
    );
    const out = join(dir, 'reports');

    // Night 1: the damaged article alerts; the webhook gets one batch.
    const first = await night(dir, out);
    expect(first.report.articles.map((a) => a.id).sort()).toEqual(['r-harbour', 'r-orchard']);
    const damaged = first.report.articles.find((a) => a.id === 'r-orchard')!;
    expect(damaged.score).toBeLessThan(90);
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/result cache: 0 unchanged, 2 checked/);
    expect(first.alerts.alerts).toEqual([
      expect.objectContaining({
        rule: 'article.scoreBelow',
        new: true,
        article: expect.objectContaining({ id: 'r-orchard' }),
      }),
    ]);
    expect(hook.bodies).toHaveLength(1);
    expect(await readFile(join(out, 'junit.xml'), 'utf8')).toMatch(
      /<testcase classname="partner" name="r-orchard: /,
    );
    expect(hook.bodies[0]).toMatchObject({
      tool: 'syndiq',
      alerts: [{ rule: 'article.scoreBelow', feed: 'partner' }],
    });

    // Night 2: one worse article joins; the two unchanged ones come from the cache.
    feedItems = [CLEAN, DAMAGED, WORSE];
    const second = await night(dir, out);
    expect(second.err).toMatch(/result cache: 2 unchanged, 1 checked/);
    const rules = second.alerts.alerts.map((a) => `${a.rule}:${a.article?.id ?? ''}:${a.new}`).sort();
    expect(rules).toEqual([
      'article.scoreBelow:r-orchard-2:true',
      'article.scoreBelow:r-orchard:false',
      'trend::true',
    ]);
    expect(hook.bodies).toHaveLength(2);
    const sent = (hook.bodies[1] as { alerts: { rule: string; article: { id: string } | null }[] }).alerts;
    expect(sent.map((a) => a.article?.id ?? a.rule).sort()).toEqual(['r-orchard-2', 'trend']);
    const history = (await readFile(join(out, 'history.jsonl'), 'utf8')).trim().split('\n');
    expect(history).toHaveLength(2);
    const summary = await readFile(join(out, 'summary.md'), 'utf8');
    expect(summary).toMatch(/## Trends \(last 2 runs\)/);
    expect(summary).toMatch(/\| partner \| [\d.]+ \| -[\d.]+ \|/);

    // A webhook that is down: the batch stays pending and goes out first on the next run.
    const out2 = join(dir, 'reports-2');
    hook.status = 500;
    const down = await night(dir, out2);
    expect(down.code).toBe(1);
    expect(down.err).toMatch(/webhook .*HTTP 500.*kept to retry on the next run/);
    const pending = JSON.parse(await readFile(join(out2, 'alert-state.json'), 'utf8')) as {
      pending: unknown[];
    };
    expect(pending.pending).toHaveLength(1);
    hook.status = 200;
    const before = hook.bodies.length;
    const up = await night(dir, out2);
    expect(up.err).toMatch(/webhook: 1 batch\(es\) delivered, 0 pending/);
    // The pending batch is delivered; the unchanged articles do not alert again.
    expect(hook.bodies.length).toBe(before + 1);
    const delivered = hook.bodies.at(-1) as { alerts: { article: { id: string } | null }[] };
    expect(delivered.alerts.map((a) => a.article?.id).sort()).toEqual(['r-orchard', 'r-orchard-2']);
  });
});
