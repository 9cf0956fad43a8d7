/**
 * @fileoverview A paragraph of the original that the republished text left out: the alignment
 * found no republished paragraph translating it (a dropped quote, a closing paragraph cut off).
 * Points into `original.body`.
 *
 * Where the language pair has word evidence (one side English, the other with a bilingual lexicon)
 * the words decide: a paragraph whose words the republished paragraphs around its place mostly
 * render was translated and only not placed (left alone, names or not); one whose words nothing
 * there renders, nor much of the whole text, was dropped (reported, names or not). Between the two, or
 * with too few words for a share, what the paragraph accounts for there decides: one whose words render
 * nothing around its place that the neighbouring original paragraphs do not was dropped (a sentence of
 * chat shares its everyday words with its neighbours, but its translation would add words of its own).
 *
 * A paragraph the aligner paired by place with a republished paragraph that renders none of it
 * (another story's paragraph put in its place) is missing too.
 *
 * Left alone otherwise: very short original paragraphs (a photo credit, a dateline); paragraphs with
 * no name or number inside a sentence (nothing shows they were dropped rather than translated in
 * words the aligner cannot link); and paragraphs whose names and numbers mostly appear in the
 * republished text anyway (the content moved, e.g. into a neighbouring paragraph the aligner did not
 * join).
 */
import { inSentenceNameKeys, isNumberKey, nameKeys } from '../../match/keys.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { countWords } from '../../text/segment.js';
import { lexicalOf } from '../../analysis/sentence-evidence.js';
import {
  accountsForNothing,
  canCover,
  coverage,
  gapEvidence,
  neighbourhood,
  substitutedPairs,
} from '../../analysis/passage-coverage.js';

/** Original paragraphs shorter than this (in words) are not worth an omission. */
const MIN_WORDS = 6;
/** If at least this share of a paragraph's name and number keys appear in the republished text, it was not dropped. */
const COVERED = 0.8;

/**
 * Word evidence (measured on professional translations whose paragraphs the aligner left unpaired,
 * against paragraphs dropped on purpose): translated paragraphs have more than half their known words
 * rendered around their place, dropped ones a fifth or less there and at most two fifths in the whole.
 */
const PLACED_SHARE = 0.5;
const PLACED_MIN_WORDS = 5;
const DROPPED_SHARE = 0.2;
const DROPPED_WHOLE_SHARE = 0.4;
const DROPPED_MIN_WORDS = 6;

type Verdict = 'translated' | 'dropped' | 'unknown';

/** What the words say about an unpaired original paragraph. */
function byWords(ctx: RuleContext, index: number, text: string): Verdict {
  const original = ctx.original!;
  const lex = lexicalOf(ctx);
  if (!canCover(original.lang, ctx.body.lang, lex)) return 'unknown';
  const around = neighbourhood(ctx.alignment!, 'original', index, ctx.body);
  const near =
    around && coverage({ text, lang: original.lang }, { text: around.text, lang: ctx.body.lang }, lex);
  if (!near) return 'unknown';
  if (near.originalWords >= PLACED_MIN_WORDS && near.original > PLACED_SHARE) return 'translated';
  if (near.originalWords < DROPPED_MIN_WORDS || near.original > DROPPED_SHARE) return 'unknown';
  const whole = coverage(
    { text, lang: original.lang },
    { text: `${ctx.title.text}\n\n${ctx.body.text}`, lang: ctx.body.lang },
    lex,
  );
  return whole && whole.original <= DROPPED_WHOLE_SHARE ? 'dropped' : 'unknown';
}

/**
 * Between the thresholds (or with too few words for them), what the paragraph accounts for around its
 * place decides: a paragraph whose words render nothing there that its neighbours do not was dropped.
 */
function gapSaysDropped(ctx: RuleContext, index: number): boolean {
  const gap = gapEvidence(ctx, 'original', index, lexicalOf(ctx));
  return gap !== null && accountsForNothing(gap);
}

export const omission = defineRule({
  meta: {
    id: 'fidelity/omission',
    kind: 'omission',
    mqm: 'Accuracy/Omission',
    severity: 'major',
    description: 'Original paragraphs with no counterpart in the republished text.',
    needs: ['original', 'alignment'],
    messages: {
      omitted: 'This paragraph of the original is missing from the republished text',
      replaced:
        'This paragraph of the original is missing from the republished text: another paragraph stands in its place',
    },
  },
  check(ctx: RuleContext): Finding[] {
    const original = ctx.original!;
    const paragraphs = original.body.paragraphs;
    const out: Finding[] = [];
    let republishedNames: Set<string> | undefined;
    const substituted = ctx.use(substitutedPairs);
    for (const pair of ctx.alignment!.pairs) {
      if (pair.original === null) continue;
      if (pair.republished !== null) {
        const span = substituted.has(pair) ? paragraphs[pair.original] : undefined;
        if (span)
          out.push({ messageId: 'replaced', field: 'original.body', start: span.start, end: span.end });
        continue;
      }
      const span = paragraphs[pair.original];
      if (!span || countWords(span.text, original.lang) < MIN_WORDS) continue;
      const words = byWords(ctx, pair.original, span.text);
      if (words === 'translated') continue;
      if (words === 'dropped' || (words === 'unknown' && gapSaysDropped(ctx, pair.original))) {
        out.push({ messageId: 'omitted', field: 'original.body', start: span.start, end: span.end });
        continue;
      }
      // evidence: the paragraph's names and figures; without any, a paragraph the aligner could
      // not place may still be translated (a sentence with no name, number or cognate)
      const keys = new Set(inSentenceNameKeys(span.text, original.lang));
      if (keys.size === 0) continue;
      republishedNames ??= new Set(nameKeys(`${ctx.title.text}\n\n${ctx.body.text}`, ctx.body.lang));
      let found = 0;
      for (const k of keys) if (republishedNames.has(k)) found++;
      const hasLostNumber = [...keys].some((k) => isNumberKey(k) && !republishedNames!.has(k));
      if (found / keys.size >= COVERED && !hasLostNumber) continue;
      out.push({ messageId: 'omitted', field: 'original.body', start: span.start, end: span.end });
    }
    return out;
  },
});
