/**
 * Offsets-preserving segmentation: paragraphs, sentences and words, each with `start`/`end`
 * into the field string, so a rule can report exactly what the reader sees.
 * Words come from `Intl.Segmenter`, which handles Cyrillic, accents, CJK and apostrophes.
 */

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

/** Word-like tokens (letters or digits) with their offsets. */
export function words(text: string, lang = 'en', offset = 0): Token[] {
  const out: Token[] = [];
  for (const seg of segmenterFor(lang).words.segment(text)) {
    if (!seg.isWordLike) continue;
    out.push({
      start: offset + seg.index,
      end: offset + seg.index + seg.segment.length,
      text: seg.segment,
      isWordLike: true,
    });
  }
  return out;
}

/** Sentences inside one paragraph-free stretch of text, trimmed, with offsets. */
export function sentences(text: string, lang = 'en', offset = 0): Span[] {
  const out: Span[] = [];
  for (const para of paragraphs(text)) {
    for (const seg of segmenterFor(lang).sentences.segment(para.text)) {
      let start = para.start + seg.index;
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
  let n = 0;
  for (const seg of segmenterFor(lang).words.segment(text)) if (seg.isWordLike) n++;
  return n;
}
