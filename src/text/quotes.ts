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
  const from = Math.max(0, start - QUOTE_REACH, text.lastIndexOf('\n', start) + 1);
  let to = text.indexOf('\n', end);
  if (to < 0 || to > end + QUOTE_REACH) to = Math.min(text.length, end + QUOTE_REACH);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
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
