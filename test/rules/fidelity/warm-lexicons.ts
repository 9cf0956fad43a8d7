/** Loads the lexicons these tests use once, before any case runs, so no case pays for them. */
import { beforeAll } from 'vitest';
import { committedLexicalResources } from '../../../src/meaning/lexical.js';

export function warmLexicons(langs: readonly string[]): void {
  beforeAll(() => {
    const lex = committedLexicalResources();
    lex.english();
    for (const l of langs) lex.source(l)?.renderingStems('a');
  });
}
