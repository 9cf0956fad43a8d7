import type { LanguageAnalysis } from '../lang/types.js';
import type { Article, Original, OriginalMatch } from '../model.js';

export interface MatchResult {
  original: Original;
  /** Detected language of the original. */
  originalLang: string;
  match: OriginalMatch;
}

/** The known originals, indexed for retrieval. */
export interface OriginalsIndex {
  readonly size: number;
  get(id: string): Original | undefined;
  /** Find the original an article came from, or null when none is convincing (an orphan). */
  match(article: Article, language: LanguageAnalysis): MatchResult | null;
  /** Release the store (a database handle); the index is unusable afterwards. */
  close?(): void;
}
