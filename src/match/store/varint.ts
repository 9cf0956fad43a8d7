/**
 * Postings lists as bytes: ascending document numbers stored as varint-coded gaps, the way inverted
 * indexes keep them (most gaps fit in one or two bytes).
 */

/** Encode ascending non-negative integers. */
export function encodeAscending(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 5);
  let n = 0;
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    let gap = values[i]! - previous;
    if (gap < 0) throw new RangeError('postings must be ascending');
    previous = values[i]!;
    while (gap >= 0x80) {
      out[n++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    out[n++] = gap;
  }
  return out.slice(0, n);
}

/** Decode into `into` from `at`; returns the index after the last value written. */
export function decodeAscendingInto(bytes: Uint8Array, into: Uint32Array, at: number): number {
  let previous = 0;
  let i = 0;
  while (i < bytes.length) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++]!;
      gap += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    previous += gap;
    into[at++] = previous;
  }
  return at;
}

/** How many values a buffer holds (one per byte without the continuation bit). */
export function countEncoded(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (!(b & 0x80)) n++;
  return n;
}

export function decodeAscending(bytes: Uint8Array): Uint32Array {
  const out = new Uint32Array(countEncoded(bytes));
  decodeAscendingInto(bytes, out, 0);
  return out;
}
