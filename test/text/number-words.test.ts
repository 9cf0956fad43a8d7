import { describe, expect, it } from 'vitest';
import { numberWords } from '../../src/text/number-words.js';

const values = (text: string, lang: string): number[] => numberWords(text, lang).map((w) => w.value);

describe('numberWords', () => {
  it('reads English compounds with hyphens and "and"', () => {
    expect(values('three hundred and twenty-six sheep, then one thousand five hundred', 'en')).toEqual([
      326, 1500,
    ]);
  });

  it('reads Russian and Ukrainian case forms', () => {
    expect(values('не больше сорока восьми мест', 'ru')).toEqual([48]);
    expect(values("понад п'ятдесят двох осіб і двісті тисяч гривень", 'uk')).toEqual([52, 200_000]);
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
});
