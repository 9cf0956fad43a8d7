/**
 * Transliterated source-language terms a translation should have rendered (`lang-untranslated.<lang>`
 * lexicons: "hromada", "oblast", "PPO"), split once per loaded `Resources` into acronyms and words.
 */
import { lexicon, type Resources } from '../resources.js';
import { derived } from './derived.js';

export interface UntranslatedTerms {
  /** The language the terms come from. */
  lang: string;
  /** Entries with capitals (PPO, TsVK): matched as written. */
  acronyms: ReadonlySet<string>;
  /** Other entries, lower case: matched in any case. */
  words: ReadonlySet<string>;
}

/** Every `lang-untranslated.<lang>` lexicon, in the order the lexicons were loaded. */
export function untranslatedTerms(resources: Resources): readonly UntranslatedTerms[] {
  return derived(resources, 'untranslated-terms', () => {
    const out: UntranslatedTerms[] = [];
    for (const [name] of resources.lexicons) {
      const m = /^lang-untranslated\.(\w+)$/.exec(name);
      if (!m) continue;
      const entries = lexicon(resources, name);
      const acronyms = new Set(entries.filter((e) => /\p{Lu}/u.test(e)));
      const words = new Set(entries.filter((e) => !acronyms.has(e)).map((e) => e.toLowerCase()));
      out.push({ lang: m[1]!, acronyms, words });
    }
    return out;
  });
}
