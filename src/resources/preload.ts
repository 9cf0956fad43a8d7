/**
 * The tables that live once per process (per worker thread) rather than in the plain-data
 * `Resources` (they hold functions, which cannot cross to workers): the bilingual word evidence of
 * the run's languages, the English word and name lists, the number words. Loaded here, before the
 * first article, so no article pays for a first use and `--timing` shows what they cost. The
 * language model is in `Resources` (shared memory); it is installed here for the thread.
 */
import { useLanguageModel } from '../lang/eld.js';
import { languageInfo } from '../lang/languages.js';
import { BILINGUAL_LANGUAGES } from '../lexicon/load.js';
import { committedNumberWords } from '../lexicon/number-words.js';
import { monthNames } from '../match/numerals.js';
import { hanSyllables } from '../match/script-keys.js';
import { committedLexicalResources } from '../meaning/lexical.js';
import type { ResourceLoad, Resources } from '../resources.js';
import { gazetteer } from './gazetteer.js';
import { vocabulary } from './vocabulary.js';

function timed(name: string, load: () => unknown, onLoad?: (l: ResourceLoad) => void): void {
  const started = performance.now();
  load();
  onLoad?.({ name, ms: performance.now() - started });
}

/** Load the per-process tables the run's `languages` need; each step is reported to `onLoad`. */
export function preloadProcessTables(
  resources: Resources,
  languages: readonly string[],
  onLoad?: (load: ResourceLoad) => void,
): void {
  if (resources.languageModel !== undefined) useLanguageModel(resources.languageModel);
  timed('number-words', () => committedNumberWords(), onLoad);
  const lexical = committedLexicalResources();
  timed('lexical:en', () => lexical.english(), onLoad);
  const bilingual: ReadonlySet<string> = new Set(BILINGUAL_LANGUAGES);
  for (const lang of languages)
    if (bilingual.has(lang)) timed(`lexical:${lang}`, () => lexical.source(lang), onLoad);
  timed('month-names', () => monthNames(), onLoad);
  // Han text is matched through its pinyin: the reading dictionary is read once, here
  if (languages.some((lang) => languageInfo(lang)?.script === 'Han'))
    timed('pinyin', () => hanSyllables('北京'), onLoad);
  timed(
    'names-and-words',
    () => {
      gazetteer(resources);
      const v = vocabulary(resources);
      v.frequency('the');
      v.isName('Qzxq'); // a name no table knows goes through every table
      v.sameLemma('went', 'go');
    },
    onLoad,
  );
}
