import { describe, expect, it } from 'vitest';
import { numberKeysOf } from '../../src/match/keys.js';

// Paragraph and sentence alignment pair passages by these keys: a figure must give the same key in
// the original's language as in its English translation.
describe('numberKeysOf reads figures of every default language as values', () => {
  it.each([
    ['项目总投资为12亿元。', 'The project cost 1.2 billion yuan.', '#1200000000'],
    ['图书馆面积为3.5万平方米。', 'The library covers 35,000 square metres.', '#35000'],
    ['ويضم المبنى ٣٦ فصلا دراسيا.', 'The building has 36 classrooms.', '#36'],
    ['Projenin maliyeti 1,2 milyar lira.', 'The project cost 1.2 billion lira.', '#1200000000'],
  ])('%s ~ %s', (source, english, key) => {
    expect(numberKeysOf(source)).toContain(key);
    expect(numberKeysOf(english)).toContain(key);
  });

  it('keeps different figures apart', () => {
    expect(numberKeysOf('项目总投资为12亿元。')).not.toContain('#2100000000');
    expect(numberKeysOf('项目总投资为12亿元。')).not.toContain('#12');
  });
});
