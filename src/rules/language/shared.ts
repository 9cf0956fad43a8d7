/** Helpers shared by the language rules. */
import type { Field } from '../../model.js';
import type { FieldText } from '../../text/field.js';
import type { RuleContext } from '../types.js';

export interface FieldView {
  field: Field;
  ft: FieldText;
}

/** The republished article's own fields (never the original's). */
export function ownFields(ctx: RuleContext): FieldView[] {
  return [
    { field: 'title', ft: ctx.title },
    { field: 'body', ft: ctx.body },
  ];
}

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

/** A half-open range list that tells whether a new span overlaps anything already reported. */
export class Covered {
  #spans: [number, number][] = [];
  overlaps(start: number, end: number): boolean {
    return this.#spans.some(([s, e]) => start < e && s < end);
  }
  add(start: number, end: number): void {
    this.#spans.push([start, end]);
  }
}

/** Trim whitespace from both ends of a span inside `text`. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Language names for messages (ISO 639-1 code when unknown). */
const NAMES: Record<string, string> = {
  en: 'English',
  uk: 'Ukrainian',
  ru: 'Russian',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  pl: 'Polish',
  it: 'Italian',
  pt: 'Portuguese',
  tr: 'Turkish',
  ar: 'Arabic',
  zh: 'Chinese',
  nl: 'Dutch',
  cs: 'Czech',
};

export function languageName(code: string): string {
  return NAMES[code] ?? code;
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
