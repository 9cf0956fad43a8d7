/**
 * @fileoverview A word rendered by its opposite: the republished sentence has a word whose antonym
 * (WordNet) is the first dictionary rendering of a word in the aligned original sentence that the
 * translation does not otherwise carry, and the word itself renders nothing there.
 *
 *     Original:    Перший потяг прибув о 7:00.     Republished: The last train arrived at 7:00.
 *                  ^^^^^^ renders "first"                            ^^^^ Hit! (the opposite of "first")
 *
 * Left alone: both words of a pair on the republished side ("from north to south"), a word that
 * renders another word of the original ("old and new" for "старий і новий"), either word negated
 * ("не новий" / "old", "не зросли" / "did not rise"), opposites made with a negative prefix
 * ("unlike") and negators ("never" / "ever": the negation rule's), names, headlines, and originals in
 * a language without a bilingual lexicon.
 */
import { sentencePairs } from '../../analysis/confident-pairs.js';
import { lexicalOf } from '../../analysis/sentence-evidence.js';
import type { SourceSide } from '../../meaning/lexical.js';
import { negationWords } from '../../resources/negation.js';
import type { Resources } from '../../resources.js';
import { negations } from '../../text/negation.js';
import { wordsOfSpans, type Span, type Token } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';

const LETTERS = /^\p{L}+$/u;
/**
 * Only a source word's first renderings count: the lexicons list rare senses after them ("мало" also
 * renders "mother"), and a rare sense is no evidence of what the sentence says.
 */
const TOP_RENDERINGS = 1;
/** Opposites made with a negative prefix ("like" / "unlike") are the negation rule's business. */
const NEGATIVE_PREFIX = /^(?:un|in|im|il|ir|dis|non|mal|a)/;

const isNegator = (resources: Resources, word: string): boolean =>
  negations(word, 'en', negationWords(resources, 'en')).length > 0;

const prefixed = (a: string, b: string): boolean =>
  (a.endsWith(b) && NEGATIVE_PREFIX.test(a.slice(0, -b.length))) ||
  (b.endsWith(a) && NEGATIVE_PREFIX.test(b.slice(0, -a.length)));

/** The source word a single-word rendering renders. */
interface Rendered {
  source: string;
  rendering: string;
}

/** Letter-only tokens of the spans, each with its offsets into the field. */
const tokensOf = (spans: readonly Span[], lang: string): Token[] =>
  wordsOfSpans(spans, lang).filter((t) => LETTERS.test(t.text));

/** Ends of the negators in the spans: a word right after one is negated. */
function negatedStarts(
  resources: Resources,
  spans: readonly Span[],
  lang: string,
  tokens: readonly Token[],
): Set<number> {
  const ends = new Set(
    spans.flatMap((s) => negations(s.text, lang, negationWords(resources, lang)).map((n) => n.end + s.start)),
  );
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    // the word after the negator, or the one after that ("not much higher", "не дуже новий")
    const before = [tokens[i - 1], tokens[i - 2]].filter((p): p is Token => !!p);
    if (before.some((p) => ends.has(p.end))) out.add(t.start);
  });
  return out;
}

/** Every stem of every rendering of the original's words, and the single-word renderings (lemmas). */
function renderingsOf(
  tokens: readonly Token[],
  negated: ReadonlySet<number>,
  targetStems: ReadonlySet<string>,
  side: SourceSide,
): { all: Set<string>; single: Map<string, Rendered> } {
  const all = new Set<string>();
  const single = new Map<string, Rendered>();
  for (const t of tokens) {
    const renderings = side.renderingWords(t.text);
    // a word the translation renders (by any of its renderings) was carried over: its opposite nearby
    // is some other word's rendering
    const carried = side.carriedInto(t.text, targetStems);
    const content = !carried && !side.isFunction(t.text.toLowerCase()) && [...t.text].length >= 3;
    renderings.forEach(({ words: parts, stems }, rank) => {
      for (const s of stems) all.add(s);
      const one = parts.length === 1 ? parts[0]! : undefined;
      if (one && content && rank < TOP_RENDERINGS && !negated.has(t.start) && !single.has(one))
        single.set(one, { source: t.text, rendering: one });
    });
  }
  return { all, single };
}

export const antonym = defineRule({
  meta: {
    id: 'fidelity/antonym',
    kind: 'mistranslation',
    mqm: 'Accuracy/Mistranslation',
    // minor: the lexicons' renderings are noisy ("пані" also renders "lord"), so on professional
    // translations the rule still meets opposites that are no error (about one in 45 documents)
    severity: 'minor',
    description:
      'A word whose opposite (WordNet antonyms) renders a word of the aligned original sentence, where the word itself renders nothing there ("fell" for "зросли").',
    hasSuggestions: true,
    needs: ['original', 'alignment'],
    messages: {
      opposite: '"{{text}}" says the opposite of the original: "{{source}}" means "{{expected}}"',
    },
  },
  check(ctx: RuleContext): Finding[] {
    const original = ctx.original!;
    if (ctx.body.lang !== 'en') return [];
    const lex = lexicalOf(ctx);
    const side = lex.source(original.lang);
    if (!side) return [];
    const en = lex.english();
    const out: Finding[] = [];
    // every pair: the test itself is narrow (an opposite of a word the translation does not carry)
    for (const pair of ctx.use(sentencePairs)) {
      const targetTokens = tokensOf(pair.republished, 'en');
      const negatedTarget = negatedStarts(ctx.resources, pair.republished, 'en', targetTokens);
      const targetStems = new Set(targetTokens.flatMap((t) => en.stemsOf(t.text)));
      const sourceTokens = tokensOf(pair.original, original.lang);
      const source = renderingsOf(
        sourceTokens,
        negatedStarts(ctx.resources, pair.original, original.lang, sourceTokens),
        targetStems,
        side,
      );
      const first = targetTokens[0];
      for (const t of targetTokens) {
        const lower = t.text.toLowerCase();
        if (negatedTarget.has(t.start) || !en.isContent(lower)) continue;
        // a capital inside the sentence is a name ("Defense Ministry", "Bull")
        if (t !== first && t.text[0] !== lower[0]) continue;
        const stems = en.stemsOf(t.text);
        if (stems.some((s) => source.all.has(s))) continue;
        for (const a of en.antonymsOf(lower)) {
          const rendered = source.single.get(a.opposite);
          const stem = en.stem(a.opposite);
          if (!rendered || targetStems.has(stem) || prefixed(a.lemma, a.opposite)) continue;
          // "never" / "ever", "no" / "yes": the negation rule's business
          if (isNegator(ctx.resources, a.lemma) || isNegator(ctx.resources, a.opposite)) continue;
          out.push({
            messageId: 'opposite',
            data: { text: t.text, source: rendered.source, expected: rendered.rendering },
            field: 'body',
            start: t.start,
            end: t.end,
            suggestion: rendered.rendering,
          });
          break;
        }
      }
    }
    return out;
  },
});
