/**
 * Web inputs to articles: HTML pages (local `.html`/`.htm`, gzipped, or http(s) URLs) and feeds (RSS,
 * RDF, Atom, JSON Feed; local or remote). A feed item with full content is read from the feed; an item
 * with only a teaser is read from its linked page, the link resolved against the feed's own location.
 * Each failure is one InputError naming the file or URL; everything else is still read.
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { paragraphsOf } from '../extract/blocks.js';
import { parseFragment, normalizeSpace } from '../extract/dom.js';
import { extractPage, NoArticleError } from '../extract/page.js';
import { primaryLanguage } from '../extract/metadata.js';
import type { Article, InputError } from '../model.js';
import { decodeBytes, looksBinary } from './charset.js';
import { type FeedItem, FeedError, parseFeed } from './feeds.js';
import { FetchError, Fetcher, type FetchOptions, formatBytes } from './http.js';
import { LocalFiles } from './local.js';
import { isUrl } from './sources.js';
import { mapLimit, READ_CONCURRENCY } from './limit.js';

const gunzipAsync = promisify(gunzip);

export interface WebResult {
  articles: Article[];
  errors: InputError[];
}

export interface WebContext {
  fetcher: Fetcher;
  maxBytes: number;
  files: LocalFiles;
}

export function createWebContext(
  options: FetchOptions = {},
  fetcher?: Fetcher,
  files: LocalFiles = new LocalFiles(),
): WebContext {
  const f = fetcher ?? new Fetcher(options);
  return { fetcher: f, maxBytes: f.options.maxBytes, files };
}

/** The raw bytes of a file or URL, gunzipped when the name ends in `.gz`, capped at `maxBytes`. */
export interface Loaded {
  bytes: Buffer;
  contentType: string | null;
  /** Final URL for remote inputs. */
  url?: string;
}

class InputFailure extends Error {}

export async function load(location: string, ctx: WebContext): Promise<Loaded> {
  if (isUrl(location)) {
    try {
      const res = await ctx.fetcher.fetch(location);
      return { bytes: res.body, contentType: res.contentType, url: res.finalUrl };
    } catch (e) {
      throw new InputFailure(e instanceof FetchError ? e.message : String(e));
    }
  }
  let bytes: Buffer;
  try {
    bytes = await ctx.files.readBytes(
      location,
      ctx.maxBytes,
      (size) => `file is ${formatBytes(size)}, over the ${formatBytes(ctx.maxBytes)} size cap`,
    );
  } catch (e) {
    throw new InputFailure((e as Error).message);
  }
  if (/\.gz$/i.test(location)) {
    try {
      bytes = await gunzipAsync(bytes, { maxOutputLength: ctx.maxBytes });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputFailure(
        code === 'ERR_BUFFER_TOO_LARGE'
          ? `over the ${formatBytes(ctx.maxBytes)} size cap after gunzip`
          : `not valid gzip: ${(e as Error).message}`,
      );
    }
  }
  return { bytes, contentType: null };
}

const NON_TEXT_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|octet-stream|gzip|x-)/i;

/** Decode page bytes, refusing binary content served or saved under an HTML name. */
function decodePage(loaded: Loaded): { text: string; charset: string } {
  if (loaded.contentType && NON_TEXT_TYPE.test(loaded.contentType))
    throw new InputFailure(`not an HTML page: content type ${loaded.contentType.split(';')[0]}`);
  if (looksBinary(loaded.bytes)) throw new InputFailure('binary content, not an HTML page');
  return decodeBytes(loaded.bytes, loaded.contentType, 'html');
}

export interface PageRef {
  /** Location to read: a path or URL. */
  location: string;
  /** Article id when known (feed guid). */
  id?: string;
  /** The feed this page was listed in. */
  feed?: string;
  /** Fallbacks from the feed item. */
  title?: string;
  published?: string;
  author?: string;
  lang?: string;
}

/** Read one page into an article. */
export async function readPage(ref: PageRef, ctx: WebContext, preloaded?: Loaded): Promise<WebResult> {
  const input = ref.location;
  try {
    const loaded = preloaded ?? (await load(input, ctx));
    const { text, charset } = decodePage(loaded);
    const page = extractPage(text, loaded.url ? { url: loaded.url } : {});
    const url = page.canonical ?? loaded.url;
    const article: Article = {
      id: ref.id ?? url ?? input,
      title: page.title || ref.title || '',
      body: page.body,
      input,
      chrome: page.chrome,
      charset,
    };
    if (url) article.url = url;
    const published = page.published ?? ref.published;
    if (published) article.published = published;
    const author = page.author ?? ref.author;
    if (author) article.author = author;
    const lang = page.lang ?? primaryLanguage(ref.lang);
    if (lang) article.lang = lang;
    if (ref.feed) article.feed = ref.feed;
    return { articles: [article], errors: [] };
  } catch (e) {
    if (e instanceof InputFailure || e instanceof NoArticleError)
      return { articles: [], errors: [{ input, message: e.message }] };
    return { articles: [], errors: [{ input, message: `cannot extract the page: ${(e as Error).message}` }] };
  }
}

/** Where an item link leads: a URL to fetch, a local file to read, nowhere, or a refusal and why. */
export type LinkTarget = { url: string } | { path: string } | { refused: string } | null;

/**
 * Resolve an item link against the feed's location: a URL for remote feeds, a path for local ones.
 * A root-relative link ("/2025/04/story/") in a local feed belongs to the site the feed declares
 * (`siteUrl`), not to the file system. A link may only lead where its feed may: a remote feed's
 * links are http(s) URLs, never local files (`file:` or a path); a local feed's links are URLs or
 * paths, and whether a path stays inside the feed's folder is checked by `refuseEscape`.
 * Links of other schemes (mailto:, javascript:) lead nowhere.
 */
export function resolveLink(
  link: string,
  feedLocation: string,
  feedUrl?: string,
  siteUrl?: string,
): LinkTarget {
  if (isUrl(link)) {
    try {
      return { url: new URL(link).href };
    } catch {
      return { refused: `link ${link} is not a valid URL` };
    }
  }
  if (/^file:/i.test(link))
    return {
      refused: `link ${link} refused: a file: link in a feed is never read (give local files on the command line)`,
    };
  if (/^[a-z][a-z0-9+.-]*:/i.test(link)) return null; // mailto:, javascript:…
  if (feedUrl) {
    let url: URL;
    try {
      url = new URL(link, feedUrl);
    } catch {
      return { refused: `link ${link} is not a valid URL` };
    }
    return isUrl(url.href) ? { url: url.href } : { refused: `link ${link} refused: not an http(s) URL` };
  }
  const path = link.split('#')[0] as string;
  if (path.startsWith('/') && siteUrl && isUrl(siteUrl)) return { url: new URL(link, siteUrl).href };
  return { path: isAbsolute(path) ? path : join(dirname(feedLocation), path) };
}

/**
 * Null when a path linked from a local feed stays inside the feed's folder (symbolic links
 * resolved); otherwise the refusal. A feed names the articles beside or below it, never a file
 * elsewhere on the machine (`../../etc/passwd`, `/home/someone/.ssh/id_rsa`).
 */
export async function refuseEscape(link: string, path: string, feedLocation: string): Promise<string | null> {
  const folder = resolve(dirname(feedLocation));
  const why = `link ${link} refused: it leads out of the feed's folder (${folder}); only files beside the feed or below it are read`;
  if (!within(folder, resolve(path))) return why;
  // The lexical check passed; a symbolic link inside the folder may still point out of it.
  try {
    const [realFolder, realPath] = await Promise.all([realpath(folder), realpath(path)]);
    return within(realFolder, realPath) ? null : why;
  } catch {
    return null; // missing: reading it reports that
  }
}

function within(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function textParagraphs(text: string): string {
  return text
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map(normalizeSpace)
    .filter(Boolean)
    .join('\n\n');
}

function itemArticle(
  item: FeedItem,
  feed: string,
  lang: string | undefined,
  url: string | undefined,
  index: number,
  charset: string,
): Article {
  const body =
    item.contentHtml !== undefined
      ? paragraphsOf(parseFragment(item.contentHtml).body ?? parseFragment('').documentElement).join('\n\n')
      : textParagraphs(
          item.contentText ?? paragraphsOf(parseFragment(item.summary ?? '').documentElement).join('\n\n'),
        );
  const article: Article = {
    id: item.id ?? url ?? `${feed}#${index + 1}`,
    title: normalizeSpace(item.title),
    body,
    input: feed,
    feed,
    charset,
  };
  if (url) article.url = url;
  if (item.published) article.published = item.published;
  if (item.author) article.author = item.author;
  const l = primaryLanguage(item.lang ?? lang);
  if (l) article.lang = l;
  return article;
}

/** Read a feed and every item in it. */
export async function readFeed(location: string, ctx: WebContext, preloaded?: Loaded): Promise<WebResult> {
  let loaded: Loaded;
  let feed;
  let charset: string;
  try {
    loaded = preloaded ?? (await load(location, ctx));
    if (looksBinary(loaded.bytes)) throw new InputFailure('binary content, not a feed');
    const decoded = decodeBytes(loaded.bytes, loaded.contentType, 'xml');
    charset = decoded.charset;
    feed = parseFeed(decoded.text);
  } catch (e) {
    if (e instanceof InputFailure || e instanceof FeedError)
      return { articles: [], errors: [{ input: location, message: e.message }] };
    throw e;
  }
  if (feed.items.length === 0)
    return { articles: [], errors: [{ input: location, message: `the ${feed.format} feed has no items` }] };
  const feedUrl = loaded.url;
  const results = await mapLimit(feed.items, READ_CONCURRENCY, async (item, index): Promise<WebResult> => {
    const itemInput = `${location} item ${index + 1}`;
    const link = item.link ? resolveLink(item.link, location, feedUrl, feed.base) : null;
    // Absolute URL of the item for reports, when one can be known.
    let url: string | undefined;
    if (item.link) {
      try {
        url = new URL(item.link, feedUrl ?? feed.base).href;
      } catch {
        url = undefined;
      }
    }
    const full = item.contentHtml !== undefined || item.contentText !== undefined;
    if (full || !link) {
      if (!full && !item.summary)
        return { articles: [], errors: [{ input: itemInput, message: 'item has no content and no link' }] };
      return { articles: [itemArticle(item, location, feed.lang, url, index, charset)], errors: [] };
    }
    const refused =
      'refused' in link
        ? link.refused
        : 'path' in link
          ? await refuseEscape(item.link as string, link.path, location)
          : null;
    if (refused) return { articles: [], errors: [{ input: itemInput, message: refused }] };
    const target = 'url' in link ? link.url : (link as { path: string }).path;
    const ref: PageRef = { location: target, feed: location, title: item.title };
    const id = item.id ?? url;
    if (id) ref.id = id;
    if (item.published) ref.published = item.published;
    if (item.author) ref.author = item.author;
    const lang = item.lang ?? feed.lang;
    if (lang) ref.lang = lang;
    const res = await readPage(ref, ctx);
    for (const a of res.articles) if (url && !isUrl(target)) a.url = a.url ?? url;
    return res;
  });
  return { articles: results.flatMap((r) => r.articles), errors: results.flatMap((r) => r.errors) };
}

/** Whether bytes fetched from a URL are a feed rather than a page. */
export function sniffFeed(loaded: Loaded): boolean {
  const type = (loaded.contentType ?? '').toLowerCase();
  if (/(rss|atom|rdf)\+xml|feed\+json/.test(type)) return true;
  const head = loaded.bytes
    .subarray(0, 2048)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(head);
  return /^(<\?xml[^>]*>\s*)?(<!--(?:[^-]|-(?!->))*-->\s*)*(<!DOCTYPE[^>]*>\s*)?<(rss|feed|rdf:RDF)[\s>]/i.test(
    head,
  );
}

/** Read a URL: a feed or a page, decided from what comes back. */
export async function readUrl(url: string, ctx: WebContext): Promise<WebResult> {
  let loaded: Loaded;
  try {
    loaded = await load(url, ctx);
  } catch (e) {
    return { articles: [], errors: [{ input: url, message: (e as Error).message }] };
  }
  return sniffFeed(loaded) ? readFeed(url, ctx, loaded) : readPage({ location: url }, ctx, loaded);
}
