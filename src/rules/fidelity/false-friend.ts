/**
 * @fileoverview False friends and literal renderings: the republished text has the wrong rendering
 * ("anxiety", "decade", "object", "eventually") where the aligned paragraph of the original has the
 * source word that MT typically renders that way (тривога, декада, об'єкт, eventuell).
 *
 * Lexicons: `corpora/lexicons/false-friends.<original lang>-<republished lang>.txt`. Leaves alone
 * the same English words when the original's paragraph has no such source word (a correct
 * "eventually" for "schließlich"), and language pairs without a lexicon.
 */
import { falseFriends, normalizeSource, type FalseFriendSource } from '../../resources/false-friends.js';
import type { Field } from '../../model.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { words, type Span } from '../../text/segment.js';

/** An inflected form of a listed English rendering: "anxieties", "liquidated", "objects" (not "decadent"). */
function wordMatches(token: string, word: string): boolean {
  if (token === word) return true;
  const forms = [`${word}s`, `${word}es`, `${word}d`, `${word}ed`, `${word}ing`];
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  if (word.endsWith('e')) forms.push(`${word.slice(0, -1)}ing`);
  return forms.includes(token);
}

/** The first word (as written) that one of the sources names; `words` holds [as written, normalised]. */
function sourceIn(
  words: readonly (readonly [string, string])[],
  sources: readonly FalseFriendSource[],
): string | null {
  for (const [text, w] of words) {
    for (const s of sources) if (s.exact ? w === s.text : w.startsWith(s.text)) return text;
  }
  return null;
}

interface Pair {
  field: Field;
  republished: Span;
  original: Span[];
}

function pairsOf(ctx: RuleContext): Pair[] {
  const o = ctx.original!;
  const pairs: Pair[] = [
    {
      field: 'title',
      republished: { start: 0, end: ctx.title.text.length, text: ctx.title.text },
      original: [{ start: 0, end: o.title.text.length, text: o.title.text }],
    },
  ];
  const rep = ctx.body.paragraphs;
  const orig = o.body.paragraphs;
  const byRep = new Map<number, Set<number>>();
  for (const p of ctx.alignment?.pairs ?? []) {
    if (p.republished === null || p.original === null) continue;
    const set = byRep.get(p.republished) ?? new Set<number>();
    // neighbours too: a sentence may sit one paragraph off after a merge or split
    for (const d of [-1, 0, 1]) if (orig[p.original + d]) set.add(p.original + d);
    byRep.set(p.republished, set);
  }
  rep.forEach((span, i) => {
    const set = byRep.get(i);
    if (set) pairs.push({ field: 'body', republished: span, original: [...set].map((k) => orig[k]!) });
  });
  return pairs;
}

export const falseFriend = defineRule({
  meta: {
    id: 'fidelity/false-friend',
    kind: 'mistranslation',
    mqm: 'Accuracy/Mistranslation',
    severity: 'major',
    description:
      'Wrong literal renderings of source words (тривога → "anxiety", eventuell → "eventually"), only where the aligned original paragraph has the source word.',
    hasSuggestions: true,
    needs: ['original'],
    messages: {
      falseFriend: '"{{text}}" renders "{{source}}" by a false friend; it means {{right}}',
    },
  },
  check(ctx) {
    const o = ctx.original;
    if (!o) return [];
    const entries = falseFriends(ctx.resources, `${o.lang}-${ctx.body.lang}`);
    if (entries.length === 0) return [];
    const findings: Finding[] = [];
    for (const pair of pairsOf(ctx)) {
      const repTokens = words(pair.republished.text, ctx.body.lang, pair.republished.start);
      const origWords = pair.original.flatMap((s) =>
        words(s.text, o.lang, s.start).map((w) => [w.text, normalizeSource(w.text)] as const),
      );
      const text = pair.field === 'title' ? ctx.title.text : ctx.body.text;
      for (const e of entries) {
        const source = sourceIn(origWords, e.sources);
        if (!source) continue;
        for (const phrase of e.wrong) {
          for (let i = 0; i + phrase.length <= repTokens.length; i++) {
            if (!phrase.every((w, k) => wordMatches(repTokens[i + k]!.text.toLowerCase(), w))) continue;
            const start = repTokens[i]!.start;
            const end = repTokens[i + phrase.length - 1]!.end;
            findings.push({
              messageId: 'falseFriend',
              field: pair.field,
              start,
              end,
              data: { text: text.slice(start, end), source, right: e.right },
              suggestion: e.suggestion,
            });
          }
        }
      }
    }
    return findings;
  },
});
