/**
 * A spelling table: every form of a Hunspell dictionary, its stems and their first letters, in one
 * open-addressing hash table over a flat byte array. Built once from the expanded dictionary and kept
 * on disk; loading it is reading two typed arrays (no parsing, nothing for the garbage collector), and
 * the arrays can live in shared memory that worker threads read without a copy.
 */
import { KEEP_CASE, FORBIDDEN, ONLY_IN_COMPOUND, type ExpandedDictionary } from './expand.js';

export { KEEP_CASE, FORBIDDEN, ONLY_IN_COMPOUND };
/** A form nspell's table holds. */
export const FORM = 1;
/** A lower-case dictionary entry (a line of the `.dic` file). */
export const STEM = 2;
/** The first 1 to ONSET_LENGTH letters of a stem. */
export const ONSET = 4;
export const ONSET_LENGTH = 4;

/** The look-up side of a table: plain data, safe to send to a worker thread. */
export interface SpellingTable {
  /** The dictionary package it was built from. */
  source: { name: string; version: string };
  compoundRules: readonly string[];
  compoundMin: number;
  conversions: readonly (readonly [string, string])[];
  /** Slot k holds 1 + the offset of an entry in `entries`, or 0 when empty; the size is a power of two. */
  slots: Uint32Array;
  /** Entries one after another: a tag byte (0x40 | bits), the word in UTF-8, a newline. */
  entries: Uint8Array;
}

const TAG_BASE = 0x40;
const NEWLINE = 0x0a;

/** FNV-1a over `bytes[from, to)`. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/** Every word of the table with its bits: forms, stems and stem onsets. */
function tableWords(expanded: ExpandedDictionary, stems: ReadonlySet<string>): Map<string, number> {
  const words = new Map<string, number>();
  for (const [form, bits] of expanded.forms) words.set(form, bits | FORM);
  for (const stem of stems) {
    words.set(stem, (words.get(stem) ?? 0) | STEM);
    for (let n = 1; n <= Math.min(ONSET_LENGTH, stem.length); n++) {
      // onsets count UTF-16 units, as the speller's callers slice words
      const onset = stem.slice(0, n);
      words.set(onset, (words.get(onset) ?? 0) | ONSET);
    }
  }
  return words;
}

export function buildSpellingTable(
  source: SpellingTable['source'],
  expanded: ExpandedDictionary,
  stems: ReadonlySet<string>,
): SpellingTable {
  const words = tableWords(expanded, stems);
  const parts: string[] = [];
  for (const [word, bits] of words) parts.push(String.fromCharCode(TAG_BASE | bits), word, '\n');
  const entries = new Uint8Array(Buffer.from(parts.join(''), 'utf8'));
  // a load factor of at most 3/4 keeps linear probing short
  let size = 1024;
  while (size * 3 < words.size * 4) size *= 2;
  const slots = new Uint32Array(size);
  const mask = size - 1;
  let start = 0;
  while (start < entries.length) {
    const end = entries.indexOf(NEWLINE, start + 1);
    let k = hashBytes(entries, start + 1, end) & mask;
    while (slots[k] !== 0) k = (k + 1) & mask;
    slots[k] = start + 1;
    start = end + 1;
  }
  return {
    source,
    compoundRules: expanded.compoundRules,
    compoundMin: expanded.compoundMin,
    conversions: expanded.conversions,
    slots,
    entries,
  };
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(256);

/** The bits of `word` in the table (0 when absent). */
export function lookUp(table: SpellingTable, word: string): number {
  // UTF-8 takes at most 3 bytes per UTF-16 unit
  if (word.length * 3 > scratch.length) scratch = new Uint8Array(word.length * 3);
  const n = encoder.encodeInto(word, scratch).written;
  const { slots, entries } = table;
  const mask = slots.length - 1;
  let k = hashBytes(scratch, 0, n) & mask;
  for (;;) {
    const slot = slots[k]!;
    if (slot === 0) return 0;
    const at = slot; // the word starts after the tag byte
    let i = 0;
    while (i < n && entries[at + i] === scratch[i]) i++;
    if (i === n && entries[at + n] === NEWLINE) return entries[slot - 1]! & ~TAG_BASE;
    k = (k + 1) & mask;
  }
}
