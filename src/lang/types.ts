import type { LanguageGuess } from '../model.js';
import type { Span } from '../text/segment.js';

/** A stretch of text (paragraph or sentence) with its identified language. */
export interface LanguageSpan extends Span, LanguageGuess {}

/** Language of an article at every level a rule may need. */
export interface LanguageAnalysis {
  /** The article's language (body first, headline when the body is empty). */
  article: LanguageGuess;
  /** The declared language, if any (a prior, not the truth). */
  declared: string | null;
  title: LanguageGuess;
  /** Body paragraphs, in order, with offsets into the body. */
  paragraphs: LanguageSpan[];
  /** Body sentences, in order, with offsets into the body (identified with the body's language as prior). */
  sentences?: LanguageSpan[];
}
