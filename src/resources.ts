/**
 * The resources handed to every check, loaded once per run before the first article: the lexicons of
 * `corpora/lexicons/` (one entry per line, `#` starts a comment), the spelling tables of the
 * configured languages and the language model. Data lives in files, not in code. Everything here is
 * plain data (maps, arrays, shared typed arrays), so worker threads receive it as it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_CONFIG, type SyndiqConfig } from './config/config.js';
import { loadLanguageModel, type LanguageModel } from './lang/language-model.js';
import { languageInfo } from './lang/languages.js';
import { CORPORA_DIR, LEXICON_DIR } from './resources/paths.js';
import { loadSpellingTable, SpellingError } from './resources/spelling/store.js';
import type { SpellingTable } from './resources/spelling/table.js';

export { CORPORA_DIR, LEXICON_DIR };
export { SpellingError };

export interface Resources {
  /** Lexicons by file name without extension, e.g. `boilerplate.en`. */
  lexicons: ReadonlyMap<string, readonly string[]>;
  /**
   * Spelling tables by language code, one per dictionary of the language table's `spelling`, for the
   * configured languages that have one. A language absent here has no speller in this run.
   */
  spelling: ReadonlyMap<string, readonly SpellingTable[]>;
  /**
   * The language model (eld's n-gram table in shared memory), which every thread of the run
   * identifies with; null when eld cannot be loaded (franc and script analysis alone). Absent in
   * resources put together by hand: a thread then loads it from the cache on first use.
   */
  languageModel?: LanguageModel | null;
}

/** How long one resource took to load, for `bench:resources` and `--timing`. */
export interface ResourceLoad {
  /** `lexicons`, `spelling:<lang>` or `language-model`. */
  name: string;
  ms: number;
  /** For a spelling table or the language model: true when it was built (no usable copy in the cache). */
  built?: boolean;
}

export interface LoadResourcesOptions {
  /** The lexicon folder (default: the bundled `corpora/lexicons`). */
  lexiconDir?: string;
  /** The languages to load spelling for (default: the default config's languages). */
  languages?: readonly string[];
  /**
   * The folder spelling tables and the language model are kept in, under `spelling/` and
   * `language-model/` (default: `node_modules/.cache/syndiq` beside the installed packages, or the
   * user's cache folder when that cannot be written).
   */
  cacheDir?: string;
  /** Told how long each resource took. */
  onLoad?: (load: ResourceLoad) => void;
}

export function parseLexicon(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(?:^|\s)#[^]*$/, '').trim();
    if (line) out.push(line);
  }
  return out;
}

/** Every `*.txt` lexicon in `dir`. */
export function loadLexicons(dir: string = LEXICON_DIR): Map<string, readonly string[]> {
  const lexicons = new Map<string, readonly string[]>();
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
  } catch {
    // no lexicons folder: rules fall back to their built-in behaviour
  }
  for (const f of files) lexicons.set(basename(f, '.txt'), parseLexicon(readFileSync(join(dir, f), 'utf8')));
  return lexicons;
}

/**
 * The spelling tables of `languages`, each dictionary read from the cache folder or, the first time,
 * built from its package and stored there. A dictionary that cannot be loaded is an error naming it.
 */
export function loadSpelling(
  languages: readonly string[],
  cacheDir: string | undefined,
  onLoad?: (load: ResourceLoad) => void,
): Map<string, readonly SpellingTable[]> {
  const spelling = new Map<string, readonly SpellingTable[]>();
  const byPackage = new Map<string, SpellingTable>();
  for (const lang of new Set(languages)) {
    const names = languageInfo(lang)?.spelling?.dictionaries;
    if (!names) continue;
    const started = performance.now();
    let built = false;
    const tables = names.map((name) => {
      let table = byPackage.get(name);
      if (!table) {
        try {
          const loaded = loadSpellingTable(name, cacheDir);
          built ||= loaded.built;
          table = loaded.table;
        } catch (e) {
          throw new SpellingError(`language "${lang}": ${(e as Error).message}`);
        }
        byPackage.set(name, table);
      }
      return table;
    });
    spelling.set(lang, tables);
    onLoad?.({ name: `spelling:${lang}`, ms: performance.now() - started, built });
  }
  return spelling;
}

/** Every language a run may meet: the candidates, the expected languages and the feeds' languages. */
export function runLanguages(
  config: Pick<SyndiqConfig, 'languages' | 'expectedLanguages' | 'feeds'>,
): string[] {
  const feeds = config.feeds.flatMap((f) => (f.lang ? [f.lang] : []));
  return [...new Set([...config.languages, ...config.expectedLanguages, ...feeds])];
}

/** Load everything a run's rules consult, once, before the first article. */
export function loadResources(options: LoadResourcesOptions = {}): Resources {
  const started = performance.now();
  const lexicons = loadLexicons(options.lexiconDir);
  options.onLoad?.({ name: 'lexicons', ms: performance.now() - started });
  const spelling = loadSpelling(
    options.languages ?? DEFAULT_CONFIG.languages,
    options.cacheDir,
    options.onLoad,
  );
  return { lexicons, spelling, languageModel: languageModelFor(options.cacheDir, options.onLoad) };
}

/** The language model, from the cache folder or built there; null (with a warning) without eld. */
function languageModelFor(
  cacheDir: string | undefined,
  onLoad?: (load: ResourceLoad) => void,
): LanguageModel | null {
  const started = performance.now();
  try {
    const loaded = loadLanguageModel(cacheDir !== undefined ? { cacheDir } : {});
    onLoad?.({ name: 'language-model', ms: performance.now() - started, built: loaded.built });
    return loaded.model;
  } catch (e) {
    process.emitWarning(
      `syndiq: no language model (${(e as Error).message}); languages are told by franc and script analysis`,
      { code: 'SYNDIQ_LANGUAGE_MODEL' },
    );
    return null;
  }
}

/** A lexicon's entries, or an empty list when it does not exist. */
export function lexicon(resources: Resources, name: string): readonly string[] {
  return resources.lexicons.get(name) ?? [];
}

/** Entries of every lexicon whose name starts with `prefix.` (e.g. all `boilerplate.*` languages). */
export function lexiconFamily(resources: Resources, prefix: string): string[] {
  const out: string[] = [];
  for (const [name, entries] of resources.lexicons)
    if (name === prefix || name.startsWith(prefix + '.')) out.push(...entries);
  return out;
}
