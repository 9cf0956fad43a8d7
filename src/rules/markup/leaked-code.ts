/**
 * @fileoverview Page code leaked into the article text: CSS blocks (often machine-translated, with
 * capitalised properties), ad and tracker scripts, HTML tags and comments, WordPress shortcodes.
 * Adjacent pieces are reported as one run.
 *
 * Deliberately left alone:
 * - code an article quotes on purpose: a run wrapped in quote marks, one in an article whose prose
 *   names the language (CSS, HTML, JavaScript) unless the evidence is strong, or one that carries too
 *   little evidence of being page code (`a:focus { outline: none; }` in prose is one plain declaration on an
 *   element selector; leaked CSS has generated or ad class names, several blocks, `@media`,
 *   capitalised property names or "! Important");
 * - declarations without braces ("set font-size: 12px");
 * - HTML entities such as `&nbsp;` (another rule reports them), `<unk>` and other non-HTML angle tags,
 *   editorial brackets ("[sic]", "[the mayor]").
 */
import { lexiconFolded } from '../../resources/derived.js';
import type { FieldText } from '../../text/field.js';
import { defineRule, type Finding } from '../types.js';
import {
  scanCss,
  scanHtml,
  scanJs,
  scanShortcodes,
  type CodeKind,
  type CodeRun,
} from '../../analysis/code-scan.js';
import { isQuoted } from '../../analysis/lines.js';

/** Evidence points a run needs before it is reported as leaked. */
const MIN_POINTS = 3;
/** Extra evidence for a run that makes up a whole paragraph on its own. */
const ALONE_POINTS = 2;
/** Extra evidence needed in an article that is itself about web code. */
const ABOUT_CODE_POINTS = 2;
/** Names of web languages and their parts, the same in most languages' news prose. */
const ABOUT_CODE = /(?<![\p{L}\p{N}])(?:CSS|HTML|JavaScript|stylesheets?|selectors?)(?![\p{L}\p{N}])/iu;

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
    if (
      last &&
      (r.start < last.end || /^[ \t\u00a0]*(?:\n[ \t\u00a0]*)?$/.test(text.slice(last.end, r.start)))
    ) {
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
  const merged = mergeRuns(text, runs);
  const about = aboutCode(text, merged);
  for (const run of merged) {
    // code standing alone as a whole paragraph was not written into the prose on purpose, unless
    // the article is about code, where only strong evidence (ad names, MT capitals…) counts
    const alone = !about && wholeParagraph(text, run) ? ALONE_POINTS : 0;
    const needed = about ? MIN_POINTS + ABOUT_CODE_POINTS : MIN_POINTS;
    if (run.points + alone < needed || isQuoted(text, run.start, run.end)) continue;
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

/** The prose around the runs names a web language: the article is about code and may quote it. */
function aboutCode(text: string, runs: CodeRun[]): boolean {
  let prose = '';
  let from = 0;
  for (const r of runs) {
    prose += text.slice(from, r.start) + ' ';
    from = r.end;
  }
  prose += text.slice(from);
  return ABOUT_CODE.test(prose);
}

/**
 * Whether text ending here leaves the next character at a paragraph's start: nothing but whitespace
 * before it, or trailing whitespace holding a blank line. (Read off the trailing whitespace: a regex
 * such as `(?:^|\n\s*\n)\s*$` backtracks cubically on long runs of newlines.)
 */
function startsParagraph(before: string): boolean {
  const trailing = before.slice(before.trimEnd().length);
  return trailing.length === before.length || trailing.split('\n').length > 2;
}

function wholeParagraph(text: string, run: CodeRun): boolean {
  const before = text.slice(0, run.start);
  const after = text.slice(run.end);
  return startsParagraph(before) && /^\s*(?:\n\s*\n|$)/.test(after);
}

function excerpt(code: string): string {
  const one = code.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}

export const leakedCode = defineRule({
  meta: {
    id: 'markup/leaked-code',
    kind: 'markup',
    mqm: 'Design and markup/Markup tag',
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
    const markers = lexiconFolded(ctx.resources, 'code-markers', 'lower');
    return [...check(ctx.title, markers), ...check(ctx.body, markers)];
  },
});
