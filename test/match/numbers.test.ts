import { describe, expect, it } from 'vitest';
import { extractNumberValues } from '../../src/text/number-values.js';
import { extractNumbers, numberKeys, sameNumber } from '../../src/text/numbers.js';

const one = (text: string) => {
  const found = extractNumbers(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('extractNumbers', () => {
  it('reads decimal commas and points alike', () => {
    expect(one('ціна 42,7 грн').values).toEqual([42.7]);
    expect(one('price 42.7').values).toEqual([42.7]);
  });

  it('applies scale words in several languages', () => {
    expect(sameNumber(one('42,7 млн грн'), one('UAH 42.7 million'))).toBe(true);
    expect(sameNumber(one('3,2 Millionen Pfund'), one('£3.2 million'))).toBe(true);
    expect(sameNumber(one('38 тысяч бегунов'), one('38 thousand runners'))).toBe(true);
    expect(sameNumber(one('5,1 mil millones'), one('5.1 billion'))).toBe(true);
  });

  it('applies scale words in every case form and the abbreviations of each default language', () => {
    expect(one('1,5 тис. гривень').values).toEqual([1500]);
    expect(one('з 4,2 мільйонами гривень').values).toEqual([4_200_000]);
    expect(one('2,5 Mrd. Euro').values).toEqual([2.5e9]);
    expect(one('7,3 miliardów złotych').values).toEqual([7.3e9]);
    expect(one('12 tys. osób').values).toEqual([12_000]);
    expect(one('3,4 miliardi di euro').values).toEqual([3.4e9]);
    expect(one('1,2 milhões de reais').values).toEqual([1_200_000]);
    expect(one('UAH 5.6 bln').values).toEqual([5.6e9]);
    expect(one('6 milliards d’euros').values).toEqual([6e9]);
  });

  it('reads a unit or an ordinary word after a number as no scale', () => {
    expect(one('5 cents').values).toEqual([5]);
    expect(one('5 mi east').values).toEqual([5]);
    expect(one('3 millimetres').values).toEqual([3]);
    expect(one('12 milers ran').values).toEqual([12]);
    expect(one('7 hundred').values).toEqual([7]);
    // words that merely start like a scale word: millennia, millionaires
    expect(one('за 5 тысячелетий').values).toEqual([5]);
    expect(one('2 milionerów z Krakowa').values).toEqual([2]);
  });

  it('treats spaces, commas and points as thousand separators only before three-digit groups', () => {
    expect(sameNumber(one('18 400 відвідувачів'), one('18,400 visitors'))).toBe(true);
    expect(sameNumber(one('18.400 Besucher'), one('18,400 visitors'))).toBe(true);
    expect(sameNumber(one('18,4 тис. відвідувачів'), one('18,400 visitors'))).toBe(true);
    expect(extractNumbers('5 12').map((n) => n.values)).toEqual([[5], [12]]);
  });

  it('keeps both readings of an ambiguous comma group', () => {
    expect(one('42,195 км').values.sort()).toEqual([42.195, 42195]);
  });

  it('reads mixed grouping and decimal marks', () => {
    expect(one('1,234.5').values).toEqual([1234.5]);
    expect(one('1.234,5').values).toEqual([1234.5]);
  });

  it('keeps times and scores exact', () => {
    const t = one('finished in 2:08:41');
    expect(t.kind).toBe('time');
    expect(sameNumber(t, one('за 2:08:41'))).toBe(true);
    expect(sameNumber(t, one('in 2:08:14'))).toBe(false);
  });

  it('tells changed numbers apart', () => {
    expect(sameNumber(one('98,6 млн'), one('986 million'))).toBe(false);
    expect(sameNumber(one('58.7%'), one('5,87%'))).toBe(false);
    expect(sameNumber(one('у 1895 році'), one('in 1985'))).toBe(false);
  });

  it('reports offsets into the text and leaves trailing punctuation out', () => {
    const text = 'It opened in 2025. Then 6-1.';
    const found = extractNumbers(text);
    expect(found.map((n) => text.slice(n.start, n.end))).toEqual(['2025', '6', '1']);
    expect(found.map((n) => n.text)).toEqual(['2025', '6', '1']);
  });

  it('keeps codes glued to letters as written', () => {
    const n = one('an A320 jet');
    expect(n.kind).toBe('code');
    expect(numberKeys(n)).toEqual(['~320']);
  });
});

describe('short scale abbreviations', () => {
  it('reads m and bn as million and billion only after a currency', () => {
    expect(sameNumber(one('$12.4m'), one('12,4 млн доларів'))).toBe(true);
    expect(sameNumber(one('UAH 98.6m'), one('98,6 млн грн'))).toBe(true);
    expect(sameNumber(one('£3bn'), one('3 billion pounds'))).toBe(true);
    expect(one('a 186 m long bridge').values).toEqual([186]);
    expect(one('the 100m sprint').values).toEqual([100]);
  });
});

describe('extractNumberValues', () => {
  it('applies Turkish and Arabic scale words from the table, and the Arabic spellings CLDR lacks', () => {
    const values = (text: string) => extractNumberValues(text).map((n) => n.values);
    expect(values('Fuara 18 bin kişi geldi')).toEqual([[18_000]]);
    expect(values('بلغت الصادرات ٣٫٢ مليار دولار')).toEqual([[3.2e9]]);
    expect(values('نحو 5 مليارات و 4 الف')).toEqual([[5e9], [4000]]);
  });
});
