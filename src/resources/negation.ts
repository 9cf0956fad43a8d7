/**
 * Negation words and fixed phrases per language (`corpora/lexicons/negation.<lang>.txt`: one word a
 * line, "= phrase" for a fixed phrase in which a negator does not negate), parsed once per loaded
 * `Resources`.
 */
import { lexicon, type Resources } from '../resources.js';
import type { NegationWords } from '../text/negation.js';
import { derived } from './derived.js';

/** Parse the lines of a negation lexicon (comments already stripped). */
export function parseNegationWords(lines: readonly string[]): NegationWords {
  const words = new Set<string>();
  const idioms: string[] = [];
  for (const line of lines) {
    if (line.startsWith('=')) {
      const idiom = line.slice(1).trim().toLowerCase();
      if (idiom) idioms.push(idiom);
    } else words.add(line.toLowerCase());
  }
  return { words, idioms };
}

/** The negation words of `lang`, or undefined when it has no lexicon. */
export function negationWords(resources: Resources, lang: string): NegationWords | undefined {
  return derived(resources, `negation:${lang}`, () => {
    const lines = lexicon(resources, `negation.${lang}`);
    return lines.length ? parseNegationWords(lines) : undefined;
  });
}
