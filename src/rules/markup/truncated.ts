/**
 * @fileoverview Cut-off text: a headline that ends in an ellipsis or on a word no sentence ends with ("…in the Carpathi...", "…from the
 * month...": a headline never trails off on purpose, so an ellipsis after a whole word is a cut too),
 * and a body whose last paragraph stops mid-sentence ("…is expected to") before any trailing site
 * chrome.
 *
 * A body counts as cut only when its last line ends on a comma or dash or on a word no sentence ends
 * with (`dangling-words.<lang>.txt`: "to", "the", "and"…), since chat and informal text often
 * drop the final full stop ("So I hope he is fine").
 *
 * Deliberately left alone: an ellipsis inside the headline ("Wait... what?"), a headline whose known
 * original ends in an ellipsis too, a whole word before the ellipsis in an article whose body
 * paragraphs trail off the same way (the writer's style), short lines that trail
 * off on purpose ("What nonsense..."), multi-sentence "headlines" (a message, not a headline), a body
 * whose paragraphs do not use sentence punctuation anyway (lists, e-commerce copy), a last line that
 * is a heading, caption, credit, number or link, and bodies that end in a complete sentence.
 */
import { lexiconSet } from '../../resources/derived.js';
import type { Span } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { lines, wordCount } from '../../analysis/lines.js';
import { siteChromeHits } from '../../analysis/site-chrome.js';
import { speller } from '../../resources/speller.js';

/** An ellipsis ending the text (a run of dots matched from its first dot only: linear on long runs). */
const ELLIPSIS_END = /(?:(?<!\.)\.{2,}|…|\. \. \.)\s*$/u;
/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？;]["'”’»)\]]*\s*$/u;
/** A last paragraph shorter than this is a caption, credit or label rather than a cut sentence. */
const MIN_LAST_WORDS = 6;
/** Share of the other long paragraphs that must end like sentences before a missing end counts. */
const MIN_PUNCTUATED_SHARE = 0.8;
/**
 * Sites and feeds cut headlines at a length limit, so a short line that trails off ("What
 * nonsense...") is a style, not a cut.
 */
const MIN_CUT_TITLE_LENGTH = 40;
/** Words of a cut headline that must open a body line to count as the headline repeated in full. */
const MIN_ECHO_WORDS = 3;
/** Another sentence inside the headline: a message or a lead, not a headline. */
const INNER_SENTENCE_END = /[.!?…]\s+\p{Lu}/u;

//   A new population of the spotted salamander was discovered in the Carpathi...
//                                                                    ^^^^^^^^^^^
function truncatedTitle(ctx: RuleContext): Finding[] {
  const text = ctx.title.text;
  const m = ELLIPSIS_END.exec(text);
  if (!m) return danglingTitle(ctx);
  const words = ctx.title.words;
  const last = words[words.length - 1];
  if (!last || words.length < 2) return [];
  // the original trails off the same way: the ellipsis is the author's, not a cut
  if (ctx.original && ELLIPSIS_END.test(ctx.original.title.text)) return [];
  const finding: Finding = {
    messageId: 'truncatedTitle',
    field: 'title',
    start: last.start,
    end: m.index + m[0].trimEnd().length,
  };
  // the full headline repeated as the first line of the body proves the cut, whatever the length
  const full = fullHeadline(ctx, m.index);
  if (full) return [{ ...finding, suggestion: full }];
  if (m.index < MIN_CUT_TITLE_LENGTH || INNER_SENTENCE_END.test(text.slice(0, m.index))) return [];
  // the author trails off on purpose in the body too: a whole word before the ellipsis is the style
  if (trailsOffInBody(ctx) && speller(ctx.resources, ctx.title.lang)?.correct(last.text)) return [];
  return [finding];
}

//   Council approves plan to
//                         ^^
/** A headline without an ellipsis that stops on a word no sentence ends with was cut without a mark. */
function danglingTitle(ctx: RuleContext): Finding[] {
  const text = ctx.title.text.trimEnd();
  const words = ctx.title.words;
  const last = words[words.length - 1];
  if (!last || words.length < 4 || last.end !== text.length || text.length < MIN_CUT_TITLE_LENGTH) return [];
  if (!endsDangling(ctx, last.text, ctx.title.lang) || /^\p{Lu}/u.test(last.text)) return [];
  if (ctx.original && endsDangling(ctx, ctx.original.title.words.at(-1)?.text ?? '', ctx.original.lang))
    return [];
  return [{ messageId: 'truncatedTitle', field: 'title', start: last.start, end: last.end }];
}

/**
 * A body paragraph other than the last (the last may itself be a cut teaser) ends in an ellipsis
 * after a whole word: the writer's style ("Bears eat carrion..."), so the headline's may be too.
 */
function trailsOffInBody(ctx: RuleContext): boolean {
  const ls = lines(ctx.body.text).slice(0, -1);
  return ls.some((l) => /\p{L}(?:\.{3}|…)$/u.test(l.text.trimEnd()));
}

function endsDangling(ctx: RuleContext, word: string, lang: string): boolean {
  return lexiconSet(ctx.resources, `dangling-words.${lang}`).has(word.toLocaleLowerCase());
}

/** A body line that starts with the last words of the cut headline and goes on: the headline in full. */
function fullHeadline(ctx: RuleContext, cut: number): string | undefined {
  const title = ctx.title.text;
  // candidate starts: every word, and every camel-case joint ("HomeWorld|Mayor opens…")
  const starts = ctx.title.words.filter((w) => w.end <= cut).map((w) => w.start);
  for (const m of title.slice(0, cut).matchAll(/(?<=\p{Ll})\p{Lu}/gu)) starts.push(m.index);
  starts.sort((a, b) => a - b);
  const bodyLines = lines(ctx.body.text).slice(0, 3);
  for (const start of starts) {
    const tail = title.slice(start, cut).trim();
    if (tail.split(/\s+/).length < MIN_ECHO_WORDS) break;
    const line = bodyLines.find((l) => l.text.startsWith(tail) && l.text.length > tail.length + 1);
    if (line) return line.text;
  }
  return undefined;
}

function isChrome(line: Span, chrome: Span[]): boolean {
  return chrome.some((c) => c.start <= line.start && line.end <= c.end);
}

//   The average household's monthly water charge is expected to
//   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
function truncatedBody(ctx: RuleContext): Finding[] {
  const body = ctx.body;
  const chrome = ctx.use(siteChromeHits);
  const content = lines(body.text).filter((l) => !isChrome(l, chrome));
  const last = content[content.length - 1];
  if (!last) return [];
  const text = last.text;
  if (wordCount(text) < MIN_LAST_WORDS || SENTENCE_END.test(text)) return [];
  // it must stop on a comma or dash, or on a word no sentence ends with ("…is expected to")
  if (/https?:\/\/|www\.|#\p{L}/u.test(text)) return [];
  const lastWord = /(?<!\p{L})\p{L}+$/u.exec(text)?.[0] ?? '';
  if (!/[,–—-]$/u.test(text) && !endsDangling(ctx, lastWord, body.lang)) return [];
  if (/^[^:]{1,25}:\s/u.test(text)) return []; // "Photo: …", "Source: …", "Tags: …"
  const ws = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (ws.length > 0 && ws.every((w) => /^\p{Lu}/u.test(w))) return []; // a Title Case heading
  const others = content.slice(0, -1).filter((l) => wordCount(l.text) >= MIN_LAST_WORDS);
  if (others.length === 0) return [];
  const punctuated = others.filter((l) => SENTENCE_END.test(l.text)).length;
  if (punctuated / others.length < MIN_PUNCTUATED_SHARE) return [];
  const sentence = body.sentences.filter((s) => s.start >= last.start && s.start < last.end).pop();
  const start = sentence ? sentence.start : last.start;
  return [{ messageId: 'truncatedBody', field: 'body', start, end: last.end }];
}

export const truncated = defineRule({
  meta: {
    id: 'markup/truncated',
    kind: 'truncation',
    mqm: 'Design and markup/Missing text',
    severity: 'minor',
    description:
      'Headline cut off with an ellipsis, or body that stops mid-sentence; leaves alone complete endings.',
    hasSuggestions: true,
    needs: [],
    messages: {
      truncatedTitle: 'The headline is cut off',
      truncatedBody: 'The text stops mid-sentence: its end is missing',
    },
  },
  check(ctx) {
    return [...truncatedTitle(ctx), ...truncatedBody(ctx)];
  },
});
