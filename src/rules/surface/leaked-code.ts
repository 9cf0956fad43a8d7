/**
 * @fileoverview Page code leaked into the article text: CSS blocks (often machine-translated, with
 * capitalised properties), ad and tracker scripts, HTML tags and comments, WordPress shortcodes.
 * Adjacent pieces are reported as one run.
 *
 * Deliberately left alone:
 * - code an article quotes on purpose: a run wrapped in quote marks, or one that carries too little
 *   evidence of being page code (`a:focus { outline: none; }` in prose is one plain declaration on an
 *   element selector; leaked CSS has generated or ad class names, several blocks, `@media`,
 *   capitalised property names or "! Important");
 * - declarations without braces ("set font-size: 12px");
 * - HTML entities such as `&nbsp;` (another rule reports them), `<unk>` and other non-HTML angle tags,
 *   editorial brackets ("[sic]", "[the mayor]").
 */
import { lexicon } from '../../resources.js';
import type { FieldText } from '../../text/field.js';
import type { Finding, Rule } from '../types.js';
import { scanCss, scanHtml, scanJs, scanShortcodes, type CodeKind, type CodeRun } from './code-scan.js';
import { isQuoted } from './lines.js';

/** Evidence points a run needs before it is reported as leaked. */
const MIN_POINTS = 3;

const MESSAGE_BY_KIND: Record<CodeKind, string> = {
  css: 'leakedCss',
  js: 'leakedScript',
  html: 'leakedHtml',
  shortcode: 'leakedShortcode',
};

/** Merge runs that overlap or are separated only by spaces (never across a blank line). */
function mergeRuns(text: string, runs: CodeRun[]): CodeRun[] {
  const sorted = [...runs].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CodeRun[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && (r.start < last.end || /^[ \t\u00a0]*\n?[ \t\u00a0]*$/.test(text.slice(last.end, r.start)))) {
      if (r.start >= last.end || r.end > last.end) last.points += r.points;
      last.end = Math.max(last.end, r.end);
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

function check(field: FieldText, markers: readonly string[]): Finding[] {
  const text = field.text;
  if (!/[{<[]/.test(text)) return [];
  const runs = [
    ...scanCss(text, markers),
    ...scanJs(text, markers),
    ...scanHtml(text),
    ...scanShortcodes(text),
  ];
  const out: Finding[] = [];
  for (const run of mergeRuns(text, runs)) {
    if (run.points < MIN_POINTS || isQuoted(text, run.start, run.end)) continue;
    out.push({
      messageId: MESSAGE_BY_KIND[run.kind],
      data: { code: excerpt(text.slice(run.start, run.end)) },
      field: field.field,
      start: run.start,
      end: run.end,
    });
  }
  return out;
}

function excerpt(code: string): string {
  const one = code.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}

export const leakedCode: Rule = {
  meta: {
    id: 'markup/leaked-code',
    kind: 'markup',
    mqm: 'Design and markup/Markup',
    severity: 'minor',
    description:
      'CSS, scripts, HTML tags and shortcodes leaked into the text; leaves alone code an article quotes.',
    needs: [],
    messages: {
      leakedCss: 'Page CSS leaked into the text: "{{code}}"',
      leakedScript: 'Page script leaked into the text: "{{code}}"',
      leakedHtml: 'HTML markup leaked into the text: "{{code}}"',
      leakedShortcode: 'WordPress shortcode leaked into the text: "{{code}}"',
    },
  },
  check(ctx) {
    const markers = lexicon(ctx.resources, 'code-markers').map((m) => m.toLowerCase());
    return [...check(ctx.title, markers), ...check(ctx.body, markers)];
  },
};
