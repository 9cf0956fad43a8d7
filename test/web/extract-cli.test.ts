import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../src/cli/extract.js';
import type { Output } from '../../src/cli/shared.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');

function capture(): Output & { outs: string[]; errs: string[] } {
  const outs: string[] = [];
  const errs: string[] = [];
  return { outs, errs, out: (t) => void outs.push(t), err: (t) => void errs.push(t) };
}

describe('syndiq extract', () => {
  it('prints one JSON line per page or feed item', async () => {
    const io = capture();
    const code = await runExtract(
      { inputs: [join(FIX, 'feed-rss.xml'), join(FIX, 'feed.json')], json: true, cache: false },
      io,
    );
    expect(code).toBe(0);
    expect(io.errs).toEqual([]);
    const records = io.outs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toHaveLength(4);
    for (const r of records)
      expect(Object.keys(r)).toEqual(['id', 'input', 'url', 'title', 'body', 'published', 'lang', 'chrome']);
    expect(records[1]).toMatchObject({
      input: join(FIX, 'news-page.html'),
      title: 'Harbour ferry timetable doubles from May',
      lang: 'en',
    });
    expect((records[1]?.chrome as unknown[]).length).toBeGreaterThan(0);
    expect(records[3]).toMatchObject({ title: 'Bus shelter repaired', url: null, published: null });
  });

  it('shows title, body and chrome for people, and reports bad inputs on stderr', async () => {
    const io = capture();
    const code = await runExtract(
      { inputs: [join(FIX, 'news-page.html'), join(FIX, 'truncated.xml')], cache: false },
      io,
    );
    expect(code).toBe(0);
    const text = io.outs.join('');
    expect(text).toContain('title: Harbour ferry timetable doubles from May');
    expect(text).toContain('lang: en');
    expect(text).toContain('[breadcrumb] Home › News › Harbour ferry timetable doubles...');
    expect(io.errs).toEqual([expect.stringMatching(/truncated\.xml: malformed XML at line \d+/)]);
  });

  it('fails when nothing could be read', async () => {
    const io = capture();
    expect(await runExtract({ inputs: [join(FIX, 'no-article.html')], cache: false }, io)).toBe(3);
    expect(io.errs[0]).toContain('no-article.html: no article text found on the page');
  });
});
