/**
 * @fileoverview A republished sentence with no source, inside a translated paragraph: the sentence
 * alignment left it unpaired (1-0) and none of the original paragraph's words renders its words.
 *
 *     The reading room has 60 seats. Meanwhile, fans celebrated Baltika's 3:1 win late into the night.
 *                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Hit!
 *
 * The same holds for one of two republished sentences the aligner joined against one original
 * sentence (a 2-1 pair) when the original renders none of its words but renders the other's.
 *
 * Left alone: short sentences (a translator's "he said", a credit); sentences the original paragraph
 * explains in part (a clarification built from its words: names, terms, figures).
 */
import { explainPair, type PairEvidence } from '../../meaning/explain.js';
import type { Span } from '../../text/segment.js';
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
    const o = ctx.original!;
    const lex = lexicalOf(ctx);
    const report = (sentence: Span, e: PairEvidence): void => {
      if (e.target.length < MIN_CONTENT || e.targetShare > MAX_EXPLAINED) return;
      // nowhere in the whole original either (the paragraph alignment may have put it elsewhere)
      const whole = explainPair(`${o.title.text}\n\n${o.body.text}`, o.lang, sentence.text, lex);
      if (whole.targetShare > MAX_MOVED) return;
      out.push({
        messageId: 'added',
        data: { words: quoteWords(e.target) },
        field: 'body',
        start: sentence.start,
        end: sentence.end,
      });
    };
    for (const s of evidence.sentences) {
      if (!s.republished) continue;
      if (!s.original) {
        report(s.republished, s.evidence);
        continue;
      }
      if (s.pair.republished.length !== 2) continue;
      // a 2-1 pair: each republished sentence against the original side
      const parts = s.pair.republished.map((i) => ctx.body.sentences[i]!);
      const each = parts.map((part) =>
        explainPair(s.original!.text, o.lang, part.text, lex, {
          source: s.original!.start,
          target: part.start,
        }),
      );
      each.forEach((e, k) => {
        const other = each[1 - k]!;
        if (other.target.length && other.targetShare > MAX_EXPLAINED) report(parts[k]!, e);
      });
    }
    return out;
  },
});
