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

/**
 * The MQM Core typology, version 2.0 (themqm.org, 2021): `Dimension/Type`. Every rule and issue names
 * one of these.
 */
export type MqmType =
  | 'Terminology/Wrong term'
  | 'Accuracy/Mistranslation'
  | 'Accuracy/Addition'
  | 'Accuracy/Omission'
  | 'Accuracy/Untranslated'
  | 'Linguistic conventions/Grammar'
  | 'Linguistic conventions/Spelling'
  | 'Linguistic conventions/Character encoding'
  | 'Style/Unidiomatic style'
  | 'Locale conventions/Number format'
  | 'Locale conventions/Date format'
  | 'Locale conventions/Measurement format'
  | 'Design and markup/Markup tag'
  | 'Design and markup/Missing text';

/** The text an issue points into: the republished article's fields or its original's. */
export type Field = 'title' | 'body' | 'original.title' | 'original.body';

/** A stretch of one field: JavaScript string offsets, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A stretch of a named field with its text: `fieldText.slice(start, end) === text`. */
export interface Passage extends TextSpan {
  field: Field;
  text: string;
}

/** Where a finding sits, so a reader can judge it without opening the article. */
export interface IssueContext {
  /** The sentence around the span (the sentences it covers, when it covers several), in its own field. */
  sentence: Passage;
  /**
   * The aligned passage of the other text: for a span in the republished title or body, the original's
   * headline, sentence or paragraph it was aligned with; for a span in the original, the republished
   * counterpart. Null without an original, or when that part has no counterpart (an addition, an omission).
   */
  aligned: Passage | null;
}

/** A finding set aside because a more specific one covers the same words: reported, never scored. */
export interface RelatedFinding {
  rule: string;
  messageId: string;
  kind: IssueKind;
  severity: Severity;
  field: Field;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestion?: string;
}

/**
 * One finding, as it appears in the report. `fieldText.slice(start, end) === text`.
 * `suggestion`, when present, replaces exactly `text` (an empty suggestion deletes it).
 */
export interface Issue {
  rule: string;
  messageId: string;
  kind: IssueKind;
  mqm: MqmType;
  severity: Severity;
  field: Field;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestion?: string;
  /**
   * Every place in the field where the same finding (rule, message, text, suggestion) occurs, in reading
   * order; the first is `start`/`end`. Present only when there are several. The finding is scored once.
   */
  occurrences?: TextSpan[];
  /** Overlapping findings this one explains (see `resolveIssues`): kept for the reader, not scored. */
  related?: RelatedFinding[];
  /** The sentence around the span and its aligned passage; set on every issue of a check's results. */
  context?: IssueContext;
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

/**
 * Paired passages of the republished body and the original body, in reading order. A paragraph merged
 * or split by the republisher is one pair whose span covers the merged paragraphs.
 */
export interface AlignedPassages {
  /** The republished body's stretch, or null for an original passage with no counterpart (an omission). */
  republished: TextSpan | null;
  /** The original body's stretch, or null for a republished passage with no counterpart (an addition). */
  original: TextSpan | null;
  /** 0-1 similarity of the pair; 0 for a passage with no counterpart. */
  similarity: number;
}

/** One paragraph pair, with the sentence pairs inside it when sentence alignment has run. */
export interface AlignedParagraphs extends AlignedPassages {
  /** Sentence pairs within this paragraph pair, in reading order, offsets into the same fields. */
  sentences?: AlignedPassages[];
}

/** How the republished body lines up with its original's body (offsets into `body` and `original.body`). */
export interface ReportAlignment {
  paragraphs: AlignedParagraphs[];
}

/** An original's text as the report carries it, so that every `original.*` offset can be read back. */
export interface OriginalText {
  id: string;
  url: string | null;
  lang: string;
  title: string;
  body: string;
}

export interface ArticleResult {
  id: string;
  url: string | null;
  feed: string | null;
  input: string;
  title: string;
  /** The body exactly as it was read: issue offsets point into it. */
  body: string;
  lang: ArticleLanguageReport;
  original: OriginalMatch | null;
  words: number;
  score: number;
  verdict: Verdict;
  /** MQM points per 1,000 words (short articles counted as the configured minimum): the raw penalty. */
  penalty?: number;
  headline: ScoreReport;
  issues: Issue[];
  /** Findings a baseline entry marked as reviewed and not an error: reported, never scored. */
  suppressed?: Issue[];
  /** Null when there is no original. */
  alignment: ReportAlignment | null;
  /** Rules that failed on this article (their findings are missing; every other rule's are kept). */
  ruleErrors?: RuleFailure[];
}

/** A rule that threw on one article: the run goes on without that rule's findings for it. */
export interface RuleFailure {
  rule: string;
  message: string;
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
  run: {
    startedAt: string;
    finishedAt: string;
    inputs: string[];
    originals: string[];
    config: unknown;
    /** Present when the run checked one shard of the articles, e.g. "1/4". */
    shard?: string;
  };
  summary: RunSummary;
  errors: InputError[];
  articles: ArticleResult[];
  /** The text of every original an article was matched with, each once, in order of first match. */
  originals: OriginalText[];
}
