/**
 * Hostile text in every human output: ids, titles, issue texts, suggestions and input errors written
 * by an attacker must stay inert in summary.md (rendered by CI as a job summary), in the console
 * summary (terminals and CI logs) and in junit.xml. A GitHub Flavored Markdown parser (micromark) is
 * the judge of what the Markdown does.
 */
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { ArticleResult, Issue, RunReport } from '../../src/model.js';
import { renderConsoleSummary } from '../../src/report/console.js';
import { renderJunit } from '../../src/report/junit.js';
import { markdownText, showControls, terminalText } from '../../src/report/safe-text.js';
import { renderSummaryMarkdown } from '../../src/report/summary-md.js';

const renderMarkdown = (md: string): string =>
  micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

/** Strings an attacker would put in an id, a title or a link. */
const HOSTILE = [
  'evil\n# Injected heading\n| forged | row |',
  'id|with|pipes\r\n---',
  '[click me](javascript:alert(document.cookie))',
  '![](http://127.0.0.1:8080/track.png?who=editor)',
  '<img src=x onerror=alert(1)> <script>alert(1)</script>',
  '**bold** _em_ ~~gone~~ `code` $x^2$ [^1]',
  'see http://127.0.0.1/admin and www.evil.example and ops@evil.example',
  '<https://evil.example/autolink>',
  '&lt;not an entity&gt; &amp; &#x3C;',
  'title \u001b]0;pwned\u0007 \u001b[2J cleared \u009b31m red',
  'RTL \u202eexe.txt\u202c and isolate \u2067x\u2069',
  'NUL \u0000 DEL \u007f lone \ud800 surrogate, \uffff',
  'line\u2028separator\u2029paragraph\u000bvtab\u000cff',
  '../../etc/passwd',
  '`` break `out` of code ``',
];

const issue = (text: string, suggestion?: string): Issue => ({
  rule: 'fluency/repeated-word',
  messageId: 'repeated',
  kind: 'repetition',
  mqm: 'Linguistic conventions/Grammar',
  severity: 'major',
  field: 'body',
  start: 0,
  end: text.length,
  text,
  message: `Repeated word "${text}"`,
  ...(suggestion !== undefined ? { suggestion } : {}),
});

const result = (id: string, title: string, i: number): ArticleResult => ({
  id,
  url: null,
  feed: null,
  input: `feed-${i}.xml`,
  title,
  body: title,
  lang: { detected: 'en', declared: null, confidence: 1 },
  original: i % 2 ? { id: `orig ${id}`, lang: 'uk', confidence: 0.9, method: 'cross-lingual' } : null,
  words: 300,
  score: 50 + i,
  verdict: 'fail',
  headline: { score: 100, verdict: 'pass' },
  issues: [issue(title, id)],
  alignment: null,
});

const report: RunReport = {
  schemaVersion: 1,
  tool: { name: 'syndiq', version: '0.1.0' },
  run: {
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    inputs: [],
    originals: [],
    config: {},
  },
  summary: {
    articles: HOSTILE.length,
    pass: 0,
    review: 0,
    fail: HOSTILE.length,
    errors: HOSTILE.length,
    meanScore: 50,
  },
  errors: HOSTILE.map((h) => ({ input: `https://partner.example/${h}`, message: `refused link ${h}` })),
  articles: HOSTILE.map((h, i) => result(h, HOSTILE[(i + 3) % HOSTILE.length] as string, i)),
  originals: [],
};

/** Anything a terminal, a bidi renderer or an XML parser would act on. */
const ACTIVE = /[^\P{Cc}\t\n\r]|[\u202a-\u202e\u2066-\u2069\uFFFE\uFFFF]|\p{Cs}/u;

describe('summary.md', () => {
  const md = renderSummaryMarkdown(report);
  const html = renderMarkdown(md);

  it('makes links, images, autolinks and raw HTML inert', () => {
    expect(html).not.toMatch(/<a\s|<img|<script|<sup/i);
    // The words are still there for the editor to read, as text.
    expect(decodeHTML(html)).toContain('[click me](javascript:alert(document.cookie))');
    expect(decodeHTML(html)).toContain('<img src=x onerror=alert(1)>');
  });

  it('keeps one table row per article and no heading but its own', () => {
    const worst = html.split('<h2>Worst articles</h2>')[1]?.split('</table>')[0] ?? '';
    const rows = worst.split('<tbody>')[1]?.split('<tr>').slice(1) ?? [];
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) expect(row.match(/<td>/g)).toHaveLength(6);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    // issues by kind, per feed, worst articles, input errors: nothing in article text adds a heading
    expect(html.match(/<h2>/g)).toHaveLength(4);
    expect(html).not.toMatch(/<h[3-6]>/);
    expect(html).not.toMatch(/<(em|del|code|sup)>/);
    // Bold only where syndiq puts it: three counts in the opening line, one severity per listed article.
    expect(html.match(/<strong>/g)).toHaveLength(3 + HOSTILE.length);
  });

  it('shows control and bidi characters as visible escapes', () => {
    expect(md).not.toMatch(ACTIVE);
    expect(decodeHTML(html)).toContain('\\x1B]0;pwned\\x07');
    expect(decodeHTML(html)).toContain('\\u202Eexe.txt');
  });

  it('renders any text in a table cell as exactly that text, on one line', () => {
    const chars = fc.constantFrom(...'ab :/.@wWhtps|\\`*_~[]()!<>&#$^{}-+=\n\r\t\u001b\u202e'.split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
        (text) => {
          const cell = renderMarkdown(`| x |\n|---|\n| ${markdownText(text)} |\n`);
          const tds = [...cell.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1] as string);
          expect(tds).toHaveLength(1);
          expect(tds[0]).not.toMatch(/<[a-z]/i);
          expect(decodeHTML(tds[0] as string)).toBe(terminalText(text).trim());
        },
      ),
      { numRuns: 2000, seed: 13 },
    );
  });
});

describe('console summary', () => {
  const text = renderConsoleSummary(report, ['out/report.json']);
  it('carries no escape sequence, control or bidi character', () => {
    expect(text).not.toMatch(ACTIVE);
    expect(text).toContain('\\x1B');
  });
  it('gives each article and each input error exactly one line', () => {
    const lines = text.split('\n');
    const worst = lines.indexOf('worst articles:');
    expect(lines.slice(worst + 1, worst + 11).every((l) => /^ {2}fail /.test(l))).toBe(true);
    const errs = lines.indexOf('input errors:');
    expect(lines.slice(errs + 1, errs + 11).every((l) => l.startsWith('  https://partner.example/'))).toBe(
      true,
    );
    expect(lines[errs + 11]).toBe(`  … ${HOSTILE.length - 10} more in report.json`);
  });
});

describe('junit.xml', () => {
  const xml = renderJunit(report);
  it('is well-formed XML whatever the articles hold', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(ACTIVE);
  });
  it('keeps each id and title readable, controls shown as escapes', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      testsuites: { testsuite: { testcase: { name: string }[] } };
    };
    const names = doc.testsuites.testsuite.testcase.map((t) => t.name);
    expect(names).toHaveLength(HOSTILE.length * 2);
    expect(names).toContain(`${showControls(HOSTILE[9] as string)}: ${showControls(HOSTILE[12] as string)}`);
  });
});
