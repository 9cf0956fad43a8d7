/**
 * Word evidence for one passage pair (a source passage and its English rendering): which content
 * words of each side the other side explains.
 *
 * A source word is explained when one of its dictionary renderings is in the English (by English
 * stem, all words of a multi-word rendering), or when it survives translation as a name or cognate
 * (the same folded prefix key as an English word: "Ткаченко" / "Tkachenko"; only for capitalised
 * words and words the dictionary does not know). A source word with neither renderings nor a matching key is unknown: it counts on
 * neither side of the share. An English word is explained when it is a rendering of a source word of
 * the passage or shares a key with one. Numbers are another rule's business and are skipped.
 */
import { wordKeys } from '../match/keys.js';
import { words as tokens, type Token } from '../text/segment.js';
import type { LexicalResources } from './lexical.js';

export interface WordCheck {
  token: Token;
  /** True when the other side has evidence for the word. */
  explained: boolean;
}

export interface SourceWordCheck extends WordCheck {
  /** English renderings listed for the word (empty for a name or cognate known only by its key). */
  renderings: readonly string[];
}

export interface PairEvidence {
  /** Source content words that have renderings or a key match (known words); unknown words are left out. */
  source: SourceWordCheck[];
  /** Content words of the English side. */
  target: WordCheck[];
  /** Share of known source words explained by the target (1 when there are none). */
  sourceShare: number;
  /** Share of English content words explained by the source (1 when there are none). */
  targetShare: number;
}

const LETTERS = /^[\p{L}\p{M}'’-]+$/u;
const HAN = /\p{Script=Han}/u;

function isContentToken(t: Token, minLength: number): boolean {
  return LETTERS.test(t.text) && [...t.text].length >= minLength;
}

const share = (checks: readonly WordCheck[]): number =>
  checks.length ? checks.filter((c) => c.explained).length / checks.length : 1;

/** Content tokens of a source passage, with offsets relative to `offset`. */
export function sourceContentWords(text: string, lang: string, lex: LexicalResources, offset = 0): Token[] {
  const side = lex.source(lang);
  return tokens(text, lang, offset).filter((t) => {
    const lower = t.text.toLowerCase();
    // Chinese words are one or two characters; elsewhere short words are mostly grammar
    if (!isContentToken(t, HAN.test(t.text) ? 1 : 3)) return false;
    return !side?.isFunction(lower);
  });
}

/** Content tokens of an English passage. */
export function englishContentWords(text: string, lex: LexicalResources, offset = 0): Token[] {
  const en = lex.english();
  return tokens(text, 'en', offset).filter(
    (t) => isContentToken(t, 3) && en.isContent(t.text.toLowerCase().replace(/’/g, "'")),
  );
}

/**
 * Evidence for a source passage against an English one. Offsets of the returned tokens are relative
 * to `offsets.source` and `offsets.target` (the passages' starts in their fields).
 */
export function explainPair(
  source: string,
  lang: string,
  english: string,
  lex: LexicalResources,
  offsets: { source: number; target: number } = { source: 0, target: 0 },
): PairEvidence {
  const side = lex.source(lang);
  const en = lex.english();
  const targetTokens = englishContentWords(english, lex, offsets.target);
  // every English word can confirm a rendering ("you", "all"); only content words are judged
  const targetStems = new Map<string, number[]>();
  for (const t of tokens(english, 'en'))
    for (const s of en.stemsOf(t.text)) if (!targetStems.has(s)) targetStems.set(s, []);
  const targetKeys = new Map<string, number[]>();
  targetTokens.forEach((t, i) => {
    for (const s of en.stemsOf(t.text)) targetStems.set(s, [...(targetStems.get(s) ?? []), i]);
    for (const k of wordKeys(t.text, 'en')) targetKeys.set(k, [...(targetKeys.get(k) ?? []), i]);
  });
  const targetExplained = new Array<boolean>(targetTokens.length).fill(false);
  const sourceChecks: SourceWordCheck[] = [];
  for (const token of sourceContentWords(source, lang, lex, offsets.source)) {
    const stems = side?.renderingStems(token.text) ?? [];
    let explained = false;
    for (const r of stems) {
      if (!r.every((s) => targetStems.has(s))) continue;
      explained = true;
      for (const s of r) for (const i of targetStems.get(s)!) targetExplained[i] = true;
    }
    // a word the dictionary knows is judged by the dictionary: prefix keys of common words collide
    // ("вісім" and "visitors"); names and words it does not know are matched by key
    const byKey = !stems.length || token.text[0] !== token.text[0]!.toLowerCase();
    const keys = byKey ? wordKeys(token.text, lang) : [];
    for (const k of keys) {
      const hits = targetKeys.get(k);
      if (!hits) continue;
      explained = true;
      for (const i of hits) targetExplained[i] = true;
    }
    // unknown word or grammar: no evidence either way
    if (!stems.length && (!explained || !byKey || side?.evidence.renderings(token.text).length)) continue;
    const renderings = side ? side.evidence.renderings(token.text) : [];
    sourceChecks.push({ token, explained, renderings });
  }
  const target = targetTokens.map((token, i) => ({ token, explained: targetExplained[i]! }));
  return { source: sourceChecks, target, sourceShare: share(sourceChecks), targetShare: share(target) };
}
