/**
 * Regular expressions and catastrophic backtracking. The audit (`npm run audit:regex`, a step of its
 * own in CI, minutes long) finds every pattern written in src/ or built from the data files and checks
 * it with recheck; it is not repeated here. Here: the collector finds what it should; recheck tells a
 * vulnerable pattern from a safe one; and the functions whose patterns were fixed return on the attack
 * strings recheck found for the old patterns (each of which took from seconds to forever before the
 * fix), at 50,000 characters: linear work there is milliseconds, the old patterns' was minutes.
 */
import { describe, expect, it } from 'vitest';
import { scanCss, scanHtml, scanJs, scanShortcodes } from '../../src/analysis/code-scan.js';
import { normalizeLine } from '../../src/analysis/lines.js';
import { stripSiteName } from '../../src/extract/metadata.js';
import { decodeBytes } from '../../src/ingest/charset.js';
import { sniffFeed } from '../../src/ingest/web.js';
import { dateKeys, normalizeNumerals } from '../../src/match/numerals.js';
import { articleProvenance } from '../../src/match/provenance.js';
import { parseLexicon } from '../../src/resources.js';
import { compileCalquePattern } from '../../src/resources/calques.js';
import { leakedCode } from '../../src/rules/markup/leaked-code.js';
import { truncated } from '../../src/rules/markup/truncated.js';
import { untranslated } from '../../src/rules/language/untranslated.js';
import { wrongScript } from '../../src/rules/language/wrong-script.js';
import { negations } from '../../src/text/negation.js';
import { extractNumbers } from '../../src/text/numbers.js';
import { auditPatterns } from '../../scripts/regex-audit/audit.js';
import { collectPatterns, patternsIn } from '../../scripts/regex-audit/collect.js';
import { dataPatterns } from '../../scripts/regex-audit/data-patterns.js';
import { runRule } from '../helpers/rule-tester.js';

describe('the pattern collector', () => {
  it('finds literals and RegExp calls, not look-alikes in strings, comments or division', () => {
    const code = [
      'const a = /ab+c/gi; // not /this/ one',
      "const b = new RegExp('x' + 'y*', 'u');",
      'const c = RegExp(`z?`);',
      'const d = new RegExp(source, flags);',
      "const e = 'a /string/ only' + 4 / 2 / 1;",
      'const f = new RegExp(/lit/, "g");',
    ].join('\n');
    const found = patternsIn('x.ts', code);
    expect(found.map((p) => [p.line, p.source, p.flags])).toEqual([
      [1, 'ab+c', 'gi'],
      [2, 'xy*', 'u'],
      [3, 'z?', ''],
      [4, null, ''],
      [6, 'lit', ''],
    ]);
  });

  it('finds the patterns of the sources and of the data files', () => {
    const found = collectPatterns('src');
    expect(found.length).toBeGreaterThan(300);
    expect(found.some((p) => p.file === 'src/analysis/lines.ts' && p.source !== null)).toBe(true);
    expect(dataPatterns().some((p) => p.file.includes('calques.'))).toBe(true);
  });
});

describe('recheck', () => {
  it('tells a vulnerable pattern from a safe one', async () => {
    const found = [
      { file: 'x.ts', line: 1, source: '^(a+)+$', flags: '', code: '' },
      { file: 'x.ts', line: 2, source: '^a+$', flags: '', code: '' },
    ];
    const [bad, good] = await auditPatterns(found, { timeoutMs: 60_000 });
    expect(bad!.status).toBe('vulnerable');
    expect(bad!.detail).toMatch(/exponential/);
    expect(good!.status).toBe('safe');
  });
});

describe('patterns fixed after the audit return on their attack strings', () => {
  const N = 50_000;
  it('line normalisation (trailing decoration and punctuation)', () => {
    expect(normalizeLine(`Read more ${'<'.repeat(N)}\u0000`)).toMatch(/^read more /);
    expect(normalizeLine(`${'!'.repeat(N)}x!`)).toMatch(/x$/);
    expect(normalizeLine('— Read Now! —')).toBe('read now');
  });

  it('page titles, charsets and feed sniffing', () => {
    expect(stripSiteName(`Headline${'\t'.repeat(N)}`)).toBe('Headline');
    expect(stripSiteName('Council approves budget | City News', 'City News')).toBe('Council approves budget');
    const meta = Buffer.from(`${'<META<'.repeat(600)}<meta charset="windows-1251">`, 'latin1');
    expect(decodeBytes(meta).charset).toBe('windows-1251');
    const feed = `<!---->${'\t<!--F><RSS>--><!---->'.repeat(27)}\t><RSS\t`;
    expect(sniffFeed({ bytes: Buffer.from(feed), contentType: null })).toBe(false);
    expect(sniffFeed({ bytes: Buffer.from('<?xml version="1.0"?><!-- a --><rss>'), contentType: null })).toBe(
      true,
    );
  });

  it('numbers, dates and provenance', () => {
    expect(normalizeNumerals(`${'0'.repeat(N)}\u00000万`)).toContain('0');
    expect(dateKeys(`${'A'.repeat(N)}A 12`)).toEqual([]);
    expect(extractNumbers(`1${' '.repeat(N)}.`).map((n) => n.text)).toEqual(['1']);
    const claims = articleProvenance({ id: 'a', input: 'p', title: 't', body: `k${'\n '.repeat(N)}` });
    expect(claims).toEqual([]);
    const url = articleProvenance({
      id: 'a',
      input: 'p',
      title: 't',
      body: 'Text.\n\nSource: https://example.com/news/item-1.,;',
    });
    expect(url.map((c) => c.key).join(' ')).toContain('example.com/news/item-1');
  });

  it('lexicon comments and calque figures', () => {
    expect(parseLexicon(`word #${'\t#'.repeat(N)}`)).toEqual(['word']);
    const calque = compileCalquePattern('<num> flights of captivity');
    expect(calque.test(`${'0,0'.repeat(N / 2)}n`)).toBe(false);
    calque.lastIndex = 0;
    expect(calque.exec('after 3,5 flights of captivity')?.groups?.num).toBe('3,5');
  });

  it('code scanning', () => {
    expect(scanHtml('<!--'.repeat(N / 4))).toEqual([]);
    expect(scanHtml(`<a${'\t'.repeat(N)}<a>`).length).toBeLessThanOrEqual(1);
    expect(scanHtml('<p>x</p><br/><img src="a.png" />').map((r) => r.points)).toEqual([3, 3, 3, 3]);
    expect(scanShortcodes(`${'[a\ta=\u0000'.repeat(N / 8)}`)).toEqual([]);
    expect(scanJs(`${'A.$'.repeat(N / 3)}\u0000`, [])).toEqual([]);
    expect(scanJs(`function\t${'\t'.repeat(N)}`, [])).toEqual([]);
    expect(scanJs(`${'f$'.repeat(N / 2)}`, [])).toEqual([]);
    expect(scanCss(`@-${'-'.repeat(N)}!`, [])).toEqual([]);
    // one long word with a negative suffix inside: one mention, found in one pass
    expect(negations(`${'madu'.repeat(N / 4)}\u0000`, 'tr', undefined)).toHaveLength(1);
  });

  it('rules on the attack texts', () => {
    const dots = `${'The council said that '.repeat(3)}${'..'.repeat(N / 2)}\u0000`;
    expect(() => runRule(truncated, { title: dots, body: 'The council met.' })).not.toThrow();
    expect(() => runRule(leakedCode, { body: `x\n${'\n'.repeat(N / 10)}\u0000` })).not.toThrow();
    expect(() =>
      runRule(untranslated, { body: `Mail ${'@'.repeat(N / 10)}\t@ Київ is here.` }),
    ).not.toThrow();
    expect(() => runRule(wrongScript, { body: `${'#'.repeat(N / 10)}\t Київ` })).not.toThrow();
  });
});
