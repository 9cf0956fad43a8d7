/**
 * The originals store on SQLite (better-sqlite3): one file holds the originals, their keys, the
 * postings and the document facts, so a nightly run opens it instead of re-reading the archive.
 *
 * Postings are written per batch: one row per (term, batch) with the batch's document numbers as
 * varint-coded gaps, so a bulk build writes a few rows per key instead of one per (key, document)
 * and `add` appends new batches without rewriting old ones. A term is a number standing for a key
 * in a script (terms.ts). Key frequencies are the sums of the batch counts; facts per batch in
 * `facts` (loaded into memory on open).
 */
import { statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Original } from '../../model.js';
import { FactsTable } from './facts.js';
import {
  StoreError,
  type DocColumns,
  type DocFacts,
  type IndexedOriginal,
  type OriginalsStore,
  type StoreStats,
  type StoredDoc,
} from './types.js';
import { BatchPostings } from './batch-postings.js';
import { storeRow, type StoreRow } from './rows.js';
import { termOf, termOfNumber } from './terms.js';
import { countEncoded, decodeAscendingInto, encodeAscending } from './varint.js';

/** Bumped whenever the schema or the meaning of stored keys changes: an old file must be rebuilt. */
export const STORE_FORMAT = 3;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  lang TEXT NOT NULL,
  script TEXT NOT NULL,
  published TEXT,
  keys TEXT NOT NULL,
  names TEXT NOT NULL,
  record BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS postings (term INTEGER NOT NULL, batch INTEGER NOT NULL,
  n INTEGER NOT NULL, docs BLOB NOT NULL, PRIMARY KEY (term, batch)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS facts (batch INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS provenance (key TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
`;

export interface SqliteStoreOptions {
  /** Open an existing file only (no creation); for `check --index`. */
  mustExist?: boolean;
  /**
   * A bulk build into a new file that is thrown away if the build fails: no write-ahead log, no
   * rollback journal and no syncing while it is written. A journal in memory held a copy of every
   * page a batch touched, and a batch touches postings pages across the whole file, so it grew with
   * the archive; without one a failed batch cannot roll back, and the store closes itself.
   * `finish()` turns the file into a normal index.
   */
  bulk?: boolean;
}

interface Statements {
  insertDoc: Database.Statement;
  docById: Database.Statement;
  docRow: Database.Statement;
  termDf: Database.Statement;
  insertPostings: Database.Statement;
  postings: Database.Statement;
  insertFacts: Database.Statement;
  insertProvenance: Database.Statement;
  provenance: Database.Statement;
  setMeta: Database.Statement;
}

export class SqliteOriginalsStore implements OriginalsStore {
  readonly #db: Database.Database;
  readonly #path: string;
  readonly #bulk: boolean;
  readonly #facts = new FactsTable();
  readonly #st: Statements;
  #postingCount = 0;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.#path = path;
    this.#bulk = options.bulk ?? false;
    try {
      this.#db = new Database(path, { fileMustExist: options.mustExist ?? false });
    } catch (e) {
      throw new StoreError(`${path}: cannot open the index (${(e as Error).message})`);
    }
    try {
      // larger pages hold a document row (keys and record, a few kilobytes) without overflow pages;
      // takes effect only on a new file, so it must come before WAL mode fixes the layout
      this.#db.pragma('page_size = 16384');
      if (options.bulk) {
        this.#db.pragma('journal_mode = OFF');
        this.#db.pragma('synchronous = OFF');
      } else {
        this.#db.pragma('journal_mode = WAL');
        this.#db.pragma('synchronous = NORMAL');
      }
      this.#db.pragma('cache_size = -65536');
      this.#open();
    } catch (e) {
      this.#db.close();
      if (e instanceof StoreError) throw e;
      throw new StoreError(`${path}: not a syndiq index (${(e as Error).message})`);
    }
    const db = this.#db;
    const prepare = (sql: string): Database.Statement => db.prepare(sql);
    this.#st = {
      insertDoc: prepare(
        'INSERT INTO docs (doc, id, lang, script, published, keys, names, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      docById: db.prepare('SELECT doc FROM docs WHERE id = ?').pluck(),
      docRow: db.prepare(
        'SELECT doc, id, lang, script, published, keys, names, record FROM docs WHERE doc = ?',
      ),
      termDf: db.prepare('SELECT sum(n) FROM postings WHERE term = ?').pluck(),
      insertPostings: prepare('INSERT INTO postings (term, batch, n, docs) VALUES (?, ?, ?, ?)'),
      postings: db.prepare('SELECT docs FROM postings WHERE term = ? ORDER BY batch').pluck(),
      insertFacts: prepare('INSERT INTO facts (batch, data) VALUES (?, ?)'),
      insertProvenance: prepare('INSERT OR IGNORE INTO provenance (key, doc) VALUES (?, ?)'),
      provenance: db.prepare('SELECT doc FROM provenance WHERE key = ? ORDER BY doc').pluck(),
      setMeta: prepare(
        'INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      ),
    };
  }

  #open(): void {
    const hasMeta = this.#db
      .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
      .pluck()
      .get() as number;
    if (!hasMeta) {
      const tables = this.#db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
      if (tables > 0) throw new StoreError(`${this.#path}: not a syndiq index (other tables, no meta)`);
      this.#db.exec(SCHEMA);
      this.#db
        .prepare('INSERT INTO meta (name, value) VALUES (?, ?), (?, ?)')
        .run('format', String(STORE_FORMAT), 'codes', JSON.stringify(this.#facts.codes));
      return;
    }
    const meta = new Map(
      (this.#db.prepare('SELECT name, value FROM meta').all() as { name: string; value: string }[]).map(
        (r) => [r.name, r.value],
      ),
    );
    const format = Number(meta.get('format'));
    if (format !== STORE_FORMAT)
      throw new StoreError(
        `${this.#path}: index format ${meta.get('format') ?? 'unknown'}, this syndiq reads format ${STORE_FORMAT}: rebuild it with "syndiq index build"`,
      );
    this.#facts.restoreCodes(JSON.parse(meta.get('codes') ?? '{"langs":[],"scripts":[]}'));
    this.#postingCount = Number(meta.get('postings') ?? 0);
    for (const row of this.#db.prepare('SELECT data FROM facts ORDER BY batch').pluck().iterate())
      this.#facts.restore(row as Uint8Array);
  }

  get path(): string {
    return this.#path;
  }

  get size(): number {
    return this.#facts.size;
  }

  add(docs: readonly IndexedOriginal[]): void {
    this.addRows(docs.map(storeRow));
  }

  /** Write rows computed elsewhere (worker threads) as one batch, in the order given. */
  addRows(rows: readonly StoreRow[]): void {
    if (rows.length === 0) return;
    this.#check();
    const batch = this.#facts.size;
    const facts = this.#facts;
    const st = this.#st;
    // the unique index on ids refuses a repeated id (the batch then rolls back)
    let current = '';
    const write = this.#db.transaction(() => {
      // documents arrive in ascending order, so every term's list comes out ascending
      let expected = 0;
      for (const r of rows) expected += r.keyNumbers.length;
      const postings = new BatchPostings(expected, expected >> 4);
      for (const r of rows) {
        const doc = facts.push(r);
        const script = facts.scriptCode(r.script);
        current = r.id;
        st.insertDoc.run(doc, r.id, r.lang, r.script, r.published, r.keys, r.names, r.record);
        const numbers = r.keyNumbers;
        for (let i = 0; i < numbers.length; i++) postings.add(termOfNumber(script, numbers[i]!), doc);
        for (const p of r.provenance) st.insertProvenance.run(p, doc);
      }
      // in term order: the B-tree grows at its right edge instead of splitting pages everywhere
      for (const [term, list] of postings.sorted()) {
        st.insertPostings.run(term, batch, list.length, encodeAscending(list));
        this.#postingCount += list.length;
      }
      st.insertFacts.run(batch, facts.serialise(batch, facts.size));
      st.setMeta.run('codes', JSON.stringify(facts.codes));
      st.setMeta.run('postings', String(this.#postingCount));
    });
    const postingsBefore = this.#postingCount;
    try {
      write();
    } catch (e) {
      // the transaction rolled back: forget what this batch added in memory too; a bulk build has
      // no journal to roll back with, so its file is left to be thrown away
      if (this.#bulk) this.close();
      facts.truncate(batch);
      this.#postingCount = postingsBefore;
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw new StoreError(`original "${current}" is already in the index`);
      throw e;
    }
  }

  #check(): void {
    if (!this.#db.open) throw new StoreError(`${this.#path}: the index is closed`);
  }

  has(id: string): boolean {
    return this.docOf(id) !== undefined;
  }

  docOf(id: string): number | undefined {
    const doc = this.#st.docById.get(id) as number | undefined;
    return doc ?? undefined;
  }

  original(doc: number): Original | undefined {
    this.#check();
    const row = this.#st.docRow.get(doc) as { record: Buffer; id: string } | undefined;
    if (!row) return undefined;
    const record = JSON.parse(inflateRawSync(row.record).toString('utf8')) as Omit<Original, 'input'>;
    return { ...record, input: this.#path };
  }

  facts(doc: number): DocFacts | undefined {
    return this.#facts.get(doc);
  }

  get columns(): DocColumns {
    return this.#facts;
  }

  docs(docs: readonly number[]): StoredDoc[] {
    this.#check();
    const out: StoredDoc[] = [];
    for (const doc of docs) {
      const r = this.#st.docRow.get(doc) as
        { doc: number; id: string; lang: string; script: string; keys: string; names: string } | undefined;
      if (!r) continue;
      const f = this.#facts.get(doc)!;
      out.push({
        doc,
        id: r.id,
        lang: r.lang,
        script: r.script,
        keys: r.keys ? r.keys.split(' ') : [],
        names: r.names ? r.names.split(' ') : [],
        shingleCount: f.shingleCount,
        publishedDay: f.publishedDay,
      });
    }
    return out;
  }

  postings(script: string, key: string): Uint32Array {
    this.#check();
    const code = this.#facts.scriptCode(script);
    if (code < 0) return new Uint32Array(0);
    const blobs = this.#st.postings.all(termOf(code, key)) as Uint8Array[];
    if (blobs.length === 1) {
      const out = new Uint32Array(countEncoded(blobs[0]!));
      decodeAscendingInto(blobs[0]!, out, 0);
      return out;
    }
    let n = 0;
    for (const b of blobs) n += countEncoded(b);
    const out = new Uint32Array(n);
    let at = 0;
    for (const b of blobs) at = decodeAscendingInto(b, out, at);
    return out;
  }

  documentFrequencies(script: string, keys: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    const code = this.#facts.scriptCode(script);
    if (code < 0) return out;
    for (const k of keys) {
      const df = this.#st.termDf.get(termOf(code, k)) as number | undefined;
      if (df) out.set(k, df);
    }
    return out;
  }

  scriptSize(script: string): number {
    return this.#facts.scriptSize(script);
  }

  scripts(): string[] {
    return this.#facts.scripts();
  }

  provenance(key: string): number[] {
    return this.#st.provenance.all(key) as number[];
  }

  stats(): StoreStats {
    const terms = this.#db
      .prepare('SELECT count(*) FROM (SELECT DISTINCT term FROM postings)')
      .pluck()
      .get() as number;
    const range = this.#db
      .prepare('SELECT min(published) AS first, max(published) AS last FROM docs WHERE published IS NOT NULL')
      .get() as { first: string | null; last: string | null };
    let bytes = 0;
    if (this.#path !== ':memory:' && this.#path !== '') {
      for (const suffix of ['', '-wal']) {
        try {
          bytes += statSync(this.#path + suffix).size;
        } catch {
          // no WAL file
        }
      }
    }
    return {
      originals: this.size,
      languages: this.#facts.languages(),
      scripts: this.#facts.scriptCounts(),
      terms,
      postings: this.#postingCount,
      bytes,
      published: range.first && range.last ? { first: range.first, last: range.last } : null,
    };
  }

  /** Fold the write-ahead log into the main file (after a bulk build). */
  checkpoint(): void {
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** End a bulk build: from here on the file is written through a write-ahead log like any index. */
  finish(): void {
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.checkpoint();
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
