/**
 * Page metadata around the article: headline, published date, author, canonical URL, declared
 * language. Read from the document before Readability (which rewrites the DOM) runs.
 */
import { type DomDocument, type DomElement, elements, normalizeSpace, textOf } from './dom.js';

export interface PageMetadata {
  title: string;
  published?: string;
  author?: string;
  canonical?: string;
  lang?: string;
  siteName?: string;
}

/** `<meta>` contents by lower-cased property / name / itemprop, the first non-empty one of each. */
type Metas = Map<string, string>;

function collectMetas(doc: DomDocument): Metas {
  const out: Metas = new Map();
  for (const el of elements(doc.querySelectorAll('meta'))) {
    const content = normalizeSpace(el.getAttribute('content') ?? '');
    if (content === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = el.getAttribute(attr)?.toLowerCase();
      if (k && !out.has(k)) out.set(k, content);
    }
  }
  return out;
}

function meta(metas: Metas, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = metas.get(k.toLowerCase());
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Comparable form of a headline: lower case, letters and digits only. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const TITLE_SEPARATOR = /(?<!\s)\s+(?:[|–—:»·\\/-]|::)\s+/g;

/** `<title>` without the site name: "Headline - Site" / "Site | Headline" -> "Headline". */
export function stripSiteName(title: string, siteName?: string): string {
  const text = title.trim();
  const seps = [...text.matchAll(TITLE_SEPARATOR)];
  if (seps.length === 0) return text;
  const first = seps[0] as RegExpMatchArray;
  const last = seps[seps.length - 1] as RegExpMatchArray;
  const head = text.slice(0, first.index);
  const tail = text.slice((last.index ?? 0) + last[0].length);
  const site = siteName ? key(siteName) : '';
  if (site !== '' && key(tail) === site) return text.slice(0, last.index).trim();
  if (site !== '' && key(head) === site) return text.slice((first.index ?? 0) + first[0].length).trim();
  // Unknown site name: drop a short end segment (usually the last one) that is short next to the rest.
  const words = (t: string): number => t.split(/\s+/).length;
  if (words(tail) <= 4 && tail.length * 2 < text.length - tail.length)
    return text.slice(0, last.index).trim();
  if (words(head) <= 3 && head.length * 3 < text.length - head.length)
    return text.slice((first.index ?? 0) + first[0].length).trim();
  return text;
}

/**
 * The headline readers see: the page's `<h1>` when it agrees with og:title or `<title>` (or is the
 * only one), else og:title, else `<title>` minus the site name.
 */
export function pickTitle(
  doc: DomDocument,
  siteName: string | undefined,
  fallback?: string,
  metas: Metas = collectMetas(doc),
): string {
  const og = meta(metas, 'og:title', 'twitter:title');
  const docTitle = normalizeSpace(doc.querySelector('title')?.textContent ?? '');
  const stripped = docTitle ? stripSiteName(docTitle, siteName) : '';
  const h1s = elements(doc.querySelectorAll('h1'))
    .map((h) => textOf(h))
    .filter((t) => t !== '');
  const exact = [og, stripped, docTitle].filter((t): t is string => !!t).map(key);
  const near = [og, stripped].filter((t): t is string => !!t).map(key);
  // An <h1> agrees when it is the headline, or most of it (a cut or lengthened copy).
  const agreeing =
    h1s.find((h) => exact.includes(key(h)) && key(h) !== '') ??
    h1s.find((h) => {
      const k = key(h);
      return (
        k.length >= 12 &&
        near.some(
          (r) =>
            (r.includes(k) || k.includes(r)) &&
            Math.min(k.length, r.length) * 2 > Math.max(k.length, r.length),
        )
      );
    });
  if (agreeing) return agreeing;
  if (h1s.length === 1 && (h1s[0] as string).split(/\s+/).length >= 3) return h1s[0] as string;
  return og ?? (stripped || fallback || h1s[0] || '');
}

function datePublished(doc: DomDocument, metas: Metas): string | undefined {
  const fromMeta = meta(
    metas,
    'article:published_time',
    'datePublished',
    'og:published_time',
    'pubdate',
    'date',
    'dc.date',
    'DC.date.issued',
  );
  if (fromMeta) return fromMeta;
  for (const el of elements(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(el.textContent ?? '');
    if (m) return m[1];
  }
  const time = doc.querySelector(
    'article time[datetime], time[itemprop="datePublished"], time.entry-date, time[datetime]',
  );
  return time?.getAttribute('datetime') ?? undefined;
}

function authorOf(doc: DomDocument, metas: Metas): string | undefined {
  const m = meta(metas, 'author', 'article:author', 'dc.creator', 'twitter:creator');
  if (m && !/^https?:/.test(m)) return m;
  const el = doc.querySelector(
    '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .author .fn, .byline',
  );
  const t = el ? textOf(el).replace(/^by\s+/i, '') : '';
  return t !== '' && t.length < 100 ? t : undefined;
}

/** ISO 639-1 primary subtag of a language tag ("en-US" -> "en", "pt_BR" -> "pt"). */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag ?? '');
  return m ? (m[1] as string).toLowerCase() : undefined;
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return base === undefined && /^https?:/i.test(href) ? href : undefined;
  }
}

export function readMetadata(doc: DomDocument, baseUrl?: string, fallbackTitle?: string): PageMetadata {
  const metas = collectMetas(doc);
  const siteName = meta(metas, 'og:site_name', 'application-name');
  const html: DomElement = doc.documentElement;
  const out: PageMetadata = { title: pickTitle(doc, siteName, fallbackTitle, metas) };
  const published = datePublished(doc, metas);
  if (published) out.published = published;
  const author = authorOf(doc, metas);
  if (author) out.author = author;
  const canonical = resolveUrl(
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(metas, 'og:url'),
    baseUrl,
  );
  if (canonical) out.canonical = canonical;
  const lang =
    primaryLanguage(html.getAttribute('lang') ?? html.getAttribute('xml:lang')) ??
    primaryLanguage(meta(metas, 'content-language')) ??
    primaryLanguage(meta(metas, 'og:locale'));
  if (lang) out.lang = lang;
  if (siteName) out.siteName = siteName;
  return out;
}
