/**
 * Loaded resources handed to every check: lexicons from `corpora/lexicons/` (one entry per line,
 * `#` starts a comment). Data lives in files, not in code; loading happens once per run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Resources {
  /** Lexicons by file name without extension, e.g. `boilerplate.en`. */
  lexicons: ReadonlyMap<string, readonly string[]>;
}

/** The bundled corpora folder (works from `src/` under tsx and from `dist/`). */
export const CORPORA_DIR = fileURLToPath(new URL('../corpora/', import.meta.url));
export const LEXICON_DIR = join(CORPORA_DIR, 'lexicons');

export function parseLexicon(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(?:^|\s)#[^]*$/, '').trim();
    if (line) out.push(line);
  }
  return out;
}

/** Load every `*.txt` lexicon in `dir`. */
export function loadResources(dir: string = LEXICON_DIR): Resources {
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
  return { lexicons };
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
