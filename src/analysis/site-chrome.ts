/**
 * Site chrome inside the article text: comment forms, ad labels, related-post and
 * "most popular" labels, share and subscribe lines, and text of the page's own chrome blocks (a
 * related headline with its teaser) pasted into the body.
 *
 * Signals, strongest first:
 * - a whole line (or a whole sentence of two words or more) that is a phrase of `boilerplate.<lang>.txt`,
 *   or starts with one of its "prefix" phrases ("Read also: …", "Subscribe to our …");
 * - a line that also appears in one of the page's chrome blocks (`article.chrome`);
 * - a short promo line near the end that names platforms ("<Site> on Telegram and Viber");
 * - a short label without punctuation or digits that recurs between paragraphs of running text (an ad
 *   label in a language the lexicons do not cover); table rows, product lists and headings are not that.
 *
 * Deliberately left alone: the same words inside an ordinary sentence ("readers were asked to leave
 * a reply"), lines that open with a quote mark, attribution lines ("Source: …", "Photo: …").
 */

import type { ChromeBlock } from '../model.js';
import { phrases, platformPatterns, type Phrase } from '../resources/chrome.js';
import type { Span } from '../text/segment.js';
import { defineAnalysis, type RuleContext } from '../rules/types.js';
import { lines, matchPhrase, normalizeLine, wordCount } from './lines.js';

/** Lines longer than this are prose: only the matching sentence of them is reported. */
const MAX_CHROME_LINE_WORDS = 40;
/** A promo line names platforms in at most this many words. */
const MAX_PROMO_WORDS = 24;
/** A promo line that ends like a sentence must be this short ("Follow X on Facebook and Telegram."). */
const MAX_SHORT_PROMO_WORDS = 10;
/** Promo lines are looked for among this many last lines of the body. */
const PROMO_TAIL_LINES = 4;
/** Recurring lines of at most this many words and without sentence punctuation count as chrome. */
const MAX_RECURRING_WORDS = 6;
/** A recurring label counts only between lines of running text at least this long. */
const MIN_PROSE_WORDS = 12;
/** Chrome-block lines shorter than this (words) are too generic to compare ("Home", "World"). */
const MIN_CHROME_MATCH_WORDS = 4;

const OPENS_WITH_QUOTE = /^["'“‘„‚«‹「『]/u;

export type ChromeMessage = 'siteChrome' | 'promoLine' | 'recurringLine' | 'chromeInBody';

export interface ChromeHit extends Span {
  messageId: ChromeMessage;
  data: Record<string, string | number>;
}

function excerpt(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

function platformCount(text: string, platforms: readonly RegExp[]): number {
  const lower = text.toLocaleLowerCase();
  let n = 0;
  for (const re of platforms) if (re.test(lower)) n++;
  return n;
}

/** A phrase match that is safe for a sentence inside a longer line (single words only match whole lines). */
function sentencePhrase(norm: string, list: readonly Phrase[]): Phrase | undefined {
  const p = matchPhrase(norm, list);
  if (!p) return undefined;
  return p.mode === 'prefix' || p.text.includes(' ') ? p : undefined;
}

function chromeLines(chrome: readonly ChromeBlock[] | undefined): Map<string, ChromeBlock['kind']> {
  const out = new Map<string, ChromeBlock['kind']>();
  for (const block of chrome ?? []) {
    for (const line of lines(block.text)) {
      if (wordCount(line.text) < MIN_CHROME_MATCH_WORDS) continue;
      const norm = normalizeLine(line.text);
      if (!out.has(norm)) out.set(norm, block.kind);
    }
  }
  return out;
}

/** Every chrome hit in the body, one per line or sentence, in text order (not merged). */
function findSiteChrome(ctx: RuleContext): ChromeHit[] {
  const body = ctx.body;
  const list = phrases(ctx.resources, 'boilerplate');
  const platforms = platformPatterns(ctx.resources);
  const bodyLines = lines(body.text);
  const hits: ChromeHit[] = [];
  const hitLine = new Set<number>();
  const titleNorm = normalizeLine(ctx.title.text);
  const fromChrome = chromeLines(ctx.article.chrome);

  bodyLines.forEach((line, k) => {
    const norm = normalizeLine(line.text);
    if (!norm || OPENS_WITH_QUOTE.test(line.text)) return;
    const words = wordCount(line.text);
    //   LEAVE A REPLY        - A word from our sponsors -        Read also: Beach season opens
    //   ^^^^^^^^^^^^^        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    const whole = matchPhrase(norm, list);
    if (whole && words <= MAX_CHROME_LINE_WORDS) {
      hits.push({ ...line, messageId: 'siteChrome', data: { text: excerpt(line.text) } });
      hitLine.add(k);
      return;
    }
    //   A related headline and its teaser, also shown in the page's "related" block
    const kind = fromChrome.get(norm) ?? prefixOfChrome(norm, fromChrome);
    if (kind && norm !== titleNorm) {
      hits.push({ ...line, messageId: 'chromeInBody', data: { block: kind, text: excerpt(line.text) } });
      hitLine.add(k);
      return;
    }
    //   Baltic Review on Telegram. Subscribe to our channels!     (sentence of a short line → the line)
    //                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^
    for (const s of body.sentences) {
      if (s.start < line.start || s.end > line.end) continue;
      const sn = normalizeLine(s.text);
      if (OPENS_WITH_QUOTE.test(s.text) || !sentencePhrase(sn, list)) continue;
      const span =
        words <= MAX_PROMO_WORDS
          ? line
          : { start: s.start, end: line.end, text: body.text.slice(s.start, line.end) };
      hits.push({ ...span, messageId: 'siteChrome', data: { text: excerpt(span.text) } });
      hitLine.add(k);
      return;
    }
    //   Newsroom24 on Telegram, Viber and WhatsApp          (near the end, two platforms or a link)
    if (
      k >= bodyLines.length - PROMO_TAIL_LINES &&
      words <= MAX_PROMO_WORDS &&
      // a news sentence that mentions platforms ends like one; a promo line rarely does
      (!/[.!?…]["'”»]?$/u.test(line.text) || words <= MAX_SHORT_PROMO_WORDS) &&
      (platformCount(line.text, platforms) >= 2 ||
        (platformCount(line.text, platforms) >= 1 &&
          /https?:\/\/|t\.me\/|(?<![\p{L}\p{N}])@[\w.]{3,}/u.test(line.text)))
    ) {
      hits.push({ ...line, messageId: 'promoLine', data: { text: excerpt(line.text) } });
      hitLine.add(k);
    }
  });

  //   Advertisement … Advertisement      a short label repeated between paragraphs of prose
  const groups = new Map<string, number[]>();
  bodyLines.forEach((line, k) => {
    if (hitLine.has(k) || !isLabel(line.text)) return;
    const before = bodyLines[k - 1];
    const after = bodyLines[k + 1];
    if (!(before && isProse(before.text)) || (after && !isProse(after.text) && !isLabel(after.text))) return;
    const norm = normalizeLine(line.text);
    groups.set(norm, [...(groups.get(norm) ?? []), k]);
  });
  for (const ks of groups.values()) {
    if (ks.length < 2) continue;
    for (const k of ks) {
      const line = bodyLines[k]!;
      hits.push({
        ...line,
        messageId: 'recurringLine',
        data: { text: excerpt(line.text), count: ks.length },
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A short label: a few words, no sentence punctuation, digits or brackets (not a heading of a table row). */
function isLabel(text: string): boolean {
  const n = wordCount(text);
  return n >= 1 && n <= MAX_RECURRING_WORDS && /\p{L}/u.test(text) && !/[.?:;,»"”)\][(\p{N}]/u.test(text);
}

/** A line of running text: long enough and ending like a sentence. */
function isProse(text: string): boolean {
  return wordCount(text) >= MIN_PROSE_WORDS && /[.!?…]["'”’»)]*$/u.test(text);
}

/** The kind of a chrome line that the body line begins with (a related headline followed by its teaser). */
function prefixOfChrome(
  norm: string,
  chrome: Map<string, ChromeBlock['kind']>,
): ChromeBlock['kind'] | undefined {
  for (const [c, kind] of chrome) {
    if (norm.startsWith(c) && /^[\s\p{P}]/u.test(norm.slice(c.length, c.length + 1) || ' ')) return kind;
    if (c.startsWith(norm) && wordCount(norm) >= MIN_CHROME_MATCH_WORDS * 2) return kind;
  }
  return undefined;
}

/** Site-chrome lines of the body, found once per article (read by `markup/site-chrome` and `markup/truncated`). */
export const siteChromeHits = defineAnalysis('siteChromeHits', findSiteChrome);
