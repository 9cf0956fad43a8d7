/**
 * The labelled development pages, when present beside the repository: every page must extract to the
 * title and body its record holds (whitespace-normalised), and every item of the feed must be read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/page.js';
import { readSources } from '../../src/ingest/sources.js';

const DEVSET = join(import.meta.dirname, '..', '..', '..', 'shared', 'devset');
const present = existsSync(join(DEVSET, 'republished.jsonl')) && existsSync(join(DEVSET, 'html'));
if (!present) console.warn(`devset tests skipped: no devset at ${DEVSET}`);

interface Rec {
  id: string;
  title: string;
  body: string;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!present)('devset pages and feed', () => {
  const records = new Map<string, Rec>(
    present
      ? readFileSync(join(DEVSET, 'republished.jsonl'), 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as Rec)
          .map((r) => [r.id, r])
      : [],
  );
  const pages = present ? readdirSync(join(DEVSET, 'html')).filter((f) => f.endsWith('.html')) : [];

  it.each(pages)('%s extracts to its record', (file) => {
    const rec = records.get(basename(file, '.html'));
    expect(rec, `record for ${file}`).toBeDefined();
    const page = extractPage(readFileSync(join(DEVSET, 'html', file), 'utf8'));
    expect(norm(page.title)).toBe(norm(rec?.title ?? ''));
    expect(page.paragraphs.map(norm)).toEqual((rec?.body ?? '').split('\n\n').map(norm));
  });

  it('reads every item of the feed, from the feed or from its linked page', async () => {
    const feed = join(DEVSET, 'feed.xml');
    const { articles, errors } = await readSources([feed], { fetch: { cacheDir: null } });
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(pages.length);
    for (const a of articles) {
      expect(a.feed).toBe(feed);
      const page = /dev-r\d+/.exec(a.input === feed ? (a.url ?? '') : a.input)?.[0] ?? '';
      const rec = records.get(page);
      expect(rec, `record for item ${a.id}`).toBeDefined();
      expect(norm(a.title)).toBe(norm(rec?.title ?? ''));
      expect(norm(a.body)).toBe(norm(rec?.body ?? ''));
    }
  });
});
