import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageModel } from '../../src/lang/language-model.js';
import { buildNgramTable, ngramScores, type EldText, type NgramTable } from '../../src/lang/ngram-table.js';

const entry = fileURLToPath(import.meta.resolve('eld/medium'));

interface Eld {
  detect(text: string): { getScores(): Record<string, number> };
}

// texts of our own in the scripts and languages syndiq identifies, and the edges of eld's text handling
const TEXTS = [
  'The council voted on Tuesday to close the old bridge for repairs.',
  'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu sperren.',
  'Le conseil municipal a décidé mardi de fermer le vieux pont.',
  'El ayuntamiento decidió el martes cerrar el puente viejo.',
  'Rada miasta postanowiła we wtorek zamknąć stary most.',
  'Il consiglio comunale ha deciso martedì di chiudere il vecchio ponte.',
  'A câmara decidiu na terça-feira fechar a ponte velha.',
  'Belediye meclisi salı günü eski köprüyü kapatma kararı aldı.',
  'Міська рада у вівторок ухвалила закрити старий міст на ремонт.',
  'Городской совет во вторник решил закрыть старый мост на ремонт.',
  'قرر المجلس البلدي يوم الثلاثاء إغلاق الجسر القديم',
  '市议会周二决定关闭旧桥进行维修。',
  "l'homme d’État n'a pas dit don’t",
  'KYIV 2-0 LVIV',
  'Ab',
  '',
  '   \n\t ',
  '2026-12-02 14:00',
  'emoji 😀 and 𝒳 outside the basic plane',
  'Mixed English text with a Ukrainian word: Костянтинівка.',
  'word '.repeat(400),
  'Довге слово'.repeat(60),
];

describe('eld n-gram table', () => {
  let eld: Eld;
  let table: NgramTable;
  let text: EldText;
  beforeAll(() => {
    eld = (createRequire(import.meta.url)(entry) as { eld: Eld }).eld;
    // the model every run identifies with: built from eld's package, stored, and read back from the cache
    ({ table, text } = loadLanguageModel().model);
  });

  it("scores every text exactly as eld's own detector", () => {
    for (const t of TEXTS)
      expect(ngramScores(table, text, t), JSON.stringify(t)).toEqual(eld.detect(t).getScores());
  });

  it('ranks the language of a plain sentence first', () => {
    const best = (t: string): string => Object.keys(ngramScores(table, text, t))[0]!;
    expect(best(TEXTS[0]!)).toBe('en');
    expect(best(TEXTS[1]!)).toBe('de');
    expect(best(TEXTS[8]!)).toBe('uk');
  });

  it('keeps the table in shared memory, so worker threads do not copy it', () => {
    for (const array of [
      table.slots,
      table.keyStart,
      table.keyChars,
      table.valueStart,
      table.valueLang,
      table.valueScore,
    ])
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('builds from a small database and finds only its n-grams', () => {
    const small = buildNgramTable({
      type: 'T2',
      languages: { 0: 'en', 1: 'de' },
      ngrams: { ' the ': { 0: 10 }, ' der ': { 1: 10 }, ' und ': { 1: 5, 0: 1 } },
    });
    expect(ngramScores(small, text, 'the')).toEqual({ en: 63 / (63 + 25) });
    const und = ngramScores(small, text, 'der und');
    // (10 + 53) + (5 + 53) for de over 2 n-grams; (1 + 53) for en
    expect(und).toEqual({ de: 60.5 / (60.5 + 25), en: 27 / (27 + 25) });
    expect(ngramScores(small, text, 'nothing here')).toEqual({});
  });

  it('refuses a score the table cannot hold', () => {
    expect(() =>
      buildNgramTable({ type: 'T1', languages: { 0: 'en' }, ngrams: { ' a ': { 0: 1.5 } } }),
    ).toThrow(/n-gram " a " has score 1.5/);
  });
});
