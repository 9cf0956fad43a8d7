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
 * Where both sides negate, a sentence is flagged when one side negates more clauses than the other
 * has negations of any strength (Slavic double negation, "ніхто … не", and correlatives, "ні … ні",
 * count as one clause). An English word with a negative prefix counts only when WordNet makes it the
 * opposite of the word without the prefix ("unknown", not "understand"); a capitalised word inside a
 * sentence is a name, not a loose negation ("Німеччина"). Fixed phrases where a negator does not
 * negate ("не менше", "not only", "…, поки ми не", "чи ні", "No. 1", "不过") are left alone.
 * Headlines are not compared.
 */
import { negations } from '../../text/negation.js';
import { negationWords } from '../../resources/negation.js';
import { lexicalOf } from '../../analysis/sentence-evidence.js';
import type { Span } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { confidentPairs } from '../../analysis/confident-pairs.js';

/** Renderings of an original word that may show it carries a negation ("free" for "безкоштовно"). */
const LOOSE_RENDERINGS = 6;
/** Sentences shorter than this (words on the republished side) are captions and datelines. */
const MIN_WORDS = 4;

type Mention = ReturnType<typeof negations>[number];

/** "1 negation", "2 negations": the count of the side with fewer, for the message. */
function negationCount(n: number): string {
  return n === 1 ? '1 negation' : `${n} negations`;
}

/** Characters that end a clause: negators on either side of one belong to different clauses. */
const CLAUSE_BREAK = /[,;:–—(]/u;
/** Correlative negators continue the negation before them ("ні туди, ні сюди", "neither … nor"). */
const CORRELATIVE = new Set(['ні', 'ни', 'ані', 'nor', 'neither', 'ni', 'noch', 'né', 'nem']);

/**
 * Negated clauses: negators with no clause break between them count once (Slavic double negation,
 * "ніхто ... не", is one English negation), and so does a correlative after the first.
 */
function clauses(mentions: readonly Mention[], text: string, offset: number): number {
  let n = 0;
  let last: Mention | undefined;
  for (const m of mentions) {
    const continues =
      last &&
      (CORRELATIVE.has(m.text.toLowerCase()) ||
        !CLAUSE_BREAK.test(text.slice(last.end - offset, m.start - offset)));
    if (!continues) n++;
    last = m;
  }
  return n;
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
      fewer:
        'The original negates {{original}} clauses of this sentence; the republished text has {{republished}}',
      more: 'The republished text negates {{republished}} clauses of this sentence; the original has {{original}}',
    },
  },
  check(ctx: RuleContext): Finding[] {
    const original = ctx.original!;
    const lang = ctx.body.lang;
    const olang = original.lang;
    const out: Finding[] = [];
    const en = lexicalOf(ctx).english();
    const find = (spans: readonly Span[], lang: string, loose: boolean): Mention[] => {
      const words = negationWords(ctx.resources, lang);
      const options = {
        loose,
        isNegativeDerivation: lang === 'en' ? (w: string) => en.isNegativeDerivation(w) : undefined,
      };
      return spans.flatMap((s) =>
        negations(s.text, lang, words, options).map((n) => ({
          ...n,
          start: n.start + s.start,
          end: n.end + s.start,
        })),
      );
    };
    // a word of the original that may carry a negation without the language's negator as its prefix
    // (не-, ні-: "недалеко" not far) does so only when its dictionary says so: "безпілотник" drone and
    // "безпосередньо" directly carry none, "безкоштовно" free does; a word the dictionary does not know
    // keeps its look
    const side = lexicalOf(ctx).source(olang);
    const englishWords = negationWords(ctx.resources, 'en');
    const negators = [...(negationWords(ctx.resources, olang)?.words ?? [])].filter((w) => w.length <= 3);
    const rendersNegation = (word: string): boolean => {
      const lower = word.toLowerCase();
      if (negators.some((n) => lower.startsWith(n))) return true;
      const renderings = side?.evidence.renderings(lower) ?? [];
      if (!renderings.length) return true;
      return renderings.slice(0, LOOSE_RENDERINGS).some(
        (r) =>
          negations(r, 'en', englishWords, {
            loose: true,
            isNegativeDerivation: (w) => en.isNegativeDerivation(w),
          }).length > 0,
      );
    };
    const findOriginalLoose = (spans: readonly Span[]): Mention[] => {
      const strict = new Set(find(spans, olang, false).map((m) => m.start));
      return find(spans, olang, true).filter((m) => strict.has(m.start) || rendersNegation(m.text));
    };
    // sentence pairs the aligner is sure of. Headlines are left out: they are rewritten too freely
    // for a word-level check (measured on professional translations, where they drew most of the
    // false alarms).
    for (const { original: originalSide, republished } of ctx.use(confidentPairs)) {
      const words = republished.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
      if (words < MIN_WORDS) continue;
      const originalStrict = find(originalSide, olang, false);
      const republishedStrict = find(republished, lang, false);
      if (originalStrict.length > 0 && republishedStrict.length === 0) {
        // a word that may carry the negation, beyond those that render the original's own such words
        // ("without" for "без" carries nothing more)
        const originalLooseOnly = findOriginalLoose(originalSide).length - originalStrict.length;
        if (find(republished, lang, true).length > originalLooseOnly) continue;
        const n = originalStrict[0]!;
        out.push({
          messageId: 'dropped',
          data: { negator: n.text },
          field: 'original.body',
          start: n.start,
          end: n.end,
        });
      } else if (republishedStrict.length > 0 && originalStrict.length === 0) {
        if (findOriginalLoose(originalSide).length > 0) continue;
        const n = republishedStrict[0]!;
        out.push({
          messageId: 'added',
          data: { negator: n.text },
          field: 'body',
          start: n.start,
          end: n.end,
        });
      } else if (originalStrict.length > 0) {
        // both sides negate: a negated clause more on one side than the other side has negations
        const first = originalSide[0]!;
        const originalText = original.body.text.slice(first.start, originalSide.at(-1)!.end);
        const republishedText = ctx.body.text.slice(republished[0]!.start, republished.at(-1)!.end);
        const originalClauses = clauses(originalStrict, originalText, first.start);
        const republishedClauses = clauses(republishedStrict, republishedText, republished[0]!.start);
        const republishedAny = find(republished, lang, true).length;
        const originalAny = findOriginalLoose(originalSide).length;
        if (originalClauses > republishedAny)
          out.push({
            messageId: 'fewer',
            data: { original: String(originalClauses), republished: negationCount(republishedAny) },
            field: 'original.body',
            start: first.start,
            end: originalSide.at(-1)!.end,
          });
        else if (republishedClauses > originalAny)
          out.push({
            messageId: 'more',
            data: { original: negationCount(originalAny), republished: String(republishedClauses) },
            field: 'body',
            start: republished[0]!.start,
            end: republished.at(-1)!.end,
          });
      }
    }
    return out;
  },
});
