/**
 * The originals store: where the matcher's keys, postings and originals live. The matcher computes
 * every key itself and asks the store only for counts, postings and stored documents, so another
 * engine (SQLite here; PostgreSQL or OpenSearch on a server) can take its place by implementing this
 * interface. Documents are numbered densely from 0 in insertion order.
 */
import type { Original } from '../../model.js';

/** One original as the matcher indexes it: its record and every key computed from it. */
export interface IndexedOriginal {
  original: Original;
  /** Detected language of the original. */
  lang: string;
  /** Its writing system: postings and key frequencies are kept per script. */
  script: string;
  /** Distinct translation-surviving keys (folded word prefixes, numbers). */
  keys: readonly string[];
  /** The subset of `keys` that come from names and numbers. */
  names: readonly string[];
  /** Sampled shingle keys (near-duplicate evidence within one language). */
  shingles: readonly string[];
  /** Provenance keys: normalised URLs, URL slugs, ids. */
  provenance: readonly string[];
  /** Publication time in days since 1970, or null when unknown. */
  publishedDay: number | null;
}

/** What the matcher needs of a stored document to score it. */
export interface StoredDoc {
  doc: number;
  id: string;
  lang: string;
  script: string;
  keys: readonly string[];
  names: readonly string[];
  shingleCount: number;
  publishedDay: number | null;
}

/** Small per-document facts kept in memory by every store, for filtering and pre-ranking candidates. */
export interface DocFacts {
  lang: string;
  script: string;
  keyCount: number;
  shingleCount: number;
  publishedDay: number | null;
}

/** The same facts column by column, for the matcher's inner loops (no object per call). */
export interface DocColumns {
  lang(doc: number): string;
  keyCount(doc: number): number;
  shingleCount(doc: number): number;
  publishedDay(doc: number): number | null;
}

export interface StoreStats {
  originals: number;
  /** Originals per language. */
  languages: Record<string, number>;
  /** Originals per script. */
  scripts: Record<string, number>;
  /** Distinct (script, key) terms. */
  terms: number;
  /** Document entries in all postings lists. */
  postings: number;
  /** Size on disk in bytes (0 for a store in memory). */
  bytes: number;
  /** Earliest and latest known publication dates (ISO), if any. */
  published: { first: string; last: string } | null;
}

export interface OriginalsStore {
  /** Number of stored originals. */
  readonly size: number;
  /** Add originals in one batch (a transaction where the engine has them). Ids must be new. */
  add(docs: readonly IndexedOriginal[]): void;
  /** Whether an original with this id is stored. */
  has(id: string): boolean;
  /** The document number of an id. */
  docOf(id: string): number | undefined;
  /** The stored original record. */
  original(doc: number): Original | undefined;
  /** Small facts of a document (kept in memory). */
  facts(doc: number): DocFacts | undefined;
  /** The same facts read column by column. */
  readonly columns: DocColumns;
  /** Stored keys of documents, for scoring candidates. */
  docs(docs: readonly number[]): StoredDoc[];
  /** Documents of a script holding a key, ascending. */
  postings(script: string, key: string): Uint32Array;
  /** In how many documents of a script each key occurs (absent keys are left out). */
  documentFrequencies(script: string, keys: readonly string[]): Map<string, number>;
  /** Number of documents of a script. */
  scriptSize(script: string): number;
  /** Scripts that hold at least one document. */
  scripts(): string[];
  /** Documents with a provenance key (a normalised URL, slug or id). */
  provenance(key: string): number[];
  stats(): StoreStats;
  close(): void;
}

export class StoreError extends Error {
  override name = 'StoreError';
}
