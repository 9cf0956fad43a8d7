import { describe, expect, it } from 'vitest';
import { coverage, neighbourhood } from '../../src/analysis/passage-coverage.js';
import type { Alignment } from '../../src/align/types.js';
import { committedLexicalResources } from '../../src/meaning/lexical.js';
import { FieldText } from '../../src/text/field.js';
import { warmLexicons } from '../rules/fidelity/warm-lexicons.js';

warmLexicons(['uk']);
const lex = committedLexicalResources();

const UK = 'Відвідувачі зможуть оглянути старовинні вишиванки, глиняний посуд, ікони та рідкісні книги.';
const EN = 'Visitors will be able to see old embroidered shirts, clay pottery, icons and rare books.';
const OTHER = 'The football club signed a new goalkeeper after a long negotiation with his agent.';

describe('coverage', () => {
  it('finds a translation explained and an unrelated passage not, uk→en', () => {
    const good = coverage({ text: UK, lang: 'uk' }, { text: EN, lang: 'en' }, lex)!;
    const bad = coverage({ text: UK, lang: 'uk' }, { text: OTHER, lang: 'en' }, lex)!;
    expect(good.original).toBeGreaterThan(0.5);
    expect(good.republished).toBeGreaterThan(0.3);
    expect(bad.original).toBeLessThan(0.2);
    expect(bad.republished).toBeLessThan(0.2);
  });

  it('works the other way round, an English original and its Ukrainian translation', () => {
    const good = coverage({ text: EN, lang: 'en' }, { text: UK, lang: 'uk' }, lex)!;
    const bad = coverage({ text: OTHER, lang: 'en' }, { text: UK, lang: 'uk' }, lex)!;
    expect(good.original).toBeGreaterThan(0.3);
    expect(good.republished).toBeGreaterThan(0.5);
    expect(bad.original).toBeLessThan(0.2);
  });

  it('has nothing to say about a pair without English or without a lexicon', () => {
    expect(
      coverage({ text: UK, lang: 'uk' }, { text: 'Die Besucher sehen alte Hemden.', lang: 'de' }, lex),
    ).toBeNull();
  });
});

describe('neighbourhood', () => {
  const field = new FieldText('body', ['r0', 'r1', 'r2', 'r3', 'r4'].join('\n\n'), 'en');
  const alignment: Alignment = {
    pairs: [
      { original: 0, republished: 0, similarity: 1 },
      { original: 1, republished: null, similarity: 0 },
      { original: 2, republished: 3, similarity: 1 },
      { original: 3, republished: 4, similarity: 1 },
    ],
  };

  it('spans the partners of the paired paragraphs before and after, both included', () => {
    expect(neighbourhood(alignment, 'original', 1, field)?.text).toBe('r0\n\nr1\n\nr2\n\nr3');
  });

  it('runs to the start or the end where no paired paragraph is on that side', () => {
    const head: Alignment = {
      pairs: [{ original: 0, republished: null, similarity: 0 }, ...alignment.pairs.slice(2)],
    };
    expect(neighbourhood(head, 'original', 0, field)?.text).toBe('r0\n\nr1\n\nr2\n\nr3');
  });
});
