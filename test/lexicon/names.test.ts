import { describe, expect, it } from 'vitest';
import { ukToRuCandidates } from '../../src/lexicon/cognates.js';
import { loadGazetteer, loadPlaceNames } from '../../src/lexicon/load.js';
import { parseGazetteer, parsePlaceNames } from '../../src/lexicon/names.js';
import { placeSkeleton, transliterateRu, transliterateUk } from '../../src/lexicon/transliterate.js';
import type { WordEvidence } from '../../src/lexicon/evidence.js';
import { commonWordForm, type WordData } from '../../scripts/lexicons/names.js';

describe('romanisation', () => {
  it('gives the official English forms of Ukrainian places', () => {
    expect(transliterateUk('Київ')).toBe('Kyiv');
    expect(transliterateUk('Кривий Ріг')).toBe('Kryvyi Rih');
    expect(transliterateUk('Запоріжжя')).toBe('Zaporizhzhia');
    expect(transliterateUk('Згурівка')).toBe('Zghurivka');
    expect(transliterateUk('Ямпіль')).toBe('Yampil');
    expect(transliterateUk("Мар'янівка")).toBe('Marianivka');
  });

  it('romanises Russian with ye at the start and after vowels', () => {
    expect(transliterateRu('Екатеринбург')).toBe('Yekaterinburg');
    expect(transliterateRu('Новосибирск')).toBe('Novosibirsk');
    expect(transliterateRu('Тольятти')).toBe('Tolyatti');
  });

  it('keeps the case of what it is given and leaves Latin text alone', () => {
    expect(transliterateUk('ріг')).toBe('rih');
    expect(transliterateRu('Kazan')).toBe('Kazan');
  });

  it('gives spelling variants one skeleton, and different places different ones', () => {
    expect(placeSkeleton('Odesa')).toBe(placeSkeleton('Odessa'));
    expect(placeSkeleton('Mykolaiv')).toBe(placeSkeleton('Mykolayiv'));
    expect(placeSkeleton('Zaporizhzhia')).toBe(placeSkeleton('Zaporizhia'));
    expect(placeSkeleton('Lviv')).not.toBe(placeSkeleton('Kyiv'));
    expect(placeSkeleton('Dnipro')).not.toBe(placeSkeleton('Dnieper'));
  });
});

describe('uk -> ru cognate spellings', () => {
  it('include the Russian spelling of regular cognates', () => {
    expect(ukToRuCandidates('кіт')).toContain('кот');
    expect(ukToRuCandidates('світ')).toContain('свет');
    expect(ukToRuCandidates('знання')).toContain('знание');
    expect(ukToRuCandidates('київ')).toContain('киев');
    expect(ukToRuCandidates('ґанок')).toContain('ганок');
  });

  it('stay bounded on long words', () => {
    const c = ukToRuCandidates('інтернаціоналізація', 20);
    expect(c.length).toBeLessThanOrEqual(20);
    expect(new Set(c).size).toBe(c.length);
  });
});

describe('name tables', () => {
  const uk = parsePlaceNames(
    'дніпро\tcity\tDnipro\nкривий ріг\tcity\tKryvyi Rih\nодеса\tcity\tOdesa|Odessa\nукраїни\tcountry\tUkraine\n',
    'uk.tsv',
    'uk',
  );

  it('map source forms, single or multi-word, to English names', () => {
    expect(uk.englishOf('Дніпро')).toEqual({ kind: 'city', english: ['Dnipro'] });
    expect(uk.englishOf('Кривий  Ріг')?.english).toEqual(['Kryvyi Rih']);
    expect(uk.englishOf('Одеса')?.english).toEqual(['Odesa', 'Odessa']);
    expect(uk.englishOf('України')?.kind).toBe('country');
    expect(uk.englishOf('Дніпром')).toBeUndefined();
  });

  it('name the file of a malformed entry', () => {
    const bad = parsePlaceNames('х\tvillage\tX\n', 'bad.tsv', 'uk');
    expect(() => bad.englishOf('х')).toThrow(/bad\.tsv: bad entry/);
    const g = parseGazetteer('x\tX\tmany\tUA\n', 'g.tsv');
    expect(() => g.city('x')).toThrow(/g\.tsv: bad entry/);
  });

  it('the committed Ukrainian table knows inflected city and country names', () => {
    const t = loadPlaceNames('uk')!;
    expect(t.englishOf('Києва')?.english[0]).toBe('Kyiv');
    expect(t.englishOf('Дніпрі')?.english[0]).toBe('Dnipro');
    expect(t.englishOf('Кривий Ріг')?.english[0]).toBe('Kryvyi Rih');
    expect(t.englishOf('Одесі')?.english[0]).toBe('Odesa');
    expect(t.englishOf('Німеччини')?.english[0]).toBe('Germany');
    expect(t.englishOf('українська')).toEqual({ kind: 'language', english: ['Ukrainian'] });
    expect(t.englishOf('вода')).toBeUndefined();
  });

  it('the committed tables of every default language know their countries', () => {
    const germany: Record<string, string> = {
      ru: 'Германия',
      de: 'Deutschland',
      fr: 'Allemagne',
      es: 'Alemania',
      pl: 'Niemcy',
      it: 'Germania',
      pt: 'Alemanha',
      tr: 'Almanya',
      ar: 'ألمانيا',
      zh: '德国',
    };
    for (const [lang, form] of Object.entries(germany)) {
      expect(loadPlaceNames(lang)?.englishOf(form)?.english, lang).toEqual(['Germany']);
    }
    expect(loadPlaceNames('xx')).toBeUndefined();
  });

  it('the committed tables know exonyms that no romanisation gives (CLDR exemplar cities)', () => {
    const ru = loadPlaceNames('ru')!;
    expect(ru.englishOf('Москвы')?.english).toContain('Moscow');
    expect(ru.englishOf('Варшаве')?.english).toContain('Warsaw');
    expect(ru.englishOf('Нью-Йорк')?.english).toContain('New York');
    expect(loadPlaceNames('uk')!.englishOf('Відні')?.english).toContain('Vienna');
    expect(loadPlaceNames('de')!.englishOf('Moskau')?.english).toContain('Moscow');
    expect(loadPlaceNames('zh')!.englishOf('莫斯科')?.english).toContain('Moscow');
    // a city matched by its romanised spelling keeps that English name first
    expect(ru.englishOf('Киеве')?.english[0]).toBe('Kyiv');
    expect(ru.englishOf('Ростове')?.english[0]).toBe('Rostov');
    expect(ru.englishOf('молоко')).toBeUndefined();
  });

  it('the committed tables leave out forms that are common words of the language', () => {
    expect(loadPlaceNames('ru')!.englishOf('того')).toBeUndefined();
    expect(loadPlaceNames('uk')!.englishOf('того')).toBeUndefined();
    expect(loadPlaceNames('uk')!.englishOf('мені')).toBeUndefined();
    // the places' other forms, and homonyms that inflect, stay
    expect(loadPlaceNames('uk')!.englishOf('Мена')?.english).toEqual(['Mena']);
    expect(loadPlaceNames('uk')!.englishOf('Лиман')?.english[0]).toBe('Lyman');
  });

  it('calls a place form a common word only when the dictionary lists it uninflected and the lexicon renders it otherwise', () => {
    const renderings: Record<string, string[]> = {
      того: ['thereof', 'further'],
      джерсі: ['jersey'],
      кубі: ['cube'],
      лиман: ['estuary'],
      сомалі: [],
      українська: ['ukrainian'],
    };
    const data: WordData = {
      evidence: { renderings: (w: string) => renderings[w] ?? [] } as unknown as WordEvidence,
      uninflectedWord: (w) => ['того', 'джерсі', 'сомалі', 'українська', 'кубі'].includes(w),
    };
    expect(commonWordForm('того', { kind: 'country', english: ['Togo'] }, data)).toBe(true);
    // rendered by the place's own name or a word made of it
    expect(commonWordForm('джерсі', { kind: 'country', english: ['Jersey'] }, data)).toBe(false);
    expect(commonWordForm('кубі', { kind: 'country', english: ['Cuba'] }, data)).toBe(false);
    // an inflected homonym, a word the lexicon does not render, a language
    expect(commonWordForm('лиман', { kind: 'city', english: ['Lyman'] }, data)).toBe(false);
    expect(commonWordForm('сомалі', { kind: 'country', english: ['Somalia'] }, data)).toBe(false);
    expect(commonWordForm('українська', { kind: 'language', english: ['Ukrainian'] }, data)).toBe(false);
  });

  it('the gazetteer knows GeoNames cities and not the river', () => {
    const g = loadGazetteer();
    expect(g.city('Dnipro')?.countries).toContain('UA');
    expect(g.city('mariupol')?.population).toBeGreaterThan(100_000);
    expect(g.city('Dnieper')).toBeUndefined();
  });
});
