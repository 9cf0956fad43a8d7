/**
 * @fileoverview A source word rendered by an English word that only looks like it: the republished
 * sentence has a word spelled like a word of the aligned original sentence (`looksAlike`: "magazine"
 * for "магазин", "data" for "дату", "hotel" for "хотел") that renders no word of the original, while
 * the source word's dictionary renderings are nowhere in the translation and none of them looks like
 * the English word. The false friends no list names; the listed ones are `fidelity/false-friend`'s.
 *
 *     Original:    Дату зустрічі ще не погодили.     Republished: The data of the meeting is not agreed.
 *                  ^^^^ renders "date"                             ^^^^ Hit! (looks like "дату")
 *
 * Only common English words (a meaning of their own: not "oblast", not "rubles" where the dictionary
 * says "rouble") that no lemma akin to the source word renders in a look-alike form: "robot" for
 * "робота" is left alone because "робот" renders it, "scandals" for "скандалов" because "скандальный"
 * renders "scandalous" (the dictionary missed the cognate for this form).
 *
 * Left alone besides: a cognate the dictionary lists in any form ("president" for "президентський", whose
 * renderings hold "presidential"), a source word the translation renders, an English word that
 * renders another word of the original, names (capitalised words on either side), words shorter than
 * five letters once folded, and originals in a language without a bilingual lexicon.
 */
import { sentencePairs } from '../../analysis/confident-pairs.js';
import { lexicalOf } from '../../analysis/sentence-evidence.js';
import { commonStart, looksAlike, MIN_LOOK_ALIKE_KEY } from '../../lexicon/look-alike.js';
import type { EnglishSide, SourceSide } from '../../meaning/lexical.js';
import { falseFriends, normalizeSource, type FalseFriend } from '../../resources/false-friends.js';
import { foldWord } from '../../text/translit.js';
import { wordsOfSpans, type Token } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';

const LOWER_WORD = /^\p{Ll}+$/u;

/** An English word with a meaning of its own: at least this frequent in SUBTLEX-US ("oblast" is not). */
const MIN_COUNT = 50;
/** Source lemmas sharing this many first letters with the source word are its kin ("робот" for "робота"). */
const KIN_PREFIX = 4;
/** Kin lemmas looked at, at most (a short prefix of a common start can have hundreds). */
const MAX_KIN = 400;

/**
 * Whether a lemma akin to the source word (same first letters) is rendered by the English word or
 * another form of it, and looks like that rendering: "робот" robot for "робота", "скандальный"
 * scandalous for "скандалов". The English word is then a cognate of the original's vocabulary.
 */
function kinRendered(side: SourceSide, en: EnglishSide, source: string, english: string): boolean {
  const stems = new Set(en.stemsOf(english));
  const lexicon = side.evidence.lexicon;
  const prefixes = new Set([source, ...side.evidence.lemmaOf(source)].map((w) => w.slice(0, KIN_PREFIX)));
  for (const prefix of prefixes) {
    let seen = 0;
    for (const lemma of lexicon.lemmasWithPrefix(prefix)) {
      if (++seen > MAX_KIN) break;
      for (const r of lexicon.renderings(lemma))
        if (
          LOWER_WORD.test(r) &&
          stems.has(en.stem(r)) &&
          commonStart(foldWord(lemma, side.lang), foldWord(r)) >= MIN_LOOK_ALIKE_KEY
        )
          return true;
    }
  }
  return false;
}

/** Whether the listed false friends already name this pair (`fidelity/false-friend` reports it). */
function listed(entries: readonly FalseFriend[], source: string, english: string): boolean {
  const w = normalizeSource(source);
  return entries.some(
    (e) =>
      e.sources.some((s) => (s.exact ? w === s.text : w.startsWith(s.text))) &&
      e.wrong.some((p) => p.length === 1 && english.startsWith(p[0]!)),
  );
}

/** Whether a dictionary rendering of the source word looks like the English word (a listed cognate). */
function cognateListed(renderings: readonly string[], english: string): boolean {
  const key = foldWord(english);
  return renderings.some((r) => commonStart(foldWord(r.split(/[ -]/)[0]!), key) >= MIN_LOOK_ALIKE_KEY - 1);
}

/** Source words of a pair that the translation does not render, with their renderings. */
function unrendered(
  tokens: readonly Token[],
  side: SourceSide,
  targetStems: ReadonlySet<string>,
): { token: Token; renderings: readonly string[] }[] {
  return tokens.flatMap((token) => {
    if (!LOWER_WORD.test(token.text) || side.isFunction(token.text)) return [];
    const renderings = side.evidence.renderings(token.text);
    if (!renderings.length) return [];
    if (side.carriedInto(token.text, targetStems)) return [];
    return [{ token, renderings }];
  });
}

export const lookAlike = defineRule({
  meta: {
    id: 'fidelity/look-alike',
    kind: 'mistranslation',
    mqm: 'Accuracy/Mistranslation',
    // minor: the dictionaries miss cognates, so a right rendering that only looks like its source can
    // still be taken for a false friend
    severity: 'minor',
    description:
      'An English word that looks like a word of the aligned original sentence but is none of its renderings, where the translation renders that word nowhere ("magazine" for "магазин").',
    hasSuggestions: true,
    needs: ['original', 'alignment'],
    messages: {
      lookAlike: '"{{text}}" only looks like "{{source}}" of the original, which means "{{expected}}"',
    },
  },
  check(ctx: RuleContext): Finding[] {
    const original = ctx.original!;
    if (ctx.body.lang !== 'en') return [];
    const lex = lexicalOf(ctx);
    const side = lex.source(original.lang);
    if (!side) return [];
    const en = lex.english();
    const entries = falseFriends(ctx.resources, `${original.lang}-en`);
    const out: Finding[] = [];
    for (const pair of ctx.use(sentencePairs)) {
      const targetTokens = wordsOfSpans(pair.republished, 'en');
      const targetStems = new Set(targetTokens.flatMap((t) => en.stemsOf(t.text)));
      const sourceTokens = wordsOfSpans(pair.original, original.lang);
      const candidates = unrendered(sourceTokens, side, targetStems);
      if (!candidates.length) continue;
      // stems of every rendering of every source word: an English word among them renders something
      const rendered = new Set(
        sourceTokens.flatMap((t) => side.renderingStems(t.text).flatMap((r) => [...r])),
      );
      for (const t of targetTokens) {
        if (!LOWER_WORD.test(t.text) || !en.isContent(t.text)) continue;
        if (en.stemsOf(t.text).some((s) => rendered.has(s))) continue;
        if ((en.words.count(t.text) ?? 0) < MIN_COUNT) continue;
        const hit = candidates.find(
          (c) =>
            looksAlike(c.token.text, original.lang, t.text) &&
            !cognateListed(c.renderings, t.text) &&
            !listed(entries, c.token.text, t.text) &&
            !kinRendered(side, en, c.token.text, t.text),
        );
        if (!hit) continue;
        out.push({
          messageId: 'lookAlike',
          data: { text: t.text, source: hit.token.text, expected: hit.renderings[0]! },
          field: 'body',
          start: t.start,
          end: t.end,
          suggestion: hit.renderings[0]!,
        });
      }
    }
    return out;
  },
});
