/**
 * The page-chrome lexicons, read once per loaded `Resources`: boilerplate phrases (`boilerplate.*`),
 * the platforms a promo line names (`boilerplate-platforms`) and navigation words (`navigation.*`).
 */
import { normalizeLine } from '../analysis/lines.js';
import { lexicon, lexiconFamily, type Resources } from '../resources.js';
import { derived } from './derived.js';

export type PhraseMode = 'exact' | 'prefix';

export interface Phrase {
  /** Normalised phrase (see `normalizeLine`). */
  text: string;
  mode: PhraseMode;
}

/**
 * Phrases from every lexicon of a family (e.g. all `boilerplate.*` languages). An entry ending in
 * ` *` matches the start of a line ("Read also: *"); any other entry must match the whole line.
 */
export function phrases(resources: Resources, family: string): readonly Phrase[] {
  return derived(resources, `phrases:${family}`, () => {
    const out: Phrase[] = [];
    for (const entry of lexiconFamily(resources, family)) {
      const prefix = /\s\*$/.test(entry);
      const raw = prefix ? entry.slice(0, -2).trim() : entry;
      // a prefix keeps its colon: "Share: *" must not match "Share this story with…"
      const text = normalizeLine(raw) + (prefix && /:$/.test(raw) ? ':' : '');
      if (text) out.push({ text, mode: prefix ? 'prefix' : 'exact' });
    }
    return out;
  });
}

/** One pattern per platform name, matching it at a word start in lower-cased text. */
export function platformPatterns(resources: Resources): readonly RegExp[] {
  return derived(resources, 'platform-patterns', () =>
    lexicon(resources, 'boilerplate-platforms').map(
      (p) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${p.toLocaleLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'),
    ),
  );
}

export interface Navigation {
  /** Every navigation word, longest first (so "Latest News" wins over "Latest"). */
  words: readonly string[];
  /** Lower-cased words that start a trail ("^Home" in the lexicon). */
  roots: ReadonlySet<string>;
  /** Every navigation word, lower-cased. */
  lower: ReadonlySet<string>;
}

/** The navigation words of every `navigation.*` lexicon. */
export function navigation(resources: Resources): Navigation {
  return derived(resources, 'navigation', () => {
    const words = new Set<string>();
    const roots = new Set<string>();
    for (const entry of lexiconFamily(resources, 'navigation')) {
      const word = entry.replace(/^\^/, '');
      words.add(word);
      if (entry.startsWith('^')) roots.add(word.toLocaleLowerCase());
    }
    const sorted = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    return { words: sorted, roots, lower: new Set(sorted.map((w) => w.toLocaleLowerCase())) };
  });
}
