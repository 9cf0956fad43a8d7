/**
 * A bounded memo of values computed from texts (word tokens, language scores). One article's rules
 * and analyses ask for the same sentence, paragraph or field several times; the memo answers the
 * repeats. Memory is bounded by the characters of the keys held: past `maxChars`, everything is
 * dropped at once (cheap, and the next article rarely needs the last one's texts).
 */
export class TextMemo<V> {
  readonly #values = new Map<string, V>();
  #chars = 0;

  constructor(readonly maxChars = 200_000) {}

  /** The value for `key`, computed once while held. Values must be treated as read-only. */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.#values.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    // a text this long is not worth holding others out for
    if (key.length > this.maxChars / 4) return value;
    if (this.#chars + key.length > this.maxChars) {
      this.#values.clear();
      this.#chars = 0;
    }
    this.#values.set(key, value);
    this.#chars += key.length;
    return value;
  }
}
