import { describe, expect, it } from 'vitest';
import { findMojibake } from '../../src/lang/mojibake.js';

const repairs = (text: string): [string, string][] => findMojibake(text).map((m) => [m.text, m.repaired]);

describe('findMojibake', () => {
  it('repairs UTF-8 read as Windows-1252', () => {
    expect(repairs('A cafÃ© in GdaÅ„sk opened')).toEqual([
      ['cafÃ©', 'café'],
      ['GdaÅ„sk', 'Gdańsk'],
    ]);
    expect(repairs('the mayorâ€™s plan')).toEqual([['â€™', '’']]);
  });

  it('joins a damaged Cyrillic phrase into one span', () => {
    const damaged = Buffer.from('Добрий вечір', 'utf8').toString('latin1');
    // latin1 keeps C1 bytes as U+0080-U+009F, as a careless decoder would.
    expect(repairs(`the song "${damaged}" was`)).toEqual([[damaged, 'Добрий вечір']]);
  });

  it('repairs UTF-8 Cyrillic read as Windows-1251', () => {
    expect(repairs('РљРёС—РІ')).toEqual([['РљРёС—РІ', 'Київ']]);
  });

  it('guesses the right quote whose last byte was dropped', () => {
    expect(repairs('he said,â€ and left')).toEqual([['â€', '\u201d']]);
  });

  it('leaves genuine accented, Cyrillic and typographic text alone', () => {
    for (const clean of [
      'Jaén, Málaga und Köln',
      'Україна і Рівне, Ні, Рік',
      'Её слова',
      '€9 — “quoted” «так»',
      'São Paulo AÑO Ñandú',
      'Straße« 50°C ½',
    ])
      expect(repairs(clean)).toEqual([]);
  });
});
