/**
 * @fileoverview A negation on one side only: the original says something did not happen and the
 * republished text says it did, or the other way round.
 *
 *     Original:    Рада не ухвалила закон.        Republished: The Rada passed the law.
 *                  ^^ Hit! (the negation was dropped)
 *     Original:    Рада ухвалила закон.           Republished: The Rada did not pass the law.
 *                                                                       ^^^ Hit! (added)
 *
 * Compared per aligned headline and paragraph group. A negation counts as dropped only when the
 * republished side has nothing that could carry it ("failed", "without", "unknown"), and as added
 * only when the original has nothing of the kind either (Slavic не-/ні- words, "sans", "ohne").
 * Fixed phrases where a negator does not negate ("не менше", "not only", "不过") are left alone.
 */
import { negations } from '../../text/negation.js';
import { sentences, type Span } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { alignedGroups, pick } from '../../analysis/aligned-groups.js';

/** Paragraphs shorter than this (words on the republished side) are captions and datelines. */
const MIN_WORDS = 4;

function whole(text: string): Span[] {
  return text.trim() ? [{ start: 0, end: text.length, text }] : [];
}

function sentenceCount(spans: readonly Span[], lang: string): number {
  return spans.reduce((n, s) => n + sentences(s.text, lang).length, 0);
}

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
      'A negation present on one side only (the original or the republished text), per aligned headline and paragraph.',
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
    const comparisons = [
      { republished: whole(ctx.title.text), original: whole(original.title.text), field: 'title' as const },
      ...alignedGroups(ctx.alignment!).map((g) => ({
        republished: pick(ctx.body.paragraphs, g.republished),
        original: pick(original.body.paragraphs, g.original),
        field: 'body' as const,
      })),
    ];
    for (const c of comparisons) {
      if (c.republished.length === 0 || c.original.length === 0) continue;
      const words = c.republished.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
      if (words < MIN_WORDS && c.field === 'body') continue;
      // within several sentences a negation moves between clauses too freely to pin (measured on
      // professional translations): compare only units of one sentence on each side
      if (sentenceCount(c.republished, lang) > 1 || sentenceCount(c.original, olang) > 1) continue;
      const originalStrict = negationsIn(c.original, olang, false);
      const republishedStrict = negationsIn(c.republished, lang, false);
      if (originalStrict.length > 0 && republishedStrict.length === 0) {
        if (negationsIn(c.republished, lang, true).length > 0) continue;
        const n = originalStrict[0]!;
        out.push({
          messageId: 'dropped',
          data: { negator: n.text },
          field: c.field === 'title' ? 'original.title' : 'original.body',
          start: n.start,
          end: n.end,
        });
      } else if (republishedStrict.length > 0 && originalStrict.length === 0) {
        if (negationsIn(c.original, olang, true).length > 0) continue;
        const n = republishedStrict[0]!;
        out.push({
          messageId: 'added',
          data: { negator: n.text },
          field: c.field,
          start: n.start,
          end: n.end,
        });
      }
    }
    return out;
  },
});
