/**
 * HTML page to article: Readability (over linkedom) finds the article container, syndiq's own passes
 * remove the furniture that leaks through with it (clean.ts), and the rest is flattened into
 * paragraphs. Headline, date, author, canonical URL, language and page chrome are read first, from the
 * untouched document.
 */
import { Readability } from '@mozilla/readability';
import type { ChromeBlock } from '../model.js';
import { paragraphsOf } from './blocks.js';
import { findChrome } from './chrome.js';
import { cleanArticle, linkDensity } from './clean.js';
import { type DomElement, parseDocument } from './dom.js';
import { parseWithinDepth } from './depth.js';
import { readMetadata } from './metadata.js';

export interface ExtractedPage {
  title: string;
  /** Paragraphs joined by a blank line. */
  body: string;
  paragraphs: string[];
  published?: string;
  author?: string;
  canonical?: string;
  /** Declared language (ISO 639-1) from `<html lang>` or equivalent. */
  lang?: string;
  chrome: ChromeBlock[];
}

export interface ExtractOptions {
  /** The page's URL (for resolving the canonical link); omit for local files without one. */
  url?: string;
}

const NO_ARTICLE = 'no article text found on the page';
/** An article is mostly text: over this share of its text inside links, it is a link list. */
const MAX_ARTICLE_LINK_DENSITY = 0.5;
/** An article has at least one paragraph of this many words (a sentence, not a menu label). */
const MIN_SENTENCE_WORDS = 6;

/** Words, or for scripts written without spaces (Japanese, Chinese, Thai…), characters. */
function isSentenceLike(paragraph: string): boolean {
  return paragraph.split(/\s+/).length >= MIN_SENTENCE_WORDS || paragraph.length >= MIN_SENTENCE_WORDS * 5;
}

/** Thrown when a page has no article text; the caller turns it into an InputError. */
export class NoArticleError extends Error {}

/** Readability's article element (the document is modified in place), or null. */
function readabilityArticle(doc: ReturnType<typeof parseDocument>): DomElement | null {
  const reader = new Readability<DomElement>(doc as never, {
    keepClasses: true,
    serializer: (node) => node as unknown as DomElement,
  });
  return reader.parse()?.content ?? null;
}

export function extractPage(html: string, options: ExtractOptions = {}): ExtractedPage {
  const doc = parseWithinDepth(html, parseDocument);
  const chrome = findChrome(doc);
  const metadata = readMetadata(doc, options.url);
  const article = readabilityArticle(doc);
  if (article) {
    // What Readability settles for on a page without an article is a list of links.
    if (linkDensity(article) > MAX_ARTICLE_LINK_DENSITY) throw new NoArticleError(NO_ARTICLE);
    cleanArticle(article);
  }
  const paragraphs = article ? paragraphsOf(article) : [];
  if (!paragraphs.some(isSentenceLike)) throw new NoArticleError(NO_ARTICLE);
  // The headline often opens the article container as well; it belongs to `title`, not `body`.
  if (paragraphs[0] === metadata.title) paragraphs.shift();
  if (paragraphs.length === 0) throw new NoArticleError(NO_ARTICLE);
  const out: ExtractedPage = { title: metadata.title, body: paragraphs.join('\n\n'), paragraphs, chrome };
  if (metadata.published) out.published = metadata.published;
  if (metadata.author) out.author = metadata.author;
  if (metadata.canonical) out.canonical = metadata.canonical;
  if (metadata.lang) out.lang = metadata.lang;
  return out;
}
