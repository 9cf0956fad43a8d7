/**
 * The shared vocabulary of syndiq: what goes into a check and what comes out.
 * Every stage between `Article` and `ArticleResult` is a pure function of these types.
 */

/** One article as a JSON Lines record (republished or original). `body` paragraphs are separated by a blank line. */
export interface ArticleRecord {
  id: string;
  url?: string;
  /** Declared language (ISO 639-1): a prior, not the truth. */
  lang?: string;
  title: string;
  body: string;
  published?: string;
  source?: string;
  author?: string;
}

/** A block of page chrome found around (not inside) an article: navigation, breadcrumb, related posts… */
export interface ChromeBlock {
  kind: 'navigation' | 'breadcrumb' | 'related' | 'comments' | 'footer' | 'share' | 'ad' | 'other';
  text: string;
}

/** A republished article as syndiq reads it, with where it came from. */
export interface Article extends ArticleRecord {
  /** The file, directory entry, feed or URL the article was read from. */
  input: string;
  /** The feed (file or URL) the article was listed in, if any. */
  feed?: string;
  /** Page chrome kept aside by the extractor; never part of `title`/`body`. */
  chrome?: ChromeBlock[];
  /** The character set the page or feed was decoded with. */
  charset?: string;
}

/** A known original, as loaded from `--originals`. */
export type Original = Article;

export type Severity = 'minor' | 'major' | 'critical';

export type IssueKind =
  | 'mistranslation'
  | 'name'
  | 'nonword'
  | 'repetition'
  | 'untranslated'
  | 'boilerplate'
  | 'markup'
  | 'number'
  | 'omission'
  | 'addition'
  | 'truncation'
  | 'mojibake'
  | 'language';

export const ISSUE_KINDS: readonly IssueKind[] = [
  'mistranslation',
  'name',
  'nonword',
  'repetition',
  'untranslated',
  'boilerplate',
  'markup',
  'number',
  'omission',
  'addition',
  'truncation',
  'mojibake',
  'language',
];

/** The text an issue points into: the republished article's fields or its original's. */
export type Field = 'title' | 'body' | 'original.title' | 'original.body';

/** One finding, as it appears in the report. `fieldText.slice(start, end) === text`. */
export interface Issue {
  rule: string;
  messageId: string;
  kind: IssueKind;
  mqm: string;
  severity: Severity;
  field: Field;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestion?: string;
}

export type Verdict = 'pass' | 'review' | 'fail';

/** A language decision with its confidence (0-1). `und` when undecidable. */
export interface LanguageGuess {
  lang: string;
  confidence: number;
}

export interface ArticleLanguageReport {
  detected: string;
  declared: string | null;
  confidence: number;
}

export interface OriginalMatch {
  id: string;
  lang: string;
  /** 0-1: how sure the matcher is that this is the original. */
  confidence: number;
  /** How the match was found, e.g. `same-language` or `cross-lingual`. */
  method: string;
}

export interface ScoreReport {
  score: number;
  verdict: Verdict;
}

export interface ArticleResult {
  id: string;
  url: string | null;
  feed: string | null;
  input: string;
  title: string;
  lang: ArticleLanguageReport;
  original: OriginalMatch | null;
  words: number;
  score: number;
  verdict: Verdict;
  headline: ScoreReport;
  issues: Issue[];
}

/** A problem with the input itself (a broken line, an unreadable file, a failed fetch). */
export interface InputError {
  input: string;
  line?: number;
  message: string;
}

export interface RunSummary {
  articles: number;
  pass: number;
  review: number;
  fail: number;
  errors: number;
  meanScore: number;
}

export interface RunReport {
  schemaVersion: 1;
  tool: { name: 'syndiq'; version: string };
  run: { startedAt: string; finishedAt: string; inputs: string[]; originals: string[]; config: unknown };
  summary: RunSummary;
  errors: InputError[];
  articles: ArticleResult[];
}
