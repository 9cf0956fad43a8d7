/**
 * @fileoverview A republished sentence with no source, inside a translated paragraph: the sentence
 * alignment left it unpaired (1-0) and none of the original paragraph's words renders its words.
 *
 *     The reading room has 60 seats. Meanwhile, fans celebrated Baltika's 3:1 win late into the night.
 *                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Hit!
 *
 * Left alone: short sentences (a translator's "he said", a credit); sentences the original paragraph
 * explains in part (a clarification built from its words: names, terms, figures).
 */
import { explainPair } from '../../meaning/explain.js';
import { lexicalOf, sentenceEvidence } from '../../analysis/sentence-evidence.js';
import { defineRule, type Finding } from '../types.js';
import { quoteWords } from '../../meaning/quote.js';

/** English content words needed to judge. */
const MIN_CONTENT = 6;
/** Largest share of the sentence's content words the original paragraph may explain. */
const MAX_EXPLAINED = 0.1;
/** Largest share the whole original may explain (content moved from another paragraph). */
const MAX_MOVED = 0.25;

export const sentenceAddition = defineRule({
  meta: {
    id: 'fidelity/sentence-addition',
    kind: 'addition',
    mqm: 'Accuracy/Addition',
    severity: 'major',
    description:
      'Sentences added inside a translated paragraph: unpaired, and no word of the original paragraph renders them.',
    needs: ['original', 'alignment'],
    messages: {
      added: 'This sentence is not in the original paragraph: {{words}} render nothing in it',
    },
  },
  check(ctx) {
    const evidence = ctx.use(sentenceEvidence);
    if (!evidence) return [];
    const out: Finding<'added'>[] = [];
    for (const s of evidence.sentences) {
      if (s.original || !s.republished) continue;
      const e = s.evidence;
      if (e.target.length < MIN_CONTENT || e.targetShare > MAX_EXPLAINED) continue;
      // nowhere in the whole original either (the paragraph alignment may have put it elsewhere)
      const o = ctx.original!;
      const whole = explainPair(
        `${o.title.text}\n\n${o.body.text}`,
        o.lang,
        s.republished.text,
        lexicalOf(ctx),
      );
      if (whole.targetShare > MAX_MOVED) continue;
      out.push({
        messageId: 'added',
        data: { words: quoteWords(e.target) },
        field: 'body',
        start: s.republished.start,
        end: s.republished.end,
      });
    }
    return out;
  },
});
