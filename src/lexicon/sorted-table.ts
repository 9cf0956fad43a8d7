/**
 * A key -> value table kept as its text, looked up by binary search over the rows' offsets: loading is
 * one pass to find line starts, with no per-row objects, so even the 280,000-lemma German table loads
 * in milliseconds. Rows are `key<TAB>value`, sorted by key in JavaScript string order (UTF-16 code
 * units), keys unique; `#` lines come first. Loading checks the shape and the order, naming file and line.
 */

export interface SortedTable {
  readonly file: string;
  readonly size: number;
  /** The value of a key, or undefined. */
  get(key: string): string | undefined;
  /** Every key, in order. */
  keys(): IterableIterator<string>;
  /** The keys that start with `prefix`, in order (a binary search, then a walk). */
  keysWithPrefix(prefix: string): IterableIterator<string>;
}

export function parseSortedTable(text: string, file: string): SortedTable {
  const starts: number[] = [];
  const tabs: number[] = [];
  let line = 0;
  let pos = 0;
  let previousKey: string | undefined;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    line++;
    if (end > pos && text.charCodeAt(pos) !== 35 /* # */) {
      const tab = text.indexOf('\t', pos);
      if (tab <= pos || tab >= end - 1) {
        throw new Error(
          `${file}:${line}: expected "key<TAB>value", got "${text.slice(pos, Math.min(end, pos + 80))}"`,
        );
      }
      const key = text.slice(pos, tab);
      if (previousKey !== undefined && !(previousKey < key)) {
        throw new Error(`${file}:${line}: key "${key}" is out of order or repeated (after "${previousKey}")`);
      }
      previousKey = key;
      starts.push(pos);
      tabs.push(tab);
    }
    pos = end + 1;
  }
  const rowStart = Int32Array.from(starts);
  const rowTab = Int32Array.from(tabs);
  const n = rowStart.length;
  const keyAt = (i: number): string => text.slice(rowStart[i]!, rowTab[i]!);
  /** Row i's key against `key` in string order (UTF-16 code units, as `<`), read in place: no slice per probe. */
  const compareAt = (i: number, key: string): number => {
    const start = rowStart[i]!;
    const length = rowTab[i]! - start;
    const common = Math.min(length, key.length);
    for (let j = 0; j < common; j++) {
      const d = text.charCodeAt(start + j) - key.charCodeAt(j);
      if (d !== 0) return d;
    }
    return length - key.length;
  };
  return {
    file,
    size: n,
    get(key) {
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const order = compareAt(mid, key);
        if (order === 0) {
          const end = text.indexOf('\n', rowTab[mid]!);
          return text.slice(rowTab[mid]! + 1, end < 0 ? text.length : end).replace(/\r$/, '');
        }
        if (order < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
    *keys() {
      for (let i = 0; i < n; i++) yield keyAt(i);
    },
    *keysWithPrefix(prefix) {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (keyAt(mid) < prefix) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < n; i++) {
        const k = keyAt(i);
        if (!k.startsWith(prefix)) return;
        yield k;
      }
    },
  };
}
