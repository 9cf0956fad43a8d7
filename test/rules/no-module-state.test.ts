/**
 * Rules read what they need from the resources loaded once per run: none reads a file, resolves a
 * package or keeps a cache of its own at module level. A module-level Map/Set/WeakMap is allowed
 * as a constant table; it is state when the file calls `.set(`/`.add(`/`.delete(`/`.clear(` on it.
 * A text scan, not a type check: it judges module-level by the declaration starting its line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES_DIR = join(import.meta.dirname, '../../src/rules');

const LOADERS = ['readFileSync', 'require.resolve', 'createRequire'];
const MODULE_COLLECTION =
  /^(?:export\s+)?(?:const|let|var)\s+(\w+)\b[^=\n]*=\s*new\s+(?:Weak)?(?:Map|Set)\b/gm;

/** What is wrong with one source file, as readable lines (empty when nothing is). */
function moduleState(source: string): string[] {
  const problems = LOADERS.filter((l) => source.includes(l)).map((l) => `uses ${l}`);
  for (const m of source.matchAll(MODULE_COLLECTION)) {
    const name = m[1]!;
    if (new RegExp(`\\b${name}\\s*\\.\\s*(?:set|add|delete|clear)\\(`).test(source))
      problems.push(`module-level ${name} is changed after it is built (a cache)`);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('rules keep no module state', () => {
  it('no rule file reads a file, resolves a package or fills a module-level collection', () => {
    const files = sourceFiles(RULES_DIR);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) =>
      moduleState(readFileSync(f, 'utf8')).map((p) => `${relative(RULES_DIR, f)}: ${p}`),
    );
    expect(found).toEqual([]);
  });

  it('flags a cache and a file read, and leaves a constant table and a local collection alone', () => {
    const cache = `const cache = new WeakMap<object, string[]>();\nfunction f(k: object) { cache.set(k, []); }\n`;
    const load = `import { readFileSync } from 'node:fs';\nconst text = readFileSync('x.txt', 'utf8');\n`;
    const table = `const WORDS: ReadonlySet<string> = new Set(['a', 'b']);\nexport const has = (w: string) => WORDS.has(w);\n`;
    const local = `function f() {\n  const seen = new Set<string>();\n  seen.add('x');\n}\n`;
    expect(moduleState(cache)).toEqual(['module-level cache is changed after it is built (a cache)']);
    expect(moduleState(load)).toEqual(['uses readFileSync']);
    expect(moduleState(table)).toEqual([]);
    expect(moduleState(local)).toEqual([]);
  });
});
