/**
 * Integer term numbers for the postings table: a key's postings row is found by a number, not a
 * string, which keeps the B-tree small and the bulk insert cheap. Shingle keys already are 32-bit
 * hashes (`§` and base 36) and keep them; other keys get a 44-bit hash of their text. With a few
 * million distinct keys per script, about one pair of keys is expected to share a number: their
 * postings merge, which only adds a candidate or two (candidates are scored on their stored keys).
 * The script's code sits above the hash, so the same key in two scripts has two numbers.
 */

const SHINGLE_BIT = 2 ** 44;
const SCRIPT_UNIT = 2 ** 45;

function fnv1a(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A key's number within its script (below 2^45): what a worker thread can compute before the
 * writer has given the script its code.
 */
export function keyNumber(key: string): number {
  if (key.charCodeAt(0) === 0xa7 /* § */) {
    const hash = parseInt(key.slice(1), 36);
    if (Number.isFinite(hash) && hash >= 0 && hash < 2 ** 32) return SHINGLE_BIT + hash;
  }
  const low = fnv1a(key, 0x811c9dc5);
  const high = fnv1a(key, 0x050c5d1f) & 0xfff;
  return high * 2 ** 32 + low;
}

/** The term number of a key number in a script (script codes below 255). */
export function termOfNumber(script: number, keyNo: number): number {
  return script * SCRIPT_UNIT + keyNo;
}

/** The term number of a key in a script (script codes below 255). */
export function termOf(script: number, key: string): number {
  return termOfNumber(script, keyNumber(key));
}
