/**
 * Lines of a byte stream, split on the bytes themselves. Unlike `readline`, which builds each line as
 * one string before handing it over (so a line past V8's string limit throws inside it, and a 400 MB
 * line costs 400 MB before anyone can refuse it), a line over `maxBytes` is never assembled: its bytes
 * are counted and dropped as they pass, and the line is reported by number and size. Memory stays
 * within one chunk plus `maxBytes`, whatever the input.
 */

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line without its `\n` or `\r\n`, decoded as UTF-8 (invalid bytes become U+FFFD); null when over the cap. */
  text: string | null;
  /** Length of the line in bytes. */
  bytes: number;
}

const LF = 0x0a;
const CR = 0x0d;

export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let number = 0;
  const take = (segment: Buffer): void => {
    size += segment.length;
    if (over) return;
    if (size > maxBytes) {
      over = true;
      parts = [];
    } else if (segment.length > 0) parts.push(segment);
  };
  const finish = (): Line => {
    number++;
    let text: string | null = null;
    let bytes = size;
    if (!over) {
      let buf = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
      if (buf.length > 0 && buf[buf.length - 1] === CR) {
        buf = buf.subarray(0, buf.length - 1);
        bytes--;
      }
      text = buf.toString('utf8');
    }
    parts = [];
    size = 0;
    over = false;
    return { number, text, bytes };
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let at = chunk.indexOf(LF, from); at >= 0; at = chunk.indexOf(LF, from)) {
      take(chunk.subarray(from, at));
      yield finish();
      from = at + 1;
    }
    if (from < chunk.length) take(chunk.subarray(from));
  }
  if (size > 0 || parts.length > 0) yield finish();
}
