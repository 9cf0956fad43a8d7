/**
 * Unicode script analysis: which writing system a character, word or text is in.
 */

export type Script =
  'Latin' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Hebrew' | 'Han' | 'Hiragana' | 'Katakana' | 'Hangul' | 'Other';

const SCRIPT_TESTS: readonly [Script, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
];

/** The script of one letter, or null for digits, punctuation and spaces. */
export function scriptOf(char: string): Script | null {
  if (!/\p{L}/u.test(char)) return null;
  for (const [script, re] of SCRIPT_TESTS) if (re.test(char)) return script;
  return 'Other';
}

/** Letter counts per script. */
export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    const s = scriptOf(ch);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** The script most letters are in, with its share of all letters; null for text without letters. */
export function dominantScript(text: string): { script: Script; share: number; letters: number } | null {
  const counts = scriptCounts(text);
  let best: Script | null = null;
  let bestN = 0;
  let total = 0;
  for (const [s, n] of counts) {
    total += n;
    if (n > bestN) {
      best = s;
      bestN = n;
    }
  }
  return best ? { script: best, share: bestN / total, letters: total } : null;
}

/** The script a language is written in: from the language table. */
export { scriptOfLanguage } from '../lang/languages.js';
