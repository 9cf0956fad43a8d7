/**
 * Per-document facts kept in memory in columns (a few bytes a document, 12 MB for a million
 * originals): enough to filter candidates by language and script and to pre-rank them by length
 * without reading their rows. Serialised per batch so a store can persist them as blobs.
 */
import type { DocColumns, DocFacts } from './types.js';

const NO_DAY = -0x80000000;
/** Bytes per document in the serialised form. */
const RECORD = 10;

export class FactsTable implements DocColumns {
  #lang = new Uint8Array(1024);
  #script = new Uint8Array(1024);
  #keys = new Uint16Array(1024);
  #shingles = new Uint16Array(1024);
  #day = new Int32Array(1024);
  #size = 0;
  readonly #langs: string[] = [];
  readonly #scripts: string[] = [];
  readonly #perScript = new Map<string, number>();
  readonly #perLang = new Map<string, number>();

  get size(): number {
    return this.#size;
  }

  /** The code tables, to persist beside the serialised columns. */
  get codes(): { langs: string[]; scripts: string[] } {
    return { langs: [...this.#langs], scripts: [...this.#scripts] };
  }

  /** The code of a script (its number in the code table), or -1 when no document has it. */
  scriptCode(script: string): number {
    return this.#scripts.indexOf(script);
  }

  restoreCodes(codes: { langs: string[]; scripts: string[] }): void {
    this.#langs.push(...codes.langs);
    this.#scripts.push(...codes.scripts);
  }

  scriptSize(script: string): number {
    return this.#perScript.get(script) ?? 0;
  }

  scripts(): string[] {
    return [...this.#perScript.keys()].sort();
  }

  languages(): Record<string, number> {
    return Object.fromEntries([...this.#perLang].sort());
  }

  scriptCounts(): Record<string, number> {
    return Object.fromEntries([...this.#perScript].sort());
  }

  #code(list: string[], value: string): number {
    let i = list.indexOf(value);
    if (i < 0) {
      if (list.length >= 255) throw new RangeError('more than 255 languages or scripts');
      i = list.push(value) - 1;
    }
    return i;
  }

  #grow(): void {
    const n = this.#lang.length * 2;
    const grow = <T extends Uint8Array | Uint16Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.#lang = grow(this.#lang, (k) => new Uint8Array(k));
    this.#script = grow(this.#script, (k) => new Uint8Array(k));
    this.#keys = grow(this.#keys, (k) => new Uint16Array(k));
    this.#shingles = grow(this.#shingles, (k) => new Uint16Array(k));
    this.#day = grow(this.#day, (k) => new Int32Array(k));
  }

  push(f: DocFacts): number {
    if (this.#size === this.#lang.length) this.#grow();
    const i = this.#size++;
    this.#lang[i] = this.#code(this.#langs, f.lang);
    this.#script[i] = this.#code(this.#scripts, f.script);
    this.#keys[i] = Math.min(0xffff, f.keyCount);
    this.#shingles[i] = Math.min(0xffff, f.shingleCount);
    this.#day[i] = f.publishedDay ?? NO_DAY;
    this.#perScript.set(f.script, (this.#perScript.get(f.script) ?? 0) + 1);
    this.#perLang.set(f.lang, (this.#perLang.get(f.lang) ?? 0) + 1);
    return i;
  }

  /** Forget documents from `size` on (a batch whose write failed). */
  truncate(size: number): void {
    for (let d = size; d < this.#size; d++) {
      const script = this.#scripts[this.#script[d]!]!;
      const lang = this.#langs[this.#lang[d]!]!;
      this.#perScript.set(script, this.#perScript.get(script)! - 1);
      this.#perLang.set(lang, this.#perLang.get(lang)! - 1);
      if (this.#perScript.get(script) === 0) this.#perScript.delete(script);
      if (this.#perLang.get(lang) === 0) this.#perLang.delete(lang);
    }
    this.#size = Math.min(this.#size, size);
  }

  get(doc: number): DocFacts | undefined {
    if (doc < 0 || doc >= this.#size) return undefined;
    const day = this.#day[doc]!;
    return {
      lang: this.#langs[this.#lang[doc]!]!,
      script: this.#scripts[this.#script[doc]!]!,
      keyCount: this.#keys[doc]!,
      shingleCount: this.#shingles[doc]!,
      publishedDay: day === NO_DAY ? null : day,
    };
  }

  /** Fast accessors for the matcher's inner loops. */
  lang(doc: number): string {
    return this.#langs[this.#lang[doc]!] ?? '';
  }

  keyCount(doc: number): number {
    return this.#keys[doc] ?? 0;
  }

  shingleCount(doc: number): number {
    return this.#shingles[doc] ?? 0;
  }

  publishedDay(doc: number): number | null {
    const day = this.#day[doc];
    return day === undefined || day === NO_DAY ? null : day;
  }

  /** Serialise documents [from, to) as bytes. */
  serialise(from: number, to: number): Uint8Array {
    const out = new Uint8Array((to - from) * RECORD);
    const view = new DataView(out.buffer);
    for (let d = from, o = 0; d < to; d++, o += RECORD) {
      view.setUint8(o, this.#lang[d]!);
      view.setUint8(o + 1, this.#script[d]!);
      view.setUint16(o + 2, this.#keys[d]!, true);
      view.setUint16(o + 4, this.#shingles[d]!, true);
      view.setInt32(o + 6, this.#day[d]!, true);
    }
    return out;
  }

  /** Append serialised documents (codes must be restored first). */
  restore(bytes: Uint8Array): void {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let o = 0; o + RECORD <= bytes.length; o += RECORD) {
      const day = view.getInt32(o + 6, true);
      this.push({
        lang: this.#langs[view.getUint8(o)]!,
        script: this.#scripts[view.getUint8(o + 1)]!,
        keyCount: view.getUint16(o + 2, true),
        shingleCount: view.getUint16(o + 4, true),
        publishedDay: day === NO_DAY ? null : day,
      });
    }
  }
}
