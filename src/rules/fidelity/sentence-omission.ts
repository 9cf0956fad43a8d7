/**
 * @fileoverview A sentence of the original with no counterpart in the republished text, inside a
 * paragraph that was translated: the sentence alignment left it unpaired (0-1) and the words of the
 * whole republished paragraph explain almost none of its words (dictionary renderings, names,
 * cognates). Points into `original.body`.
 *
 *     Директор рассказала, что фонд составляет 40 тысяч книг. Читальный зал рассчитан на 60 мест.
 *                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Hit!
 *     (translated as "The director said the collection holds 40,000 books.")
 *
 * The same holds for one of two original sentences the aligner joined into one republished sentence
 * (a 1-2 pair): with no anchors on either side, lengths can make a dropped sentence look like half of
 * a merge with its neighbour. The part whose words the republished sentence does not render, while
 * it renders the other part's, was dropped.
 *
 * Left alone: short sentences (a dateline, "Details to follow."); sentences whose words the lexicon
 * mostly does not know (no evidence either way); sentences whose words appear in the republished
 * paragraph anyway (merged into a neighbouring sentence) or elsewhere in the text (moved).
 */
import { explainPair, type PairEvidence } from '../../meaning/explain.js';
import type { Span } from '../../text/segment.js';
import { lexicalOf, sentenceEvidence } from '../../analysis/sentence-evidence.js';
import { countWords } from '../../text/segment.js';
import { defineRule, type Finding } from '../types.js';
import { quoteSourceWords } from '../../meaning/quote.js';

/** Original sentences shorter than this (in words) are not worth a finding. */
const MIN_WORDS = 6;
/** Known source words needed to judge. */
const MIN_KNOWN = 4;
/** Largest share of known words the republished paragraph may explain. */
const MAX_EXPLAINED = 0.2;
/** Largest share the whole republished text may explain (content moved to another paragraph). */
const MAX_MOVED = 0.34;

export const sentenceOmission = defineRule({
  meta: {
    id: 'fidelity/sentence-omission',
    kind: 'omission',
    mqm: 'Accuracy/Omission',
    severity: 'major',
    description:
      'Sentences of the original left out of a translated paragraph: unpaired, and their words are nowhere in the paragraph.',
    needs: ['original', 'alignment'],
    messages: {
      omitted:
        'This sentence of the original is missing from the republished paragraph: {{words}} have no counterpart in it',
    },
  },
  check(ctx) {
    const evidence = ctx.use(sentenceEvidence);
    if (!evidence) return [];
    const lang = ctx.original!.lang;
    const out: Finding<'omitted'>[] = [];
    const lex = lexicalOf(ctx);
    const report = (sentence: Span, e: PairEvidence): void => {
      if (countWords(sentence.text, lang) < MIN_WORDS || e.source.length < MIN_KNOWN) return;
      if (e.sourceShare > MAX_EXPLAINED) return;
      // nowhere in the whole text either (the paragraph alignment may have put it elsewhere)
      const whole = explainPair(sentence.text, lang, ctx.body.text, lex);
      if (whole.sourceShare > MAX_MOVED) return;
      out.push({
        messageId: 'omitted',
        data: { words: quoteSourceWords(e.source) },
        field: 'original.body',
        start: sentence.start,
        end: sentence.end,
      });
    };
    for (const s of evidence.sentences) {
      if (!s.original) continue;
      if (!s.republished) {
        report(s.original, s.evidence);
        continue;
      }
      if (s.pair.original.length !== 2) continue;
      // a 1-2 pair: each original sentence against the republished side
      const parts = s.pair.original.map((i) => ctx.original!.body.sentences[i]!);
      const each = parts.map((part) =>
        explainPair(part.text, lang, s.republished!.text, lex, {
          source: part.start,
          target: s.republished!.start,
        }),
      );
      each.forEach((e, k) => {
        const other = each[1 - k]!;
        if (other.source.length && other.sourceShare > MAX_EXPLAINED) report(parts[k]!, e);
      });
    }
    return out;
  },
});
