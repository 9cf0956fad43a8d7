/**
 * `articles.csv` (one row per article) and `issues.csv` (one row per finding) for spreadsheets.
 * Article text comes from content farms: a cell that a spreadsheet would read as a formula (starting
 * with `=`, `+`, `-`, `@`, a tab or a line break) is neutralised with a leading apostrophe, as OWASP
 * advises for CSV injection, and every cell is quoted per RFC 4180 when it needs to be.
 */
import type { ArticleResult, Issue } from '../model.js';
import { leadFinding } from './text.js';
import type { ReportOutput, ReportWriter, TextSink } from './writer.js';

export const ARTICLES_CSV = 'articles.csv';
export const ISSUES_CSV = 'issues.csv';

type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\n]/;
// NUL and the other C0 controls but tab, LF and CR: spreadsheets refuse or mangle them
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** One CSV cell: numbers as they are, text neutralised against formulas and quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value.replace(CONTROL, '');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A byte-order mark, so that spreadsheet programs read the file as UTF-8. */
const BOM = '\uFEFF';

const ARTICLE_COLUMNS = [
  'id',
  'verdict',
  'score',
  'headline_verdict',
  'headline_score',
  'feed',
  'input',
  'url',
  'title',
  'lang',
  'lang_declared',
  'original_id',
  'original_lang',
  'match_confidence',
  'match_method',
  'words',
  'findings',
  'critical',
  'major',
  'minor',
  'lead_severity',
  'lead_kind',
  'lead_rule',
  'lead_message',
] as const;

const ISSUE_COLUMNS = [
  'article_id',
  'article_verdict',
  'feed',
  'field',
  'start',
  'end',
  'severity',
  'kind',
  'rule',
  'message_id',
  'text',
  'message',
  'suggestion',
  'occurrences',
  'related_rules',
  'sentence',
  'aligned',
] as const;

function articleRow(a: ArticleResult): Cell[] {
  const count = (severity: Issue['severity']): number =>
    a.issues.filter((i) => i.severity === severity).length;
  const lead = leadFinding(a.issues);
  return [
    a.id,
    a.verdict,
    a.score,
    a.headline.verdict,
    a.headline.score,
    a.feed,
    a.input,
    a.url,
    a.title,
    a.lang.detected,
    a.lang.declared,
    a.original?.id,
    a.original?.lang,
    a.original?.confidence,
    a.original?.method,
    a.words,
    a.issues.length,
    count('critical'),
    count('major'),
    count('minor'),
    lead?.severity,
    lead?.kind,
    lead?.rule,
    lead?.message,
  ];
}

function issueRow(a: ArticleResult, i: Issue): Cell[] {
  return [
    a.id,
    a.verdict,
    a.feed,
    i.field,
    i.start,
    i.end,
    i.severity,
    i.kind,
    i.rule,
    i.messageId,
    i.text,
    i.message,
    i.suggestion,
    i.occurrences?.length ?? 1,
    [...new Set((i.related ?? []).map((r) => r.rule))].join(' '),
    i.context?.sentence.text,
    i.context?.aligned?.text,
  ];
}

/** Both files are written row by row as the articles come. */
export class CsvWriter implements ReportWriter {
  #articles: TextSink | null = null;
  #issues: TextSink | null = null;

  begin(_header: unknown, output: ReportOutput): void {
    this.#articles = output.file(ARTICLES_CSV);
    this.#issues = output.file(ISSUES_CSV);
    this.#articles.write(BOM);
    this.#articles.write(csvRow(ARTICLE_COLUMNS));
    this.#issues.write(BOM);
    this.#issues.write(csvRow(ISSUE_COLUMNS));
  }

  article(result: ArticleResult): void {
    this.#articles!.write(csvRow(articleRow(result)));
    for (const i of result.issues) this.#issues!.write(csvRow(issueRow(result, i)));
  }

  end(): void {}
}
