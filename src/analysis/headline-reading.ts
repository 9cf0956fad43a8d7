/**
 * The headline read against its own article: the headline's words, the body's words, and whether a
 * headline word recurs in the body (as written, inflected, or transliterated another way) or in the
 * original when there is one. A real headline's names and content words recur in its lead and body.
 * Computed once per article context and shared by the headline rules.
 */
import { stemmerFor, type Stem } from '../lexicon/stemmer.js';
import { defineAnalysis, type RuleContext } from '../rules/types.js';
import { originalWords } from './original-names.js';
import { fieldWords, sameName, type Word } from './words.js';
import { insideQuotes } from '../text/quotes.js';

export interface HeadlineReading {
  title: Word[];
  body: Word[];
  /** The body's (and the original's) words, as written, lowercased and unaccented. */
  bodyPlain: ReadonlySet<string>;
  /** Whether the word or an inflection of it occurs in the body or the original. */
  inArticle(w: Word): boolean;
  /** Whether two words share a stem (Snowball where the language has one). */
  sameStem(a: Word, b: Word): boolean;
  /** Also a transliteration variant ("Zelenskyy" / "Зеленський"): for names, too loose for common words. */
  nameInArticle(w: Word): boolean;
  /** The first line speaks as "I": the opening of a message or post, not a news headline. */
  firstPerson: boolean;
}

/** The English first-person pronoun, alone or contracted: news headlines speak of others. */
const FIRST_PERSON = /^I(?:['’](?:m|ve|ll|d))?$/u;

/**
 * Whether the headline speaks as "I" outside a quotation and not as an attributed quote ("Mayor: I
 * will stay"): a post or a reader's message, whose first line need not name what its body names.
 */
function speaksFirstPerson(ctx: RuleContext, title: readonly Word[]): boolean {
  if (ctx.title.lang !== 'en') return false;
  const text = ctx.title.text;
  return title.some(
    (w) =>
      FIRST_PERSON.test(text.slice(w.start, w.end)) &&
      !insideQuotes(text, w.start, w.end) &&
      !text.slice(0, w.start).includes(':'),
  );
}

/** Shortest shared beginning that makes two forms of a language without a stemmer one word. */
const MIN_SHARED_PREFIX = 5;

function keyOf(stem: Stem | undefined, plainWord: string): string {
  if (stem) return stem(plainWord);
  return plainWord.slice(0, Math.max(MIN_SHARED_PREFIX, plainWord.length - 3));
}

function readHeadline(ctx: RuleContext): HeadlineReading {
  const title = fieldWords(ctx.title, ctx.title.lang);
  const body = fieldWords(ctx.body, ctx.body.lang);
  const others = [...body, ...(ctx.original ? originalWords(ctx.original) : [])];
  const stem = stemmerFor(ctx.title.lang);
  const bodyPlain = new Set(others.map((w) => w.plain));
  const keys = new Set(others.map((w) => keyOf(stem, w.plain)));
  const folds = [...new Set(others.map((w) => w.fold).filter(Boolean))];
  const inArticle = (w: Word): boolean => bodyPlain.has(w.plain) || keys.has(keyOf(stem, w.plain));
  return {
    title,
    body,
    bodyPlain,
    inArticle,
    sameStem: (a, b) => keyOf(stem, a.plain) === keyOf(stem, b.plain),
    nameInArticle: (w) => inArticle(w) || (w.fold !== '' && folds.some((f) => sameName(w.fold, f))),
    firstPerson: speaksFirstPerson(ctx, title),
  };
}

export const headlineReading = defineAnalysis('headlineReading', readHeadline);
