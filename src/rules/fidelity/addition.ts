/**
 * @fileoverview A republished paragraph that is not in the original: a paragraph of another
 * article pasted in, a related-post headline with its teaser. The alignment left the paragraph
 * unmatched (or matched it only with a similarity that means "not a translation"), and its names
 * and numbers, the content that survives translation, are nowhere in the original.
 *
 *     Earlier, the council of Lutsk allocated UAH 40 million to 12 schools, mayor Ivan Koval said.
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Hit!
 *     (in a translation of a story about a museum in Poltava)
 *
 * Where the language pair has word evidence (one side English, the other with a bilingual lexicon)
 * the words decide first: a paragraph whose words the whole original mostly renders is a translation
 * the aligner could not place (left alone, however many names it lacks); one whose words almost
 * nothing in the original renders is foreign (reported, names or not). Between the two, or with too
 * few words for a share, what the paragraph accounts for around its place decides: one that renders no
 * word of the original paragraphs there that their own translations do not already render is foreign
 * (a pasted paragraph on the article's subject shares its topic words, but fills no gap).
 *
 * A paragraph paired by place with an original paragraph it renders almost nothing of (another
 * story's paragraph where one of the original's was) is reported as standing in for it.
 *
 * Left alone: short paragraphs (a photo credit, a dateline, a promo line: boilerplate is another
 * rule's job); a translator's short clarification; paragraphs in a 2-1 / 1-2 merge; paragraphs with
 * too few names or figures to tell foreign content from a free rendering; and paragraphs whose
 * names and figures mostly occur somewhere in the original (lightly reworded or moved content).
 */
import { inSentenceNameKeys, isNumberKey, textKeys } from '../../match/keys.js';
import { extractNumbers, numberKeys } from '../../text/numbers.js';
import { countWords } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { lexicalOf } from '../../analysis/sentence-evidence.js';
import {
  accountsForNothing,
  canCover,
  coverage,
  gapEvidence,
  substitutedPairs,
} from '../../analysis/passage-coverage.js';

/** Republished paragraphs shorter than this (in words) are credits, captions or clarifications. */
const MIN_WORDS = 15;
/** A paired paragraph below this similarity is not a translation of its partner. */
const NOT_A_TRANSLATION = 0.1;

/** Distinct names and figures absent from the original needed as evidence of foreign content. */
const MIN_FOREIGN = 3;
/** Share of the paragraph's names and figures that must be absent from the original. */
const FOREIGN_SHARE = 0.6;

/**
 * Word evidence against the whole original (measured on professional translations whose paragraphs
 * the aligner left unpaired, against paragraphs of other articles pasted in): translated paragraphs
 * have two fifths or more of their content words rendered by the original, pasted ones a fifth or less.
 */
const TRANSLATED_SHARE = 0.4;
const FOREIGN_WORD_SHARE = 0.2;
/** Content words needed for the words to decide. */
const MIN_CONTENT_WORDS = 7;

/**
 * What the words say about an unpaired republished paragraph; 'unsure' when too few words are left for
 * the shares, but those the original renders are as many as a translation's ('unknown' otherwise).
 */
function byWords(ctx: RuleContext, text: string): 'translated' | 'foreign' | 'unknown' | 'unsure' {
  const original = ctx.original!;
  const lex = lexicalOf(ctx);
  if (!canCover(original.lang, ctx.body.lang, lex)) return 'unknown';
  const c = coverage(
    { text: `${original.title.text}\n\n${original.body.text}`, lang: original.lang },
    { text, lang: ctx.body.lang },
    lex,
  );
  if (!c) return 'unknown';
  if (c.republished >= TRANSLATED_SHARE)
    return c.republishedWords < MIN_CONTENT_WORDS ? 'unsure' : 'translated';
  if (c.republishedWords < MIN_CONTENT_WORDS) return 'unknown';
  return c.republished <= FOREIGN_WORD_SHARE ? 'foreign' : 'unknown';
}

/** Leaked CSS (`.td-x {margin: 0}`): another rule's job, and its words are not names. */
// a selector of at most eight parts: an unbounded one is matched again from every part (quadratic)
const CSS = /(?:[.#][\w-]+[\s,>]*){0,8}\{[^{}]*\}|[.#][a-z][\w-]*_[\w-]+/giu;

interface Evidence {
  keys: number;
  foreign: number;
  foreignNumbers: number;
}

/** The paragraph's names and figures (each number mention once) and how many the original lacks. */
function evidence(text: string, lang: string, originalKeys: ReadonlySet<string>): Evidence {
  const names = new Set(inSentenceNameKeys(text, lang).filter((k) => !isNumberKey(k)));
  let foreign = 0;
  for (const k of names) if (!originalKeys.has(k)) foreign++;
  const seen = new Set<string>();
  let keys = names.size;
  let foreignNumbers = 0;
  for (const n of extractNumbers(text)) {
    const ks = numberKeys(n).map((k) => `#${k}`);
    if (ks.some((k) => seen.has(k))) continue;
    for (const k of ks) seen.add(k);
    keys++;
    if (!ks.some((k) => originalKeys.has(k))) foreignNumbers++;
  }
  return { keys, foreign: foreign + foreignNumbers, foreignNumbers };
}

/** Content words an unpaired paragraph needs before what it accounts for around its place decides. */
const GAP_MIN_CONTENT_WORDS = 5;

/**
 * Between the thresholds (or with too few words for them), what the paragraph accounts for around its
 * place decides: one that renders nothing there that its neighbours do not render is foreign.
 */
function gapSaysForeign(ctx: RuleContext, index: number): boolean {
  const gap = gapEvidence(ctx, 'republished', index, lexicalOf(ctx));
  return gap !== null && accountsForNothing(gap, GAP_MIN_CONTENT_WORDS);
}

export const addition = defineRule({
  meta: {
    id: 'fidelity/addition',
    kind: 'addition',
    mqm: 'Accuracy/Addition',
    severity: 'major',
    description:
      'Republished paragraphs with no counterpart in the original whose names and figures are foreign to it.',
    needs: ['original', 'alignment'],
    messages: {
      added:
        'This paragraph is not in the original: {{foreign}} of its {{keys}} names and figures appear nowhere in it',
      addedWords:
        'This paragraph is not in the original: almost none of its words render a word of the original',
      replacing:
        'This paragraph is not in the original: it stands where another paragraph of the original was and renders almost none of it',
    },
  },
  check(ctx: RuleContext): Finding[] {
    const original = ctx.original!;
    const pairs = ctx.alignment!.pairs;
    const paragraphs = ctx.body.paragraphs;
    // a paragraph in a 2-1 / 1-2 merge shares its index with another pair: it translates something
    const uses = (side: 'republished' | 'original', i: number): number =>
      pairs.filter((p) => p[side] === i).length;
    const out: Finding[] = [];
    let originalKeys: Set<string> | undefined;
    const substituted = ctx.use(substitutedPairs);
    for (const pair of pairs) {
      if (pair.republished === null) continue;
      if (substituted.has(pair)) {
        const span = paragraphs[pair.republished];
        if (span)
          out.push({ messageId: 'replacing', data: {}, field: 'body', start: span.start, end: span.end });
        continue;
      }
      if (pair.original !== null) {
        // paired 1-1 with a real similarity: a translation, however free (names translated in
        // words, units converted); human references show such pairs can lack every name and figure
        if (pair.similarity >= NOT_A_TRANSLATION) continue;
        if (uses('republished', pair.republished) > 1 || uses('original', pair.original) > 1) continue;
      }
      const span = paragraphs[pair.republished];
      if (!span) continue;
      const text = span.text.replace(CSS, ' ');
      // a short line can still be judged by its words (7 content words make a sentence of news)
      const words = byWords(ctx, text);
      if (words === 'translated') continue;
      if (words !== 'foreign' && countWords(text, ctx.body.lang) < MIN_WORDS) continue;
      if (words === 'unknown' && gapSaysForeign(ctx, pair.republished)) {
        out.push({ messageId: 'addedWords', data: {}, field: 'body', start: span.start, end: span.end });
        continue;
      }
      // every key of the original counts, lowercase cognates included: foreign means nowhere at all
      originalKeys ??= new Set(textKeys(`${original.title.text}\n\n${original.body.text}`, original.lang));
      const e = evidence(text, ctx.body.lang, originalKeys);
      if (e.foreign >= MIN_FOREIGN && e.foreign / Math.max(1, e.keys) >= FOREIGN_SHARE)
        out.push({
          messageId: 'added',
          data: { foreign: e.foreign, keys: e.keys },
          field: 'body',
          start: span.start,
          end: span.end,
        });
      else if (words === 'foreign')
        out.push({ messageId: 'addedWords', data: {}, field: 'body', start: span.start, end: span.end });
    }
    return out;
  },
});
