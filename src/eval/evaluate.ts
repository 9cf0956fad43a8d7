/**
 * Compare a check run with gold labels: detection precision/recall/F1 for articles and headlines,
 * match accuracy, orphan rejection, language accuracy, issue recall per kind, false issues per clean article.
 */
import type { ArticleResult, Issue, IssueKind, RunReport } from '../model.js';
import type { ArticleLabel, LabelledIssue } from './labels.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface KindRecall {
  labelled: number;
  found: number;
  recall: number;
}

export interface EvalResult {
  articles: number;
  missing: string[];
  article: Prf;
  headline: Prf;
  matchAccuracy: number;
  orphanRejection: { orphans: number; rejected: number; rate: number };
  languageAccuracy: number;
  issueRecall: Partial<Record<IssueKind, KindRecall>>;
  issueRecallAll: KindRecall;
  falseIssuesPerCleanArticle: number;
  /** Per-article misses, for reading: wrong verdicts, wrong matches, wrong languages. */
  mistakes: { id: string; what: string }[];
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

/** Every [start, end) where `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1))
    out.push([i, i + needle.length]);
  return out;
}

function fieldOf(label: LabelledIssue): Issue['field'] {
  return label.in === 'original' ? 'original.body' : label.field;
}

/** Every place a reported issue points at, with its kind: its occurrences and its related findings. */
function reportedSpans(i: Issue): { kind: string; field: string; start: number; end: number }[] {
  const own = (i.occurrences ?? [i]).map((o) => ({
    kind: i.kind,
    field: i.field,
    start: o.start,
    end: o.end,
  }));
  return [...own, ...(i.related ?? [])];
}

/**
 * A labelled issue is found when an issue of the same kind on the same field overlaps any occurrence of
 * its text (counting every occurrence of a repeated finding and the related findings it explains).
 */
export function isHit(label: LabelledIssue, issues: readonly Issue[], fieldText: string | null): boolean {
  const field = fieldOf(label);
  const spans = fieldText === null ? [] : occurrences(fieldText, label.text);
  return issues
    .flatMap(reportedSpans)
    .some(
      (i) =>
        i.kind === label.category && i.field === field && spans.some(([s, e]) => i.start < e && s < i.end),
    );
}

export interface EvalTexts {
  /** The republished record's title and body, by id. */
  republished: Map<string, { title: string; body: string }>;
  /** Original bodies by id (for omissions). */
  originals: Map<string, { title: string; body: string }>;
}

export function evaluate(report: RunReport, labels: readonly ArticleLabel[], texts: EvalTexts): EvalResult {
  const byId = new Map<string, ArticleResult>(report.articles.map((a) => [a.id, a]));
  const missing: string[] = [];
  const mistakes: EvalResult['mistakes'] = [];
  let aTp = 0,
    aFp = 0,
    aFn = 0,
    hTp = 0,
    hFp = 0,
    hFn = 0;
  let matchOk = 0,
    langOk = 0,
    orphans = 0,
    rejected = 0,
    cleanArticles = 0,
    cleanIssues = 0;
  const recall = new Map<IssueKind, KindRecall>();
  for (const label of labels) {
    const result = byId.get(label.id);
    if (!result) {
      missing.push(label.id);
      continue;
    }
    const flagged = result.verdict !== 'pass';
    const garbled = label.article === 'garbled';
    if (flagged && garbled) aTp++;
    else if (flagged) {
      aFp++;
      const rules = [...new Set(result.issues.map((i) => i.rule))].join(', ');
      mistakes.push({ id: label.id, what: `clean article flagged ${result.verdict} (${rules})` });
    } else if (garbled) {
      aFn++;
      mistakes.push({ id: label.id, what: 'garbled article passed' });
    }
    const hFlagged = result.headline.verdict !== 'pass';
    const hGarbled = label.headline === 'garbled';
    if (hFlagged && hGarbled) hTp++;
    else if (hFlagged) {
      hFp++;
      mistakes.push({ id: label.id, what: `clean headline flagged ${result.headline.verdict}` });
    } else if (hGarbled) {
      hFn++;
      mistakes.push({ id: label.id, what: 'garbled headline passed' });
    }

    const matched = result.original?.id ?? null;
    if (matched === label.original) matchOk++;
    else
      mistakes.push({
        id: label.id,
        what: `matched ${matched ?? 'none'}, expected ${label.original ?? 'none'}`,
      });
    if (label.original === null) {
      orphans++;
      if (matched === null) rejected++;
    }
    if (result.lang.detected === label.lang) langOk++;
    else mistakes.push({ id: label.id, what: `language ${result.lang.detected}, expected ${label.lang}` });

    if (!garbled) {
      cleanArticles++;
      cleanIssues += result.issues.length;
    }
    const own = texts.republished.get(label.id) ?? { title: result.title, body: '' };
    const orig = label.original ? texts.originals.get(label.original) : undefined;
    for (const li of label.issues) {
      const text = li.in === 'original' ? (orig?.body ?? null) : li.field === 'title' ? own.title : own.body;
      const r = recall.get(li.category) ?? { labelled: 0, found: 0, recall: 0 };
      r.labelled++;
      if (isHit(li, result.issues, text)) r.found++;
      recall.set(li.category, r);
    }
  }
  const issueRecall: Partial<Record<IssueKind, KindRecall>> = {};
  let labelled = 0,
    found = 0;
  for (const [kind, r] of [...recall].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    r.recall = r.labelled ? r.found / r.labelled : 0;
    issueRecall[kind] = r;
    labelled += r.labelled;
    found += r.found;
  }
  const n = labels.length - missing.length;
  return {
    articles: n,
    missing,
    article: prf(aTp, aFp, aFn),
    headline: prf(hTp, hFp, hFn),
    matchAccuracy: n ? matchOk / n : 0,
    orphanRejection: { orphans, rejected, rate: orphans ? rejected / orphans : 1 },
    languageAccuracy: n ? langOk / n : 0,
    issueRecall,
    issueRecallAll: { labelled, found, recall: labelled ? found / labelled : 0 },
    falseIssuesPerCleanArticle: cleanArticles ? cleanIssues / cleanArticles : 0,
    mistakes,
  };
}

const pct = (x: number): string => x.toFixed(3);

export function formatEval(r: EvalResult): string {
  const lines = [
    `articles evaluated: ${r.articles}${r.missing.length ? ` (${r.missing.length} labelled but not in the report: ${r.missing.join(', ')})` : ''}`,
    `article   P ${pct(r.article.precision)}  R ${pct(r.article.recall)}  F1 ${pct(r.article.f1)}  (tp ${r.article.tp}, fp ${r.article.fp}, fn ${r.article.fn})`,
    `headline  P ${pct(r.headline.precision)}  R ${pct(r.headline.recall)}  F1 ${pct(r.headline.f1)}  (tp ${r.headline.tp}, fp ${r.headline.fp}, fn ${r.headline.fn})`,
    `match accuracy     ${pct(r.matchAccuracy)}`,
    `orphan rejection   ${pct(r.orphanRejection.rate)}  (${r.orphanRejection.rejected}/${r.orphanRejection.orphans})`,
    `language accuracy  ${pct(r.languageAccuracy)}`,
    `false issues per clean article  ${r.falseIssuesPerCleanArticle.toFixed(2)}`,
    `issue recall (all kinds) ${pct(r.issueRecallAll.recall)}  (${r.issueRecallAll.found}/${r.issueRecallAll.labelled})`,
  ];
  for (const [kind, k] of Object.entries(r.issueRecall))
    lines.push(`  ${kind.padEnd(15)} ${pct(k.recall)}  (${k.found}/${k.labelled})`);
  return lines.join('\n');
}
