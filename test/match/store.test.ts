import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { identifyArticle } from '../../src/lang/identify.js';
import { KeyOriginalsIndex } from '../../src/match/index.js';
import { indexOriginal } from '../../src/match/indexing.js';
import { SqliteOriginalsStore } from '../../src/match/store/sqlite.js';
import { StoreError } from '../../src/match/store/types.js';
import { termOf } from '../../src/match/store/terms.js';
import { decodeAscending, encodeAscending } from '../../src/match/store/varint.js';
import type { Article } from '../../src/model.js';
import { tempDir } from '../helpers/tmp.js';
import { EN_BRIDGE, EN_FERRY, ORIGINALS, RU_FERRY, UK_BRIDGE, article } from './articles.js';

const langs = DEFAULT_CONFIG.languages;

describe('postings encoding', () => {
  it('round-trips ascending numbers of every size', () => {
    const values = [0, 1, 2, 127, 128, 300, 16_383, 16_384, 2_000_000, 4_000_000_000];
    expect([...decodeAscending(encodeAscending(values))]).toEqual(values);
    expect([...decodeAscending(encodeAscending([]))]).toEqual([]);
  });

  it('refuses numbers out of order', () => {
    expect(() => encodeAscending([5, 3])).toThrow(RangeError);
  });
});

describe('SQLite originals store', () => {
  it('keeps originals, keys and postings across reopening', async () => {
    const path = join(await tempDir(), 'o.db');
    const store = new SqliteOriginalsStore(path);
    store.add([indexOriginal(UK_BRIDGE, langs), indexOriginal(RU_FERRY, langs)]);
    store.close();

    const again = new SqliteOriginalsStore(path, { mustExist: true });
    expect(again.size).toBe(2);
    expect(again.docOf('ru-ferry')).toBe(1);
    expect(again.original(1)).toMatchObject({ id: 'ru-ferry', title: RU_FERRY.title, body: RU_FERRY.body });
    expect(again.facts(0)).toMatchObject({ lang: 'uk', script: 'Cyrillic' });
    const key = indexOriginal(UK_BRIDGE, langs).keys.find((k) => k.startsWith('#'))!;
    expect([...again.postings('Cyrillic', key)]).toContain(0);
    expect(again.documentFrequencies('Cyrillic', [key, 'no-such-key']).get(key)).toBeGreaterThan(0);
    expect(again.documentFrequencies('Cyrillic', ['no-such-key']).size).toBe(0);
    expect(again.postings('Latin', key).length).toBe(0);
    expect(again.provenance('id:uk-bridge')).toEqual([0]);
    expect(again.stats()).toMatchObject({
      originals: 2,
      languages: { ru: 1, uk: 1 },
      scripts: { Cyrillic: 2 },
    });
    again.close();
  });

  it('appends batches: postings of a key gather every batch', async () => {
    const path = join(await tempDir(), 'o.db');
    const store = new SqliteOriginalsStore(path);
    const a = article('a', 'Kyiv Kyiv', ['Kyiv news one.']);
    const b = article('b', 'Kyiv again', ['More Kyiv news.']);
    store.add([indexOriginal(a, langs)]);
    store.add([indexOriginal(b, langs)]);
    const key = indexOriginal(a, langs).keys.find((k) => k.startsWith('kiv'))!;
    expect([...store.postings('Latin', key)]).toEqual([0, 1]);
    expect(store.documentFrequencies('Latin', [key]).get(key)).toBe(2);
    store.close();
  });

  it('refuses an id already indexed, and a batch that repeats one', () => {
    const store = new SqliteOriginalsStore(':memory:');
    store.add([indexOriginal(UK_BRIDGE, langs)]);
    expect(() => store.add([indexOriginal(UK_BRIDGE, langs)])).toThrow(StoreError);
    expect(() => store.add([indexOriginal(RU_FERRY, langs), indexOriginal(RU_FERRY, langs)])).toThrow(
      /already/,
    );
    expect(store.size).toBe(1);
    // the refused batch left nothing behind: the next one is numbered and counted as if it never ran
    store.add([indexOriginal(RU_FERRY, langs)]);
    expect(store.docOf('ru-ferry')).toBe(1);
    expect(store.stats()).toMatchObject({ originals: 2, languages: { ru: 1, uk: 1 } });
    store.close();
  });

  it('builds in bulk mode, then opens as a normal index', async () => {
    const path = join(await tempDir(), 'bulk.db');
    const store = new SqliteOriginalsStore(path, { bulk: true });
    store.add([indexOriginal(UK_BRIDGE, langs)]);
    store.add([indexOriginal(RU_FERRY, langs)]);
    store.finish();
    store.close();
    const again = new SqliteOriginalsStore(path, { mustExist: true });
    expect(again.size).toBe(2);
    const key = indexOriginal(RU_FERRY, langs).keys.find((k) => k.startsWith('#'))!;
    expect([...again.postings('Cyrillic', key)]).toContain(1);
    again.close();
    const raw = new Database(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('names the file when it is not an index, or one of another format', async () => {
    const dir = await tempDir();
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'these are not the originals you are looking for');
    expect(() => new SqliteOriginalsStore(text)).toThrow(/notes\.db/);

    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => new SqliteOriginalsStore(other)).toThrow(/other\.db: not a syndiq index/);

    const old = join(dir, 'old.db');
    new SqliteOriginalsStore(old).close();
    const o = new Database(old);
    o.prepare("UPDATE meta SET value = '0' WHERE name = 'format'").run();
    o.close();
    expect(() => new SqliteOriginalsStore(old)).toThrow(/format 0.*rebuild/);

    expect(() => new SqliteOriginalsStore(join(dir, 'missing.db'), { mustExist: true })).toThrow(StoreError);
  });
});

describe('the matcher over a persistent store', () => {
  it('matches the same way from a file as from memory, and grows incrementally', async () => {
    const path = join(await tempDir(), 'o.db');
    const first = new KeyOriginalsIndex(new SqliteOriginalsStore(path), DEFAULT_CONFIG);
    expect(first.add([UK_BRIDGE])).toBe(1);
    first.close();
    const grown = new KeyOriginalsIndex(new SqliteOriginalsStore(path, { mustExist: true }), DEFAULT_CONFIG);
    // repeated ids are skipped, new ones added
    expect(grown.add(ORIGINALS)).toBe(ORIGINALS.length - 1);
    const match = (a: Article) => grown.match(a, identifyArticle(a, DEFAULT_CONFIG.languages));
    const memory = new KeyOriginalsIndex(ORIGINALS, DEFAULT_CONFIG);
    for (const a of [EN_BRIDGE, EN_FERRY]) {
      const fromFile = match(a);
      expect(fromFile?.match).toEqual(memory.match(a, identifyArticle(a, DEFAULT_CONFIG.languages))?.match);
      expect(fromFile?.original.body).toBe(memory.get(fromFile!.match.id)?.body);
    }
    grown.close();
    memory.close();
  });
});

describe('term numbers', () => {
  it('gives a key one number per script, and shingles their own hash', () => {
    expect(termOf(0, 'kyiv')).toBe(termOf(0, 'kyiv'));
    expect(termOf(0, 'kyiv')).not.toBe(termOf(1, 'kyiv'));
    expect(termOf(0, 'kyiv')).not.toBe(termOf(0, 'kyi'));
    expect(termOf(2, '§zz')).toBe(2 * 2 ** 45 + 2 ** 44 + parseInt('zz', 36));
    expect(Number.isSafeInteger(termOf(254, '#18400'))).toBe(true);
  });
});
