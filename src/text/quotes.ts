/** Quotations: whether a span of text is set off in quote marks (chosen on purpose, not left by accident). */

const OPENING = '"\'“‘«„‹`(*_';
const CLOSING = '"\'”’»“‹›`)*_';

/**
 * True when `text[start, end)` is set off as a quotation or emphasis: a quote mark, backtick,
 * bracket or markdown emphasis right before and a closing one right after (a term the writer chose
 * to show as foreign, not text that was left untranslated).
 */
export function isQuoted(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before !== undefined && after !== undefined && OPENING.includes(before) && CLOSING.includes(after);
}

/** How far (characters) a quotation may reach around a quoted term or snippet. */
const QUOTE_REACH = 120;
const OPENERS = new Set(['„', '“', '«', '‹', '‚']);
const CLOSERS = new Set(['“', '”', '»', '›', '‘']);

/**
 * True when `text[start, end)` lies inside a quotation in its paragraph: „…“, “…”, «…», "…" or
 * `…` (a code snippet or foreign phrase quoted on purpose).
 */
export function insideQuotes(text: string, start: number, end: number): boolean {
  if (isQuoted(text, start, end)) return true;
  // Only the reach around the span is read (never the whole text), so checking every word is linear.
  const windowBefore = text.slice(Math.max(0, start - QUOTE_REACH), start);
  const before = windowBefore.slice(windowBefore.lastIndexOf('\n') + 1);
  const windowAfter = text.slice(end, Math.min(text.length, end + QUOTE_REACH));
  const lineEnd = windowAfter.indexOf('\n');
  const after = lineEnd < 0 ? windowAfter : windowAfter.slice(0, lineEnd);
  for (const q of ['"', '`']) {
    if ((before.split(q).length - 1) % 2 === 1 && after.includes(q)) return true;
  }
  let open = false;
  for (const ch of before) {
    if (OPENERS.has(ch) && !(open && CLOSERS.has(ch))) open = true;
    else if (CLOSERS.has(ch)) open = false;
  }
  return open && [...after].some((ch) => CLOSERS.has(ch));
}
