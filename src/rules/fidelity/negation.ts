/**
 * @fileoverview A negation on one side only: the original says something did not happen and the
 * republished text says it did, or the other way round.
 *
 *     Original:    Рада не ухвалила закон.        Republished: The Rada passed the law.
 *                  ^^ Hit! (the negation was dropped)
 *     Original:    Рада ухвалила закон.           Republished: The Rada did not pass the law.
 *                                                                       ^^^ Hit! (added)
 *
 * Compared per aligned sentence pair (1-1, 1-2, 2-1) that the aligner is sure of: anchors in common
 * (numbers, names, cognates) or, without them, half or more of the original's dictionary words
 * rendered in the translation. A negation counts as dropped only when the republished side has
 * nothing that could carry it ("failed", "without", "unknown", "wrong", "prevents"), and as added
 * only when the original has nothing of the kind either (Slavic не-/ні- words, "sans", "ohne").
 * Fixed phrases where a negator does not negate ("не менше", "not only", "…, поки ми не", "No. 1",
 * "不过") are left alone. Headlines are not compared.
 */
import { negations } from '../../text/negation.js';
import type { Span } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { pick } from '../../analysis/aligned-groups.js';
import { sentenceEvidence } from '../../analysis/sentence-evidence.js';
import type { SentencePair } from '../../align/types.js';

/** Sentences shorter than this (words on the republished side) are captions and datelines. */
const MIN_WORDS = 4;
/** Sentence pairs less alike than this (anchors: numbers, names, cognates) may not translate each other. */
const MIN_SIMILARITY = 0.2;
/** Or: at least this many original words the dictionary knows, this share of them rendered in the pair. */
const MIN_EVIDENCE_WORDS = 2;
const MIN_EVIDENCE_SHARE = 0.5;

function negationsIn(spans: readonly Span[], lang: string, loose: boolean) {
  return spans.flatMap((s) =>
    negations(s.text, lang, loose).map((n) => ({ ...n, start: n.start + s.start, end: n.end + s.start })),
  );
}

export const negation = defineRule({
  meta: {
    id: 'fidelity/negation',
    kind: 'mistranslation',
    mqm: 'Accuracy/Mistranslation',
    // minor: a negation turned into a lexical opposite ("не прекращаются" / "continue") reads as one-sided
    // to a word-level check; on professional translations it is such pairs that the rule still meets
    severity: 'minor',
    description:
      'A negation present on one side only (the original or the republished text), per sentence pair the aligner is sure of; negations carried by another word and fixed phrases are left alone.',
    needs: ['original', 'alignment'],
    messages: {
      dropped: 'The original negates this ("{{negator}}"); the republished text says the opposite',
      added: 'The republished text negates this ("{{negator}}"); the original does not',
    },
  },
  check(ctx: RuleContext): Finding[] {
    const original = ctx.original!;
    const lang = ctx.body.lang;
    const olang = original.lang;
    const out: Finding[] = [];
    // sentence pairs the aligner is sure of (one or two sentences a side), by their anchors or, where
    // they have none, by the words of the original that the translation renders. Headlines are left
    // out: they are rewritten too freely for a word-level check (measured on professional
    // translations, where they drew most of the false alarms).
    const evidence = new Map((ctx.use(sentenceEvidence)?.sentences ?? []).map((e) => [e.pair, e.evidence]));
    const confident = (pair: SentencePair): boolean => {
      if (pair.similarity >= MIN_SIMILARITY) return true;
      const e = evidence.get(pair);
      return !!e && e.source.length >= MIN_EVIDENCE_WORDS && e.sourceShare >= MIN_EVIDENCE_SHARE;
    };
    for (const pair of ctx.alignment?.sentences ?? []) {
      if (!pair.republished.length || !pair.original.length || !confident(pair)) continue;
      const republished = pick(ctx.body.sentences, pair.republished);
      const originalSide = pick(original.body.sentences, pair.original);
      const words = republished.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
      if (words < MIN_WORDS) continue;
      const originalStrict = negationsIn(originalSide, olang, false);
      const republishedStrict = negationsIn(republished, lang, false);
      if (originalStrict.length > 0 && republishedStrict.length === 0) {
        if (negationsIn(republished, lang, true).length > 0) continue;
        const n = originalStrict[0]!;
        out.push({
          messageId: 'dropped',
          data: { negator: n.text },
          field: 'original.body',
          start: n.start,
          end: n.end,
        });
      } else if (republishedStrict.length > 0 && originalStrict.length === 0) {
        if (negationsIn(originalSide, olang, true).length > 0) continue;
        const n = republishedStrict[0]!;
        out.push({
          messageId: 'added',
          data: { negator: n.text },
          field: 'body',
          start: n.start,
          end: n.end,
        });
      }
    }
    return out;
  },
});
