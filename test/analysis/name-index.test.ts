import { describe, expect, it } from 'vitest';
import { sameName, SameNameIndex } from '../../src/analysis/words.js';
import { entriesNaming, foldedFormOf, parseGazetteer, plainFormOf } from '../../src/resources/gazetteer.js';
import { foldWord } from '../../src/text/translit.js';

// invented and real place and person names in several scripts and case forms
const NATIVE = [
  'Харків',
  'Харкова',
  'Харкові',
  'Празі',
  'Прага',
  'Полтава',
  'Полтаві',
  'Зеленського',
  'Зеленський',
  'Вербицька',
  'Ужгород',
  'Ужгороді',
  'Дубно',
  'Остапенко',
];
const REPUBLISHED = [
  'Kharkiv',
  'Kharkov',
  'Prague',
  'Praha',
  'Poltava',
  'Zelensky',
  'Zelenskyy',
  'Verbytska',
  'Uzhhorod',
  'Dubno',
  'Dubna',
  'Ostapenko',
  'London',
  'Ternopil',
];

describe('SameNameIndex', () => {
  const folds = NATIVE.map((w) => foldWord(w, 'uk'));
  const index = new SameNameIndex<string>();
  for (const f of folds) index.add(f, f);

  it('offers every original word that sameName pairs with a republished word', () => {
    for (const rep of [...REPUBLISHED.map((w) => foldWord(w)), ...folds]) {
      const found = new Set<string>();
      index.collect(rep, found);
      const paired = folds.filter((orig) => sameName(rep, orig));
      expect([...found]).toEqual(expect.arrayContaining(paired));
    }
  });

  it('offers nothing for a name unlike any filed, and nothing for an empty fold', () => {
    for (const rep of ['London', 'Ternopil'].map((w) => foldWord(w))) {
      const found = new Set<string>();
      index.collect(rep, found);
      expect([...found]).toEqual([]);
    }
    const none = new Set<string>();
    index.collect('', none);
    expect(none.size).toBe(0);
  });
});

describe('entriesNaming', () => {
  const g = parseGazetteer([
    'place | Kharkiv | | Kharkov | Харків, Харьков',
    'place | Poltava | | | Полтава',
    'person | Olena Verbytska | | | Олена Вербицька',
    'place | Uzhhorod | Uzhgorod | | Ужгород',
  ]);
  const words = (ws: string[], lang: string) =>
    ws.map((w) => ({ fold: foldWord(w, lang), plain: w.toLowerCase() }));

  it('finds entries by native forms in case forms, by Latin spelling, in gazetteer order', () => {
    expect(entriesNaming(g, words(['Харкові'], 'uk'), 'uk').map((e) => e.canonical)).toEqual(['Kharkiv']);
    expect(entriesNaming(g, words(['Ужгороді', 'Полтаві'], 'uk'), 'uk').map((e) => e.canonical)).toEqual([
      'Poltava',
      'Uzhhorod',
    ]);
    expect(entriesNaming(g, words(['Uzhgorod'], 'en'), 'en').map((e) => e.canonical)).toEqual(['Uzhhorod']);
    // a surname alone names the person
    expect(entriesNaming(g, words(['Вербицької'], 'uk'), 'uk').map((e) => e.canonical)).toEqual([
      'Olena Verbytska',
    ]);
    expect(entriesNaming(g, words(['Тернопіль'], 'uk'), 'uk')).toEqual([]);
  });

  it('holds every entry one of whose form words the words match, as the rules match them', () => {
    const mention = words(['Харкова', 'Kharkov', 'Олени', 'Полтаві', 'Lviv'], 'uk');
    const found = new Set(entriesNaming(g, mention, 'uk'));
    for (const e of g.entries) {
      const native = e.native.some((form) =>
        form.some((f) => mention.some((w) => sameName(w.fold, foldedFormOf(g, f, 'uk')))),
      );
      const latin = [e.canonical, ...e.accepted, ...e.russified].some((form) =>
        form.split(' ').some((f) => mention.some((w) => w.plain === plainFormOf(g, f))),
      );
      if (native || latin) expect(found.has(e)).toBe(true);
    }
  });
});
