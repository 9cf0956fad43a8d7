import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseBilingual } from '../../src/lexicon/bilingual.js';
import { wordEvidence } from '../../src/lexicon/evidence.js';
import { parseForms } from '../../src/lexicon/forms.js';
import { normalizeKey } from '../../src/lexicon/normalize.js';
import { parseSortedTable } from '../../src/lexicon/sorted-table.js';
import { stemmerFor } from '../../src/lexicon/stemmer.js';
import { tableText } from '../../src/lexicon/table.js';

describe('sorted tables', () => {
  const text = '# header\n# more\nalpha\t1\nbeta\t2|3\ngamma\tx y\n';

  it('finds every key and nothing else', () => {
    const t = parseSortedTable(text, 'mem.tsv');
    expect(t.size).toBe(3);
    expect(t.get('alpha')).toBe('1');
    expect(t.get('beta')).toBe('2|3');
    expect(t.get('gamma')).toBe('x y');
    for (const missing of ['', 'a', 'alph', 'alphaa', 'delta', 'zzz', '# header'])
      expect(t.get(missing)).toBeUndefined();
    expect([...t.keys()]).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('walks the keys with a prefix, in order, and none for a prefix no key has', () => {
    const t = parseSortedTable('# h\nрак\t1\nракета\t2\nракетка\t3\nрама\t4\n', 'p.tsv');
    expect([...t.keysWithPrefix('ракет')]).toEqual(['ракета', 'ракетка']);
    expect([...t.keysWithPrefix('ра')]).toEqual(['рак', 'ракета', 'ракетка', 'рама']);
    expect([...t.keysWithPrefix('рб')]).toEqual([]);
    expect([...t.keysWithPrefix('я')]).toEqual([]);
  });

  it('reads a table without a final newline and with CRLF lines', () => {
    const t = parseSortedTable('a\t1\r\nb\t2', 'crlf.tsv');
    expect(t.get('a')).toBe('1');
    expect(t.get('b')).toBe('2');
  });

  it('names the file and line of a row without a value, out of order, or repeated', () => {
    expect(() => parseSortedTable('# h\na\t1\nb\n', 'x.tsv')).toThrow(/x\.tsv:3: expected "key<TAB>value"/);
    expect(() => parseSortedTable('a\t1\nb\t\n', 'x.tsv')).toThrow(/x\.tsv:2/);
    expect(() => parseSortedTable('b\t1\na\t2\n', 'y.tsv')).toThrow(/y\.tsv:2: key "a" is out of order/);
    expect(() => parseSortedTable('a\t1\na\t2\n', 'z.tsv')).toThrow(
      /z\.tsv:2: key "a" is out of order or repeated/,
    );
  });

  it('finds every key and only its keys: prefixes, accents, Cyrillic and characters beyond the BMP', () => {
    const keys = [
      'a',
      'ab',
      'abc',
      'abd',
      'b',
      'zz',
      'é',
      'éa',
      'київ',
      'києва',
      'кия',
      '𝒳',
      '𝒳y',
      'Ω',
    ].sort();
    const t = parseSortedTable(keys.map((k, i) => `${k}\t${i}`).join('\n'), 'mixed.tsv');
    keys.forEach((k, i) => expect(t.get(k)).toBe(String(i)));
    for (const absent of ['', 'aa', 'abcd', 'ac', 'c', 'e', 'київа', 'ки', '𝒳z', 'z', 'zzz'])
      expect(t.get(absent)).toBeUndefined();
  });

  it('reads gzipped and plain bytes alike, and names a broken gzip file', () => {
    expect(tableText(gzipSync('a\t1\n'), 'g.gz')).toBe('a\t1\n');
    expect(tableText(Buffer.from('a\t1\n'), 'p.tsv')).toBe('a\t1\n');
    expect(() => tableText(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 'bad.gz')).toThrow(
      /bad\.gz: not a readable gzip/,
    );
  });
});

describe('normalised keys', () => {
  it('folds case, stress marks, apostrophes, and ё in Russian only', () => {
    expect(normalizeKey('Ёлка', 'ru')).toBe('елка');
    expect(normalizeKey('ёлка', 'uk')).toBe('ёлка');
    expect(normalizeKey('мо́ва', 'uk')).toBe('мова');
    expect(normalizeKey('пʼять', 'uk')).toBe("п'ять");
    expect(normalizeKey('п’ять', 'uk')).toBe("п'ять");
    expect(normalizeKey('Straße', 'de')).toBe('strasse');
  });

  it('keeps the accents of Latin letters', () => {
    expect(normalizeKey('Élève', 'fr')).toBe('élève');
    expect(normalizeKey('año', 'es')).toBe('año');
    expect(normalizeKey('e\u0301te\u0301', 'fr')).toBe('été');
  });
});

describe('word evidence', () => {
  const lexicon = parseBilingual(
    'дом\thouse|home\nидти\tgo|walk\nкот\tcat\nработа\twork|job\n',
    'ru-en.tsv',
    'ru',
  );
  const forms = parseForms('дома\tдом\nдомами\tдом\nидет\tидти\nшла\tидти\n', 'ru-forms.tsv', 'ru');

  it('gives a lemma and renderings for the lemma itself, in any case', () => {
    const ev = wordEvidence({ lexicon, forms });
    expect(ev.lemmaOf('Дом')).toEqual(['дом']);
    expect(ev.renderings('КОТ')).toEqual(['cat']);
  });

  it('finds the lemma of an inflected form through the form table', () => {
    const ev = wordEvidence({ lexicon, forms });
    expect(ev.lemmaOf('домами')).toEqual(['дом']);
    expect(ev.renderings('Шла')).toEqual(['go', 'walk']);
    expect(ev.renderings('собака')).toEqual([]);
  });

  it('falls back on the Snowball stem of the word and of the lemmas', () => {
    const stem = stemmerFor('ru')!;
    const stems = parseForms(`${stem('работа')}\tработа\n`, 'ru-stems.tsv', 'ru');
    const without = wordEvidence({ lexicon, forms });
    const withStems = wordEvidence({ lexicon, forms, stems: { table: stems, stem } });
    expect(without.lemmaOf('работой')).toEqual([]);
    expect(withStems.lemmaOf('работой')).toEqual(['работа']);
    expect(withStems.renderings('работе')).toEqual(['work', 'job']);
    // The form table wins over the stem where it knows the word.
    expect(withStems.lemmaOf('домами')).toEqual(['дом']);
  });

  it('merges the renderings of every lemma a form may belong to, without repeats', () => {
    const lex = parseBilingual('сталь\tsteel|get\nстать\tbecome|get\nстоять\tstand\n', 'l.tsv', 'ru');
    const f = parseForms('стали\tсталь|стать\n', 'f.tsv', 'ru');
    const ev = wordEvidence({ lexicon: lex, forms: f });
    expect(ev.lemmaOf('стали')).toEqual(['сталь', 'стать']);
    expect(ev.renderings('стали')).toEqual(['steel', 'get', 'become']);
  });
});

describe('stemmers', () => {
  it('exist for the Snowball languages and not for uk, pl, zh', () => {
    for (const l of ['ru', 'de', 'fr', 'es', 'it', 'pt', 'tr', 'ar', 'en'])
      expect(stemmerFor(l)).toBeTypeOf('function');
    for (const l of ['uk', 'pl', 'zh']) expect(stemmerFor(l)).toBeUndefined();
  });

  it('give inflections of one word one stem', () => {
    const de = stemmerFor('de')!;
    expect(de('Häuser')).toBe(de('Hauses'));
    const es = stemmerFor('es')!;
    expect(es('casas')).toBe(es('casa'));
  });
});
