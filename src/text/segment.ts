/**
 * Offsets-preserving segmentation: paragraphs, sentences and words, each with `start`/`end`
 * into the field string, so a rule can report exactly what the reader sees.
 * Words come from `Intl.Segmenter`, which handles Cyrillic, accents, CJK and apostrophes.
 *
 * `Intl.Segmenter` is superlinear in the length of the string it is given (Node 20: 1 KB of text
 * segments into words at about 5 µs a word, 100 KB at 35 µs a word, and a very long article took
 * minutes), so text is always segmented in pieces of at most `MAX_PIECE` characters cut at
 * whitespace, where a word boundary is certain. Never hand a whole body to a segmenter.
 */
import { TextMemo } from './text-memo.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Token extends Span {
  /** True for letter/number words, false for punctuation and spaces (never returned). */
  isWordLike: boolean;
}

const PARAGRAPH_BREAK = /\n\s*\n/g;

/** Paragraphs separated by a blank line; leading/trailing whitespace trimmed from each span. */
export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

const segmenters = new Map<string, { words: Intl.Segmenter; sentences: Intl.Segmenter }>();

function segmenterFor(lang: string): { words: Intl.Segmenter; sentences: Intl.Segmenter } {
  let s = segmenters.get(lang);
  if (!s) {
    const locale = lang && lang !== 'und' ? lang : 'en';
    s = {
      words: new Intl.Segmenter(locale, { granularity: 'word' }),
      sentences: new Intl.Segmenter(locale, { granularity: 'sentence' }),
    };
    segmenters.set(lang, s);
  }
  return s;
}

/** Longest piece of text handed to a word segmenter in one call (any whitespace is a word boundary). */
export const MAX_PIECE = 1000;
/**
 * Longest piece handed to a sentence segmenter: a cut may fall where the segmenter would not end a
 * sentence ("Dr. Smith"), so only paragraphs longer than any real one are cut, and sentence
 * segmentation grows much more slowly with length (100 KB: about 25 ms).
 */
const MAX_SENTENCE_PIECE = 8000;

/**
 * `[start, end)` pieces of `text` of at most `max` characters, cut after whitespace (after a
 * sentence end when `preferSentenceEnd` and one is near), so no word is split. Text without any
 * whitespace (Chinese) is cut at `max`, away from surrogate pairs.
 */
export function pieces(text: string, max = MAX_PIECE, preferSentenceEnd = false): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > max) {
    const limit = from + max;
    let cut = -1;
    if (preferSentenceEnd) {
      for (let i = limit; i > from + max / 2; i--)
        if (/\s/.test(text[i]!) && /[.!?…。！？]["'”’»)\]]*$/u.test(text.slice(Math.max(from, i - 4), i))) {
          cut = i;
          break;
        }
    }
    if (cut < 0)
      for (let i = limit; i > from; i--)
        if (/\s/.test(text[i]!)) {
          cut = i;
          break;
        }
    if (cut <= from) {
      cut = limit;
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    out.push([from, cut]);
    from = cut;
  }
  if (from < text.length || out.length === 0) out.push([from, text.length]);
  return out;
}

function segmentWords(text: string, lang: string): Token[] {
  const out: Token[] = [];
  const segmenter = segmenterFor(lang).words;
  for (const [from, to] of pieces(text)) {
    for (const seg of segmenter.segment(from === 0 && to === text.length ? text : text.slice(from, to))) {
      if (!seg.isWordLike) continue;
      const start = from + seg.index;
      out.push({ start, end: start + seg.segment.length, text: seg.segment, isWordLike: true });
    }
  }
  return out;
}

/** Several rules and analyses segment the same sentence, paragraph or field of one article. */
const wordMemos = new Map<string, TextMemo<Token[]>>();

function memoWords(text: string, lang: string): Token[] {
  let memo = wordMemos.get(lang);
  if (!memo) wordMemos.set(lang, (memo = new TextMemo()));
  return memo.get(text, (t) => segmentWords(t, lang));
}

/** Word-like tokens (letters or digits) with their offsets; a fresh array the caller may keep. */
export function words(text: string, lang = 'en', offset = 0): Token[] {
  const base = memoWords(text, lang);
  const out: Token[] = new Array(base.length);
  for (let i = 0; i < base.length; i++) {
    const t = base[i]!;
    out[i] = { start: t.start + offset, end: t.end + offset, text: t.text, isWordLike: true };
  }
  return out;
}

/** Sentences inside one paragraph-free stretch of text, trimmed, with offsets. */
/** The words of several spans of one field, each token with its offsets into that field. */
export function wordsOfSpans(spans: readonly Span[], lang = 'en'): Token[] {
  return spans.flatMap((s) => words(s.text, lang, s.start));
}

export function sentences(text: string, lang = 'en', offset = 0): Span[] {
  const out: Span[] = [];
  const segmenter = segmenterFor(lang).sentences;
  for (const para of paragraphs(text)) {
    for (const [from, to] of pieces(para.text, MAX_SENTENCE_PIECE, true))
      for (const seg of segmenter.segment(para.text.slice(from, to))) {
        let start = para.start + from + seg.index;
        let end = start + seg.segment.length;
        while (start < end && /\s/.test(text[start] ?? '')) start++;
        while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
        if (end > start) out.push({ start: offset + start, end: offset + end, text: text.slice(start, end) });
      }
  }
  return out;
}

/** Number of word-like tokens: the unit of MQM normalisation. */
export function countWords(text: string, lang = 'en'): number {
  return memoWords(text, lang).length;
}
