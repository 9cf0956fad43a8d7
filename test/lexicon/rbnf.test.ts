/** The RBNF reader the number-words build spells numbers with, on small rule sets written for the test. */
import { describe, expect, it } from 'vitest';
import { parseSpelloutRules } from '../../scripts/lexicons/rbnf.js';

const RULES = `%%lenient-parse:
&[last primary ignorable ] << ' ' << '-';
%spellout-cardinal:
-x: minus >>;
x.x: << point >>;
0: zero;
1: one;
2: two;
3: three;
5: five;
10: ten;
20: twenty[->>];
60/20: <%%score< score[ and >>];
100: << hundred[ >>];
1000: << $(cardinal,one{thousand}other{thousands})$[, >>];
%%score:
1: a;
2: two;
3: three;
`;

describe('RBNF spell-out rules', () => {
  const rules = parseSpelloutRules(RULES, 'test.txt', 'en');

  it('lists public rule sets only', () => {
    expect(rules.ruleSets).toEqual(['spellout-cardinal']);
  });

  it('applies quotient and remainder substitutions, optional text and plural forms', () => {
    expect(rules.spell(23, 'spellout-cardinal')).toBe('twenty-three');
    expect(rules.spell(20, 'spellout-cardinal')).toBe('twenty');
    expect(rules.spell(305, 'spellout-cardinal')).toBe('three hundred five');
    expect(rules.spell(1000, 'spellout-cardinal')).toBe('one thousand');
    expect(rules.spell(2010, 'spellout-cardinal')).toBe('two thousands, ten');
  });

  it('uses a radix other than ten and another rule set for the quotient', () => {
    // 60/20: divisor 20, so 65 is three score and five
    expect(rules.spell(65, 'spellout-cardinal')).toBe('three score and five');
    expect(rules.spell(60, 'spellout-cardinal')).toBe('three score');
    expect(rules.spell(41, 'spellout-cardinal')).toBe('twenty-one');
  });

  it('names the file of an unknown rule set or a rule outside any set', () => {
    expect(() => rules.spell(5, 'spellout-ordinal')).toThrow(/test\.txt: no rule set "spellout-ordinal"/);
    expect(() => parseSpelloutRules('1: one;\n', 'bad.txt', 'en')).toThrow(/bad\.txt:1/);
  });
});
