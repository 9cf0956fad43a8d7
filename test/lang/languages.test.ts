import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  knownLanguages,
  languageInfo,
  languageName,
  parseLanguageTable,
  scriptOfLanguage,
  toIso1,
  toIso3,
} from '../../src/lang/languages.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { stemmerFor } from '../../src/lexicon/stemmer.js';
import snowball from 'snowball-stemmers';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};

describe('the language table', () => {
  it('answers for every default language', () => {
    for (const code of DEFAULT_CONFIG.languages) {
      expect(languageInfo(code), code).toBeDefined();
      expect(scriptOfLanguage(code), code).not.toBeNull();
      expect(toIso1(toIso3(code)!)).toBe(code);
    }
    expect(languageName('uk')).toBe('Ukrainian');
    expect(languageName('xx')).toBe('xx');
    expect(toIso1('zzz')).toBe('und');
  });

  it('names only dictionary packages syndiq depends on', () => {
    for (const l of knownLanguages())
      for (const d of l.spelling?.dictionaries ?? [])
        expect(pkg.dependencies[d], `${l.code}: ${d}`).toBeDefined();
  });

  it('names only stemmers Snowball has, and each stems its own language', () => {
    const algorithms = new Set(snowball.algorithms());
    for (const l of knownLanguages()) if (l.stemmer) expect(algorithms.has(l.stemmer), l.code).toBe(true);
    expect(stemmerFor('de')?.('Häuser')).toBe(stemmerFor('de')?.('Häusern'));
    expect(stemmerFor('en')?.('councils')).toBe('council');
    expect(stemmerFor('uk')).toBeUndefined();
  });

  it('own letters of languages sharing a script do not overlap', () => {
    const seen = new Map<string, string>();
    for (const l of knownLanguages())
      for (const c of l.ownLetters) {
        expect(seen.get(`${l.script}:${c}`), `${c} in ${l.code}`).toBeUndefined();
        seen.set(`${l.script}:${c}`, l.code);
      }
  });

  it('rejects a malformed entry naming the file, the language and the field', () => {
    expect(() =>
      parseLanguageTable('{"languages": {"xx": {"name": "X", "script": "Runic"}}}', 'langs.json'),
    ).toThrow(/langs\.json: language "xx": "script" must be one of/);
    expect(() =>
      parseLanguageTable('{"languages": {"xx": {"name": "X", "fold": [["a"]]}}}', 'langs.json'),
    ).toThrow(/"fold" must be a list/);
    expect(() =>
      parseLanguageTable('{"languages": {"xx": {"name": "X", "stemmer": "Dutch!"}}}', 'langs.json'),
    ).toThrow(/langs\.json: language "xx": "stemmer" must be a Snowball algorithm/);
    expect(() => parseLanguageTable('{"languages": ', 'langs.json')).toThrow(/langs\.json: not valid JSON/);
  });
});
