/**
 * Tables derived from the loaded lexicons (sets, parsed entries), built the first time a rule asks
 * and kept with their `Resources`, so no rule re-parses a lexicon per article and no rule keeps a
 * cache of its own. Keyed weakly: a run's tables go when its `Resources` does.
 */
import { lexicon, type Resources } from '../resources.js';

const tables = new WeakMap<Resources, Map<string, unknown>>();

/**
 * The table `key` of `resources`, built by `build` on first use. `key` must name everything `build`
 * depends on besides `resources` (the lexicon and how its entries are read).
 */
export function derived<T>(resources: Resources, key: string, build: () => T): T {
  let byKey = tables.get(resources);
  if (!byKey) tables.set(resources, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const table = build();
  byKey.set(key, table);
  return table;
}

/** How a lexicon's entries are folded before they are compared with a word. */
export type Fold = 'as-written' | 'lower' | 'locale-lower';

function folder(fold: Fold): (s: string) => string {
  if (fold === 'lower') return (s) => s.toLowerCase();
  if (fold === 'locale-lower') return (s) => s.toLocaleLowerCase();
  return (s) => s;
}

/** A lexicon's entries as a set, folded by `fold`; empty when the lexicon does not exist. */
export function lexiconSet(
  resources: Resources,
  name: string,
  fold: Fold = 'as-written',
): ReadonlySet<string> {
  return derived(resources, `set:${fold}:${name}`, () => new Set(lexicon(resources, name).map(folder(fold))));
}

/**
 * A lexicon of `key value value…` lines (e.g. `repetition-languages`: a language and the kinds of
 * reduplication its grammar uses) as a map from the first word to the set of the others.
 */
export function lexiconKeyed(resources: Resources, name: string): ReadonlyMap<string, ReadonlySet<string>> {
  return derived(resources, `keyed:${name}`, () => {
    const out = new Map<string, ReadonlySet<string>>();
    for (const entry of lexicon(resources, name)) {
      const [key, ...values] = entry.split(/\s+/);
      if (key) out.set(key, new Set(values));
    }
    return out;
  });
}

/** A lexicon's entries folded by `fold`, in file order; empty when the lexicon does not exist. */
export function lexiconFolded(resources: Resources, name: string, fold: Fold): readonly string[] {
  return derived(resources, `list:${fold}:${name}`, () => lexicon(resources, name).map(folder(fold)));
}
