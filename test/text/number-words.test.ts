import { describe, expect, it } from 'vitest';
import { numberWords } from '../../src/text/number-words.js';

const values = (text: string, lang: string): number[] => numberWords(text, lang).map((w) => w.value);
const read = (text: string, lang: string): [string, number][] =>
  numberWords(text, lang).map((w) => [text.slice(w.start, w.end), w.value]);

describe('numberWords', () => {
  it('reads English compounds with hyphens and "and"', () => {
    expect(values('three hundred and twenty-six sheep, then one thousand five hundred', 'en')).toEqual([
      326, 1500,
    ]);
    expect(values('about a hundred boats and two thousand and seven crates', 'en')).toEqual([100, 2007]);
  });

  it('reads Russian and Ukrainian case forms', () => {
    expect(values('не больше сорока восьми мест', 'ru')).toEqual([48]);
    expect(values("понад п'ятдесят двох осіб і двісті тисяч гривень", 'uk')).toEqual([52, 200_000]);
    expect(values('з двохсот сорока восьми квартир', 'uk')).toEqual([248]);
    expect(values('с двумястами шестьюдесятью тысячами зрителей', 'ru')).toEqual([260_000]);
  });

  it('takes a scale word alone as one of it, but not after digits', () => {
    expect(values('свыше тысячи человек', 'ru')).toEqual([1000]);
    expect(values('5 тысяч человек', 'ru')).toEqual([]);
  });

  it('keeps numbers apart across punctuation and leaves other words alone', () => {
    expect(values('twenty, thirty', 'en')).toEqual([20, 30]);
    expect(values('the council and the mayor', 'en')).toEqual([]);
    expect(values('сорок семь', 'de')).toEqual([]);
  });

  it('gives offsets that read back the words', () => {
    const text = 'ждали больше сорока восьми часов';
    const [w] = numberWords(text, 'ru');
    expect(text.slice(w!.start, w!.end)).toBe('сорока восьми');
  });

  it('reads German and Italian numbers written as one word, scales glued inside', () => {
    expect(read('Im Saal saßen achtundvierzig Gäste, draußen zweitausendfünfhundert.', 'de')).toEqual([
      ['achtundvierzig', 48],
      ['zweitausendfünfhundert', 2500],
    ]);
    expect(values('Das Projekt kostet drei Millionen vierhunderttausend Euro.', 'de')).toEqual([3_400_000]);
    expect(values('Hanno firmato quarantotto sindaci e duemilacinquecento cittadini.', 'it')).toEqual([
      48, 2500,
    ]);
  });

  it('reads French, Spanish, Portuguese, Turkish and Arabic numbers with their joiners', () => {
    expect(values('Il reste quarante-huit lits et quatre-vingt-dix-sept chaises.', 'fr')).toEqual([48, 97]);
    expect(values('Llegaron cuarenta y ocho barcos y mil millones de litros.', 'es')).toEqual([48, 1e9]);
    expect(values('Foram vendidos mil e quinhentos bilhetes a quarenta e oito clubes.', 'pt')).toEqual([
      1500, 48,
    ]);
    expect(values('Toplantıya kırk sekiz kişi ve iki bin beş yüz öğrenci katıldı.', 'tr')).toEqual([
      48, 2500,
    ]);
    expect(values('حضر ثمانية وأربعون شخصا و ألف وخمسة طلاب', 'ar')).toEqual([48, 1005]);
  });

  it('reads Polish case forms', () => {
    expect(values('Zwolniono czterdziestu ośmiu pracowników z dwustu.', 'pl')).toEqual([48, 200]);
    expect(values('Przyjechało ponad trzy tysiące kibiców z pięcioma milionami złotych.', 'pl')).toEqual([
      3000, 5_000_000,
    ]);
  });

  it('leaves a lone word for one and words that merely start like a number alone', () => {
    // "one of them", the indefinite article, "einmal" (once), "Achtung", "Neunkirchen", "once"
    expect(values('One of them said it once, someone else said none.', 'en')).toEqual([]);
    expect(values('Ein Mann sagte einmal: Achtung in Neunkirchen!', 'de')).toEqual([]);
    expect(values('Un homme a vu une femme; elle est neuve.', 'fr')).toEqual([]);
    expect(values('Bir gün onlar geldi.', 'tr')).toEqual([]);
    // one inside a longer number counts
    expect(values('twenty-one ships and one million tonnes', 'en')).toEqual([21, 1_000_000]);
  });

  it('reads nothing for a language the table does not spell', () => {
    expect(values('forty-eight', 'xx')).toEqual([]);
  });
});
