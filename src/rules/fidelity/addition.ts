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
 * Left alone: short paragraphs (a photo credit, a dateline, a promo line: boilerplate is another
 * rule's job); a translator's short clarification; paragraphs in a 2-1 / 1-2 merge; paragraphs with
 * too few names or figures to tell foreign content from a free rendering; and paragraphs whose
 * names and figures mostly occur somewhere in the original (lightly reworded or moved content).
 */
import { inSentenceNameKeys, isNumberKey, textKeys } from '../../match/keys.js';
import { extractNumbers, numberKeys } from '../../text/numbers.js';
import { countWords } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';

/** Republished paragraphs shorter than this (in words) are credits, captions or clarifications. */
const MIN_WORDS = 15;
/** A paired paragraph below this similarity is not a translation of its partner. */
const NOT_A_TRANSLATION = 0.1;

/** Distinct names and figures absent from the original needed as evidence of foreign content. */
const MIN_FOREIGN = 3;
/** Share of the paragraph's names and figures that must be absent from the original. */
const FOREIGN_SHARE = 0.6;

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
    for (const pair of pairs) {
      if (pair.republished === null) continue;
      if (pair.original !== null) {
        // paired 1-1 with a real similarity: a translation, however free (names translated in
        // words, units converted); human references show such pairs can lack every name and figure
        if (pair.similarity >= NOT_A_TRANSLATION) continue;
        if (uses('republished', pair.republished) > 1 || uses('original', pair.original) > 1) continue;
      }
      const span = paragraphs[pair.republished];
      if (!span) continue;
      const text = span.text.replace(CSS, ' ');
      if (countWords(text, ctx.body.lang) < MIN_WORDS) continue;
      // every key of the original counts, lowercase cognates included: foreign means nowhere at all
      originalKeys ??= new Set(textKeys(`${original.title.text}\n\n${original.body.text}`, original.lang));
      const e = evidence(text, ctx.body.lang, originalKeys);
      if (e.foreign < MIN_FOREIGN || e.foreign / Math.max(1, e.keys) < FOREIGN_SHARE) continue;
      out.push({
        messageId: 'added',
        data: { foreign: e.foreign, keys: e.keys },
        field: 'body',
        start: span.start,
        end: span.end,
      });
    }
    return out;
  },
});
