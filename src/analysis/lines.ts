/**
 * Helpers shared by the surface rules: lines of a field with offsets, normalisation for
 * phrase matching, quote detection and matching of lexicon phrases.
 */
import type { Phrase } from '../resources/chrome.js';
import type { Span } from '../text/segment.js';

/** Every non-blank line of `text` (split on any line break), trimmed, with offsets. */
export function lines(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (const m of text.matchAll(re)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Characters that decorate a chrome line without being part of it: dashes, bullets, arrows, pipes. */
const LEADING_DECORATION = /^[\s\-–—•·|*_=~›»>:]+/u;
// a run is matched only from its first character: linear on long runs that do not end the line
const TRAILING_DECORATION = /(?<![\s\-–—•·|*_=~‹«<:])[\s\-–—•·|*_=~‹«<:]+$/u;

/**
 * Lower-cased, whitespace-collapsed, decoration-stripped form of a line, for comparing a line with
 * lexicon phrases and with other lines. Terminal `!`/`.` are dropped too: "Read Now!" is "read now".
 */
export function normalizeLine(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[\u00a0\s]+/gu, ' ')
    .replace(LEADING_DECORATION, '')
    .replace(TRAILING_DECORATION, '')
    .replace(/(?<![.!…])[.!…]+$/u, '')
    .trim();
}

/** Number of letter/digit words in `text` (whitespace-separated, cheap). */
export function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

const OPEN_QUOTES = '"\'“‘„‚«‹`「『';
const CLOSE_QUOTES = '"\'”’“‘»›`」』';

/**
 * True when `text.slice(start, end)` is quoted: wrapped directly in quote marks (spaces and a
 * trailing comma or full stop allowed), or lying inside an open quotation of its line.
 */
export function isQuoted(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\u00a0')) j++;
  const before = text[i] ?? '';
  const after = text[j] ?? '';
  if (before && OPEN_QUOTES.includes(before) && after && CLOSE_QUOTES.includes(after)) return true;
  return false;
}

/** The phrase a normalised line matches, if any (a prefix must end at a word boundary). */
export function matchPhrase(normalized: string, list: readonly Phrase[]): Phrase | undefined {
  for (const p of list) {
    if (p.mode === 'exact' ? normalized === p.text : startsWithWord(normalized, p.text)) return p;
  }
  return undefined;
}

function startsWithWord(s: string, prefix: string): boolean {
  if (!s.startsWith(prefix)) return false;
  const next = s[prefix.length];
  const last = prefix[prefix.length - 1] ?? '';
  return next === undefined || !/[\p{L}\p{N}]/u.test(next) || !/[\p{L}\p{N}]/u.test(last);
}
