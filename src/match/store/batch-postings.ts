/**
 * The postings of one batch being written, gathered per term number. A batch of 20,000 originals
 * holds several million postings; they are kept as flat typed arrays (the term's slot in a hash
 * table over term numbers, and the document) and laid out term by term with one counting pass when
 * the batch is written, which costs a fraction of a Map of arrays and keeps them out of the garbage
 * collector's way.
 */

const EMPTY = -1;

export class BatchPostings {
  /** Open-addressing table of the distinct term numbers; `#count` is -1 on a free slot. */
  #terms: Float64Array;
  #count: Int32Array;
  #distinct = 0;
  /** Per posting, in arrival order: its term's slot and its document. */
  #slotOf: Int32Array;
  #docs: Uint32Array;
  #postings = 0;

  constructor(expectedPostings = 1 << 16, expectedTerms = 1 << 14) {
    const capacity = 1 << Math.ceil(Math.log2(Math.max(16, expectedTerms * 2)));
    this.#terms = new Float64Array(capacity);
    this.#count = new Int32Array(capacity).fill(EMPTY);
    this.#slotOf = new Int32Array(Math.max(16, expectedPostings));
    this.#docs = new Uint32Array(this.#slotOf.length);
  }

  /** Distinct terms so far. */
  get terms(): number {
    return this.#distinct;
  }

  /** Documents must arrive in ascending order. */
  add(term: number, doc: number): void {
    let slot = this.#slot(term);
    if (this.#count[slot] === EMPTY) {
      this.#terms[slot] = term;
      this.#count[slot] = 0;
      if (++this.#distinct * 2 > this.#terms.length) {
        this.#growTable();
        slot = this.#slot(term);
      }
    }
    this.#count[slot]!++;
    if (this.#postings === this.#docs.length) this.#growPostings();
    this.#slotOf[this.#postings] = slot;
    this.#docs[this.#postings++] = doc;
  }

  /**
   * Every term in ascending order with its documents, ascending; a document given twice for a term
   * (two keys of one original sharing a number) is listed once.
   */
  *sorted(): Generator<[number, Uint32Array]> {
    const capacity = this.#terms.length;
    const order = new Float64Array(this.#distinct);
    let n = 0;
    for (let s = 0; s < capacity; s++) if (this.#count[s] !== EMPTY) order[n++] = this.#terms[s]!;
    order.sort();
    // each slot's range in the laid-out array, in term order
    const start = new Int32Array(capacity);
    const end = new Int32Array(capacity);
    let at = 0;
    for (const term of order) {
      const slot = this.#slot(term);
      start[slot] = end[slot] = at;
      at += this.#count[slot]!;
    }
    const laid = new Uint32Array(at);
    for (let p = 0; p < this.#postings; p++) {
      const slot = this.#slotOf[p]!;
      const doc = this.#docs[p]!;
      const e = end[slot]!;
      if (e > start[slot]! && laid[e - 1] === doc) continue;
      laid[e] = doc;
      end[slot] = e + 1;
    }
    for (const term of order) {
      const slot = this.#slot(term);
      yield [term, laid.subarray(start[slot]!, end[slot]!)];
    }
  }

  /** The slot holding a term, or the free slot where it goes. */
  #slot(term: number): number {
    const mask = this.#terms.length - 1;
    const low = term >>> 0;
    const high = Math.floor(term / 4294967296);
    let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let slot = h & mask;
    while (this.#count[slot] !== EMPTY && this.#terms[slot] !== term) slot = (slot + 1) & mask;
    return slot;
  }

  #growPostings(): void {
    const slotOf = new Int32Array(this.#slotOf.length * 2);
    slotOf.set(this.#slotOf);
    const docs = new Uint32Array(slotOf.length);
    docs.set(this.#docs);
    this.#slotOf = slotOf;
    this.#docs = docs;
  }

  /** Double the table; postings already added are renumbered to their terms' new slots. */
  #growTable(): void {
    const terms = this.#terms;
    const count = this.#count;
    this.#terms = new Float64Array(terms.length * 2);
    this.#count = new Int32Array(terms.length * 2).fill(EMPTY);
    const moved = new Int32Array(terms.length);
    for (let s = 0; s < terms.length; s++) {
      if (count[s] === EMPTY) continue;
      const slot = this.#slot(terms[s]!);
      this.#terms[slot] = terms[s]!;
      this.#count[slot] = count[s]!;
      moved[s] = slot;
    }
    for (let p = 0; p < this.#postings; p++) this.#slotOf[p] = moved[this.#slotOf[p]!]!;
  }
}
