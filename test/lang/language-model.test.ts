import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeLanguageModel,
  eldPackage,
  encodeLanguageModel,
  languageModelFile,
  loadLanguageModel,
  type LanguageModel,
} from '../../src/lang/language-model.js';
import { buildNgramTable, ngramScores } from '../../src/lang/ngram-table.js';

const SENTENCES = [
  'The council voted on Tuesday to close the old bridge for repairs.',
  'Міська рада у вівторок ухвалила закрити старий міст на ремонт.',
  'Le conseil municipal a décidé mardi de fermer le vieux pont.',
];

/** A model over a database of three n-grams: cheap to build, enough to tell the layout's faults. */
function smallModel(real: LanguageModel): LanguageModel {
  return {
    eldVersion: '9.9.9',
    table: buildNgramTable({
      type: 'T2',
      languages: { 0: 'en', 1: 'de' },
      ngrams: { ' the ': { 0: 10 }, ' der ': { 1: 10 }, ' und ': { 1: 5, 0: 1 } },
    }),
    text: real.text,
  };
}

describe('the language model on disk', () => {
  let dir: string;
  let shared: LanguageModel;
  let version: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'syndiq-model-'));
    // the test setup keeps the installed eld's model in the default cache folder
    shared = loadLanguageModel({ onWarning: (w) => expect.fail(w) }).model;
    version = eldPackage().version;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what it wrote, arrays in shared memory and scores unchanged', () => {
    const small = smallModel(shared);
    const bytes = encodeLanguageModel(small);
    const onShared = new Uint8Array(new SharedArrayBuffer(bytes.length));
    onShared.set(bytes);
    const back = decodeLanguageModel(onShared, '9.9.9');
    if (typeof back === 'string') throw new Error(back);
    expect(back.table.languages).toEqual(['en', 'de']);
    expect(back.table.slots.buffer).toBe(onShared.buffer);
    expect(back.table.valueLang.buffer).toBe(onShared.buffer);
    for (const t of ['the der und', 'der', 'nothing'])
      expect(ngramScores(back.table, back.text, t)).toEqual(ngramScores(small.table, small.text, t));
  });

  it('refuses bytes of another eld version, another format or a cut-off file, saying why', () => {
    const bytes = encodeLanguageModel(smallModel(shared));
    expect(decodeLanguageModel(bytes, '9.9.8')).toBe('built from eld 9.9.9, not 9.9.8');
    expect(decodeLanguageModel(bytes.subarray(0, bytes.length - 1), '9.9.9')).toMatch(
      /bytes where the header promises/,
    );
    expect(decodeLanguageModel(bytes.subarray(0, 20), '9.9.9')).toMatch(/header runs past the end/);
    expect(decodeLanguageModel(Buffer.from('SQSPELL\n-- some other table --'), '9.9.9')).toBe(
      'not a syndiq language model file',
    );
    const other = Buffer.from(bytes.toString('latin1').replace('"format":1', '"format":7'), 'latin1');
    expect(decodeLanguageModel(other, '9.9.9')).toBe('format 7, expected 1');
  });

  it('rebuilds a damaged cache file with a warning naming it, and the rebuilt file is read next time', () => {
    const file = languageModelFile(dir, version);
    // the default cache's file, copied in and cut short as a write without the rename could leave it
    copyFileSync(loadLanguageModel().file, join(dir, 'whole.bin'));
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(join(dir, 'whole.bin'), file);
    truncateSync(file, readFileSync(file).length - 4096);
    const warnings: string[] = [];
    const rebuilt = loadLanguageModel({ cacheDir: dir, onWarning: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(file);
    expect(warnings[0]).toMatch(/unusable .*bytes where the header promises.*building it again/);
    expect(rebuilt.built).toBe(true);
    expect(rebuilt.stored).toBe(true);
    expect(readFileSync(file).equals(readFileSync(join(dir, 'whole.bin')))).toBe(true);

    const again = loadLanguageModel({ cacheDir: dir, onWarning: (w) => expect.fail(w) });
    expect(again.built).toBe(false);
    for (const t of SENTENCES)
      expect(ngramScores(again.model.table, again.model.text, t)).toEqual(
        ngramScores(shared.table, shared.text, t),
      );
  });

  it('still identifies when the cache folder cannot be written, and says the next run builds again', () => {
    // a folder inside a file cannot be made, whoever runs the test
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const warnings: string[] = [];
    const loaded = loadLanguageModel({ cacheDir: blocked, onWarning: (w) => warnings.push(w) });
    expect(loaded.built).toBe(true);
    expect(loaded.stored).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /cannot keep the language model \(.*a-file.*\); the next run builds it again/,
    );
    expect(Object.keys(ngramScores(loaded.model.table, loaded.model.text, SENTENCES[1]!))[0]).toBe('uk');
  });
});
