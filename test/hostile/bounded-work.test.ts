/**
 * Hostile bodies cost work in proportion to their length: a long "word", a table of thousands of
 * numbers, one line of text without a newline. Work is counted (dictionary look-ups, characters read),
 * never timed, so the assertions hold on a slow machine.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dictionaryWork } from '../../src/resources/speller.js';
import { MAX_WORD_LENGTH, nonword } from '../../src/rules/fluency/nonword.js';
import { extractNumbers } from '../../src/text/numbers.js';
import { insideQuotes } from '../../src/text/quotes.js';
import { runRule } from '../helpers/rule-tester.js';

/** Dictionary look-ups and the characters they were given while `fn` runs. */
function lookups(fn: () => void): { calls: number; chars: number } {
  const before = { ...dictionaryWork };
  fn();
  return { calls: dictionaryWork.queries - before.queries, chars: dictionaryWork.chars - before.chars };
}

afterEach(() => vi.restoreAllMocks());

describe('nonword on tokens no dictionary holds', () => {
  it('flags a very long lowercase token without asking the dictionary about its pieces', () => {
    const word = 'qzx'.repeat(3000);
    let issues: ReturnType<typeof runRule> = [];
    const work = lookups(() => {
      issues = runRule(nonword, { body: `The report said ${word} twice.` });
    });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.messageId === 'nonword')).toBe(true);
    // the ordinary words around it are looked up; nothing proportional to the token's length squared
    expect(work.chars).toBeLessThan(2_000);
  });

  it('still checks tokens up to the longest real words', () => {
    const issues = runRule(nonword, {
      body: 'The vaccine makers said the counterrevolutionaries and the internationalisation of trade were topics.',
    });
    expect(issues).toEqual([]);
    expect('internationalisation'.length).toBeLessThan(MAX_WORD_LENGTH);
  });

  it('costs a repeated unknown word the same per occurrence however often it repeats', () => {
    const body = (n: number) => Array.from({ length: n }, () => 'vestibul').join(' ') + '.';
    const small = lookups(() => runRule(nonword, { body: body(50) }));
    const large = lookups(() => runRule(nonword, { body: body(200) }));
    expect(small.calls).toBeGreaterThan(0); // the count sees the dictionary at all
    // the word's neighbours are searched once, not once per occurrence
    expect(large.calls).toBeLessThanOrEqual(small.calls + 50);
  });
});

describe('number scanning', () => {
  it('reads a flattened table of 10,000 numbers, each once, without recursion', () => {
    // four digits and more: a space before a three-digit group would group thousands ("18 400")
    const values = Array.from({ length: 10_000 }, (_, i) => 1000 + i * 7);
    const found = extractNumbers(values.join(' '));
    expect(found.map((n) => n.values[0])).toEqual(values);
    for (const n of found) expect(n.end - n.start).toBe(String(n.values[0]).length);
  });

  it('still groups thousands and keeps decimals', () => {
    const found = extractNumbers('It cost 18 400 hryvnias, then 1,234.5 and 98,6 million; 5 12 are two.');
    expect(found.map((n) => n.text)).toEqual(['18 400', '1,234.5', '98,6', '5', '12']);
  });
});

describe('quotations around a word', () => {
  it('look only near the word, so a text without newlines is not read once per word', () => {
    const line = 'word '.repeat(50_000);
    const spy = vi.spyOn(String.prototype, 'slice');
    insideQuotes(line, line.length / 2, line.length / 2 + 4);
    const read = spy.mock.results.reduce((n, r) => n + String(r.value).length, 0);
    spy.mockRestore();
    expect(read).toBeLessThan(1_000);
  });

  it('still sees the quotation a word stands in', () => {
    const text = 'He called it "a very long and strange word" yesterday.';
    const at = text.indexOf('strange');
    expect(insideQuotes(text, at, at + 7)).toBe(true);
    expect(insideQuotes(text, text.indexOf('yesterday'), text.indexOf('yesterday') + 9)).toBe(false);
  });
});
