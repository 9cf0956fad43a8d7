/** Helpers shared by the sentence evidence rules: how to name words in a message. */
import type { SourceWordCheck, WordCheck } from './explain.js';

/** Up to `max` distinct unexplained source words, each with its first renderings: `"зал" (hall, room)`. */
export function quoteSourceWords(checks: readonly SourceWordCheck[], max = 3): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of checks) {
    const w = c.token.text;
    if (c.explained || seen.has(w.toLowerCase())) continue;
    seen.add(w.toLowerCase());
    const r = c.renderings.slice(0, 2).join(', ');
    out.push(r ? `"${w}" (${r})` : `"${w}"`);
    if (out.length === max) break;
  }
  return out.join(', ');
}

/** Up to `max` distinct unexplained English words, quoted. */
export function quoteWords(checks: readonly WordCheck[], max = 4): string {
  const words = [...new Set(checks.filter((c) => !c.explained).map((c) => c.token.text))];
  return words
    .slice(0, max)
    .map((w) => `"${w}"`)
    .join(', ');
}
