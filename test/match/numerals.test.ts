import { describe, expect, it } from 'vitest';
import { documentKeys } from '../../src/match/keys.js';
import { chineseNumeral, dateKeys, normalizeNumerals } from '../../src/match/numerals.js';
import { arabicKey, hanKeys, latinSkeletonKey } from '../../src/match/script-keys.js';

const numberKeys = (text: string, lang: string): string[] =>
  documentKeys(text, lang).keys.filter((k) => k.startsWith('#'));

describe('numerals across languages', () => {
  it('reads Chinese numerals, digit by digit years and the 万/亿 scales', () => {
    expect(chineseNumeral('三千五百')).toBe(3500);
    expect(chineseNumeral('十五')).toBe(15);
    expect(chineseNumeral('两百')).toBe(200);
    expect(chineseNumeral('二〇二三')).toBe(2023);
    expect(chineseNumeral('十二万')).toBe(120000);
    expect(chineseNumeral('三亿五千万')).toBe(350000000);
    expect(chineseNumeral('好')).toBeNull();
  });

  it('gives a Chinese amount the keys of the same amount written in English', () => {
    const zh = numberKeys('总投资约246亿元，客流量超过3.5万人次。', 'zh');
    const en = numberKeys('It cost 24.6 billion yuan and carried 35,000 passengers.', 'en');
    expect(zh).toEqual(expect.arrayContaining(['#24600000000', '#35000']));
    expect(en).toEqual(expect.arrayContaining(['#24600000000', '#35000']));
  });

  it('leaves numerals inside ordinary Chinese words alone', () => {
    // 统一 (unify) and 一些 (some) hold 一 but are no numbers
    expect(numberKeys('各方同意统一标准，并讨论了一些问题。', 'zh')).toEqual([]);
  });

  it('reads Arabic-Indic digits, the Arabic decimal separator and Arabic and Turkish scale words', () => {
    expect(normalizeNumerals('٣٫٢')).toBe('3.2');
    expect(numberKeys('بلغت التكلفة ٣٫٢ مليار ريال', 'ar')).toContain('#3200000000');
    expect(numberKeys('۱۲۵ نفر', 'ar')).toContain('#125');
    expect(numberKeys('günde 90 bin yolcu, 1,2 milyar lira', 'tr')).toEqual(
      expect.arrayContaining(['#90000', '#1200000000']),
    );
  });

  it('gives one date key to a day and month in any default language', () => {
    const key = '#d5-12';
    for (const text of [
      'on May 12',
      '12 May 2023',
      'am 12. Mai',
      'le 12 mai',
      'el 12 de mayo',
      '12 мая',
      '12 травня',
      '12 maja',
      "12 Mayıs'ta",
      '12 مايو',
      '5月12日',
      '12.05.2023',
    ])
      expect(dateKeys(normalizeNumerals(text)), text).toContain(key);
  });

  it('takes no date from a number beside an ordinary word', () => {
    expect(dateKeys('12 people and 5 cars')).toEqual([]);
    expect(dateKeys('Marseille 12')).toEqual([]);
  });
});

describe('keys of Han and Arabic words', () => {
  it('folds Han names through pinyin to the keys of their English spelling', () => {
    const en = new Set(documentKeys('Chengdu, Beijing, Wang Jianguo', 'en').keys);
    for (const k of hanKeys('成都')) if (en.has(k)) return;
    throw new Error('no pinyin key of 成都 matches Chengdu');
  });

  it('gives Arabic words and Latin names the same consonant skeleton', () => {
    expect(arabicKey('ترامب')).toBe(latinSkeletonKey('Trump'));
    expect(arabicKey('واشنطن')).toBe(latinSkeletonKey('Washington'));
    expect(arabicKey('جدة')).toBe(latinSkeletonKey('Jeddah'));
    expect(arabicKey('الفضلي')).toBe(latinSkeletonKey('Fadley'));
    expect(arabicKey('مكة')).toBe(latinSkeletonKey('Mecca'));
    expect(arabicKey('ترامب')).not.toBe(latinSkeletonKey('Tripoli'));
  });
});
