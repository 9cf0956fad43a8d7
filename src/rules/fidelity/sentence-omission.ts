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
 * Left alone: short sentences (a dateline, "Details to follow."); sentences whose words the lexicon
 * mostly does not know (no evidence either way); sentences whose words appear in the republished
 * paragraph anyway (merged into a neighbouring sentence) or elsewhere in the text (moved).
 */
import { explainPair } from '../../meaning/explain.js';
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
    for (const s of evidence.sentences) {
      if (s.republished || !s.original) continue;
      const e = s.evidence;
      if (countWords(s.original.text, lang) < MIN_WORDS || e.source.length < MIN_KNOWN) continue;
      if (e.sourceShare > MAX_EXPLAINED) continue;
      // nowhere in the whole text either (the paragraph alignment may have put it elsewhere)
      const whole = explainPair(s.original.text, lang, ctx.body.text, lexicalOf(ctx));
      if (whole.sourceShare > MAX_MOVED) continue;
      out.push({
        messageId: 'omitted',
        data: { words: quoteSourceWords(e.source) },
        field: 'original.body',
        start: s.original.start,
        end: s.original.end,
      });
    }
    return out;
  },
});
