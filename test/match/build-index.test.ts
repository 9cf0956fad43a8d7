import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { indexOriginals } from '../../src/match/build/build-index.js';
import { addToIndexFile, buildIndexFile, indexFileStats } from '../../src/match/persistent.js';
import { SqliteOriginalsStore } from '../../src/match/store/sqlite.js';
import type { Original } from '../../src/model.js';
import { tempDir } from '../helpers/tmp.js';
import { ORIGINALS, article } from './articles.js';

const langs = DEFAULT_CONFIG.languages;

/** Enough originals that the builder starts workers: variations on the fixtures, each with its own figures. */
function archive(count: number): Original[] {
  return Array.from({ length: count }, (_, i) => {
    const base = ORIGINALS[i % ORIGINALS.length]!;
    const paragraphs = base.body.split(/\n\n/).map((p) => `${p} ${1000 + i * 7}`);
    return article(`v${i}`, `${base.title} ${i}`, paragraphs, base.lang);
  });
}

/** Every table of an index file, row by row: two builds are the same file when these are equal. */
function contents(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of ['meta', 'docs', 'postings', 'facts', 'provenance'])
      out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
    return out;
  } finally {
    db.close();
  }
}

async function build(path: string, originals: Iterable<Original>, workers: number) {
  const store = new SqliteOriginalsStore(path, { bulk: true });
  try {
    const counts = await indexOriginals(store, originals, { languages: langs, workers, batch: 150 });
    store.finish();
    return counts;
  } finally {
    store.close();
  }
}

describe('building an index on worker threads', () => {
  it('writes the same file with workers as on one thread, batch by batch in stream order', async () => {
    const dir = await tempDir();
    const originals = archive(700);
    expect(await build(join(dir, 'one.db'), originals, 0)).toEqual({ added: 700, skipped: 0 });
    expect(await build(join(dir, 'two.db'), originals, 2)).toEqual({ added: 700, skipped: 0 });
    const one = contents(join(dir, 'one.db'));
    expect(one.docs).toHaveLength(700);
    // 700 originals in batches of 150: five batches of postings and facts
    expect(one.facts).toHaveLength(5);
    expect(contents(join(dir, 'two.db'))).toEqual(one);
  });

  it('skips ids already in the index and ids repeated in the stream, from a generator', async () => {
    const dir = await tempDir();
    const path = join(dir, 'index.db');
    const originals = archive(600);
    await build(path, originals.slice(0, 100), 0);
    function* stream(): Generator<Original> {
      yield* originals;
      yield originals[450]!;
    }
    const store = new SqliteOriginalsStore(path);
    try {
      const counts = await indexOriginals(store, stream(), { languages: langs, workers: 2 });
      expect(counts).toEqual({ added: 500, skipped: 101 });
      expect(store.size).toBe(600);
      expect(store.docOf('v450')).toBe(450);
    } finally {
      store.close();
    }
    // into an empty store, where ids are first compared by hash
    const fresh = new SqliteOriginalsStore(join(dir, 'fresh.db'));
    try {
      const counts = await indexOriginals(fresh, stream(), { languages: langs, workers: 0 });
      expect(counts).toEqual({ added: 600, skipped: 1 });
      expect(fresh.docOf('v599')).toBe(599);
    } finally {
      fresh.close();
    }
  });
});

describe('index files from JSON Lines archives', () => {
  const line = (o: Original): string => JSON.stringify({ ...o, input: undefined });

  it('streams an archive: a broken line is reported with its file and line, the rest is indexed', async () => {
    const dir = await tempDir();
    const file = join(dir, 'archive.jsonl');
    const [a, b, c] = archive(3);
    writeFileSync(file, [line(a!), '{"id": "broken", ', line(b!), line(c!)].join('\n') + '\n');
    const db = join(dir, 'index.db');
    const report = await buildIndexFile({ originals: [file], db, config: DEFAULT_CONFIG, workers: 0 });
    expect(report).toMatchObject({ added: 3, skipped: 0, total: 3 });
    expect(report.errors).toEqual([expect.objectContaining({ input: file, line: 2 })]);
    expect(indexFileStats(db).originals).toBe(3);

    const more = join(dir, 'today.jsonl');
    const [, , , d] = archive(4);
    writeFileSync(more, [line(b!), line(d!)].join('\n') + '\n');
    const added = await addToIndexFile({ originals: [more], db, config: DEFAULT_CONFIG, workers: 0 });
    expect(added).toMatchObject({ added: 1, skipped: 1, total: 4, errors: [] });
  });
});
