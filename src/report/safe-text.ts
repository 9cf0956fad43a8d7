/**
 * Article text is written by strangers: ids, titles, links and messages quoting them reach terminals,
 * CI logs, Markdown job summaries and XML. These helpers make such text inert for each medium while
 * keeping it readable; characters that would act (escape sequences, bidi overrides) are shown as
 * visible escapes like `\x1B`, so an editor sees that something was there.
 */

/**
 * Characters that act instead of printing: C0 controls other than tab, line feed and carriage return
 * (ESC starts terminal sequences), DEL and the C1 controls (U+009B is CSI on 8-bit terminals), the
 * bidirectional embeddings, overrides and isolates (they reorder what a reader sees, as in "Trojan
 * Source"), lone surrogates and U+FFFE/U+FFFF (which XML forbids and encoders mangle).
 */
const ACTIVE = /[^\P{Cc}\t\n\r]|[\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\p{Cs}/gu;

/** `\x1B` for code points below 256, `\u202E` above. */
function visibleEscape(char: string): string {
  const code = char.codePointAt(0) as number;
  const hex = code.toString(16).toUpperCase();
  return code < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

/** Active characters replaced by visible escapes; everything else (tabs and newlines too) kept. */
export function showControls(text: string): string {
  return text.replace(ACTIVE, visibleEscape);
}

/** One line for a terminal or CI log: whitespace runs (line breaks too) to one space, controls shown. */
export function terminalText(text: string): string {
  return showControls(text.replace(/\s+/g, ' '));
}

/**
 * ASCII punctuation that can open or shape an inline construct in CommonMark or GitHub Flavored
 * Markdown: escapes, code spans, emphasis and strikethrough, links, images and footnotes, raw HTML and
 * `<…>` autolinks, entities, table cells, math, and `@` (email autolinks, mentions). CommonMark lets
 * any of them be backslash-escaped into a literal. Text here never starts a line, so block markers
 * (`-`, `+`, `=`, `1.`) are left as they are, which keeps paths and sentences readable.
 */
const MARKDOWN_ACTIVE = /[\\`*_~[\]!<>&|@$#(){}^]/g;

/**
 * Literal inline Markdown text, safe in a table cell, a heading or a list item: one line, controls
 * shown, and every character that could start a link, image, tag, entity, emphasis, code span or cell
 * separator escaped. Bare `http://` and `www.` autolinks are broken by escaping their `:` and `.`.
 */
export function markdownText(text: string): string {
  return terminalText(text)
    .replace(MARKDOWN_ACTIVE, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.');
}
