/** Where syndiq's bundled data lives (works from `src/` under tsx and from `dist/`). */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled corpora folder: sample corpus, lexicons, the language table. */
export const CORPORA_DIR = fileURLToPath(new URL('../../corpora/', import.meta.url));
export const LEXICON_DIR = join(CORPORA_DIR, 'lexicons');
/** The package's own folder (holds package.json and node_modules). */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
