/**
 * Feed parsing: RSS 2.0 (with content:encoded), RSS 1.0 / RDF, Atom 1.0 and JSON Feed 1.1, into one
 * item shape. XML goes through fast-xml-parser with entity processing off and the DOCTYPE removed
 * before parsing, so no DTD, external entity or entity expansion is ever processed; only XML's five
 * predefined entities and numeric character references are decoded (by us, outside CDATA sections).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FeedItem {
  /** guid / id, when the feed gives one. */
  id?: string;
  /** The item's link as written (may be relative). */
  link?: string;
  title: string;
  /** Full article content as HTML (content:encoded, Atom content, content_html). */
  contentHtml?: string;
  /** Full article content as plain text (JSON Feed content_text, Atom text content). */
  contentText?: string;
  /** Teaser: description / summary. HTML. */
  summary?: string;
  published?: string;
  author?: string;
  lang?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json';
  title: string;
  /** The feed's own URL (atom:link rel=self) or site link, for resolving relative item links. */
  base?: string;
  lang?: string;
  items: FeedItem[];
}

/** A feed that cannot be read; the message says why. */
export class FeedError extends Error {}

type Node = Record<string, unknown>;

/** Elements whose content may hold markup or CDATA: kept raw and decoded by `xmlText`. */
const RAW_ELEMENTS = ['title', 'description', 'content:encoded', 'content', 'summary', 'subtitle'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  stopNodes: RAW_ELEMENTS.map((n) => `*.${n}`),
});

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode XML's predefined entities and character references; leave anything else as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[name.toLowerCase()] ?? whole;
  });
}

/** Raw element content to text: CDATA sections verbatim, the rest entity-decoded. */
export function xmlText(raw: string): string {
  let out = '';
  let rest = raw;
  for (;;) {
    const start = rest.indexOf('<![CDATA[');
    if (start < 0) return out + decodeXmlEntities(rest);
    const end = rest.indexOf(']]>', start + 9);
    out += decodeXmlEntities(rest.slice(0, start)) + rest.slice(start + 9, end < 0 ? undefined : end);
    if (end < 0) return out;
    rest = rest.slice(end + 3);
  }
}

/** Text of a parsed value: a string, a `{#text, #cdata, @_attr}` object, or the first of an array. */
function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'string') return xmlText(value).trim();
  if (typeof value === 'object') {
    const v = value as Node;
    const parts = [v['#text'], v['#cdata']].flat().filter((x): x is string => typeof x === 'string');
    if (parts.length === 0) return undefined;
    return (
      (typeof v['#text'] === 'string' ? xmlText(v['#text']) : '') +
      (v['#cdata'] !== undefined ? [v['#cdata']].flat().join('') : '')
    );
  }
  return String(value);
}

function attr(value: unknown, name: string): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const a = (value as Node)[`@_${name}`];
    return typeof a === 'string' ? decodeXmlEntities(a) : undefined;
  }
  return undefined;
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter(
    (v): v is Node => typeof v === 'object' && v !== null,
  );
}

/** Remove the DOCTYPE (and any internal subset) so no DTD is ever read. */
export function stripDoctype(xml: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  let depth = 0;
  for (let i = start + 9; i < xml.length; i++) {
    const c = xml[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return xml.slice(0, start) + xml.slice(i + 1);
  }
  return xml.slice(0, start);
}

function set<K extends keyof FeedItem>(item: FeedItem, key: K, value: FeedItem[K] | undefined): void {
  if (value !== undefined && value !== '') item[key] = value;
}

function rssItem(node: Node): FeedItem {
  const item: FeedItem = { title: text(node.title) ?? '' };
  const guid = text(node.guid) ?? attr(node, 'rdf:about');
  set(item, 'id', guid?.trim());
  set(item, 'link', text(node.link)?.trim());
  set(item, 'contentHtml', text(node['content:encoded']));
  set(item, 'summary', text(node.description));
  set(item, 'published', text(node.pubDate) ?? text(node['dc:date']));
  set(item, 'author', text(node['dc:creator']) ?? text(node.author));
  set(item, 'lang', text(node['dc:language']));
  return item;
}

function atomLink(node: Node): string | undefined {
  const links = list(node.link);
  const alt = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alt ? attr(alt, 'href') : undefined;
}

/** Atom text construct: `type="html"` is escaped HTML, `xhtml` is markup, `text` is plain. */
function atomContent(value: unknown): { html?: string; text?: string } {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined) return {};
  const type = (attr(v, 'type') ?? 'text').toLowerCase();
  const raw =
    typeof v === 'string'
      ? v
      : typeof (v as Node)['#text'] === 'string'
        ? ((v as Node)['#text'] as string)
        : '';
  if (type === 'xhtml') return { html: raw };
  const decoded = xmlText(raw).trim();
  if (type === 'html' || type === 'text/html') return { html: decoded };
  return { text: decoded };
}

function atomPlain(value: unknown): string {
  const c = atomContent(value);
  return (c.text ?? c.html?.replace(/<[^<>]*>/g, '') ?? '').trim();
}

function atomEntry(node: Node, feedLang?: string): FeedItem {
  const item: FeedItem = { title: atomPlain(node.title) };
  set(item, 'id', text(node.id)?.trim());
  set(item, 'link', atomLink(node));
  const content = atomContent(node.content);
  set(item, 'contentHtml', content.html);
  set(item, 'contentText', content.text);
  const summary = atomContent(node.summary);
  set(item, 'summary', summary.html ?? summary.text);
  set(item, 'published', text(node.published) ?? text(node.updated));
  set(item, 'author', text(list(node.author)[0]?.name));
  set(item, 'lang', attr(node, 'xml:lang') ?? feedLang);
  return item;
}

function parseXmlFeed(xml: string): ParsedFeed {
  const cleaned = stripDoctype(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml);
  if (cleaned.trim() === '') throw new FeedError('empty file: no feed');
  const valid = XMLValidator.validate(cleaned);
  if (valid !== true)
    throw new FeedError(`malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  let doc: Node;
  try {
    doc = parser.parse(cleaned) as Node;
  } catch (e) {
    throw new FeedError(`malformed XML: ${(e as Error).message}`);
  }
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const channel = list(rss.channel)[0];
    if (!channel) throw new FeedError('RSS feed without a <channel>');
    const self = list(channel['atom:link']).find((l) => attr(l, 'rel') === 'self');
    return {
      format: 'rss',
      title: text(channel.title) ?? '',
      base: (self && attr(self, 'href')) ?? text(channel.link),
      lang: text(channel.language),
      items: list(channel.item).map(rssItem),
    };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf) {
    const channel = list(rdf.channel)[0] ?? {};
    return {
      format: 'rdf',
      title: text(channel.title) ?? '',
      base: text(channel.link),
      lang: text(channel['dc:language']),
      items: list(rdf.item).map(rssItem),
    };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const lang = attr(feed, 'xml:lang');
    const self = list(feed.link).find((l) => attr(l, 'rel') === 'self');
    return {
      format: 'atom',
      title: atomPlain(feed.title),
      base: (self && attr(self, 'href')) ?? atomLink(feed),
      lang,
      items: list(feed.entry).map((e) => atomEntry(e, lang)),
    };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?'));
  throw new FeedError(`not a feed: the root element is <${root ?? '?'}>, not <rss>, <rdf:RDF> or <feed>`);
}

/** Whether parsed JSON is a JSON Feed (version URL https://jsonfeed.org/version/1 or 1.1). */
export function isJsonFeed(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Node).version === 'string' &&
    ((value as Node).version as string).startsWith('https://jsonfeed.org/version/')
  );
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

function parseJsonFeed(json: string): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (e) {
    throw new FeedError(`not valid JSON: ${(e as Error).message}`);
  }
  if (!isJsonFeed(value))
    throw new FeedError('not a JSON Feed (no "version": "https://jsonfeed.org/version/…")');
  const feed = value as Node;
  const items = Array.isArray(feed.items) ? feed.items : [];
  return {
    format: 'json',
    title: str(feed.title) ?? '',
    base: str(feed.feed_url) ?? str(feed.home_page_url),
    lang: str(feed.language),
    items: items
      .filter((i): i is Node => typeof i === 'object' && i !== null)
      .map((i) => {
        const item: FeedItem = { title: str(i.title) ?? '' };
        set(item, 'id', str(i.id));
        set(item, 'link', str(i.url) ?? str(i.external_url));
        set(item, 'contentHtml', str(i.content_html));
        set(item, 'contentText', str(i.content_text));
        set(item, 'summary', str(i.summary));
        set(item, 'published', str(i.date_published) ?? str(i.date_modified));
        const authors = Array.isArray(i.authors) ? i.authors : i.author ? [i.author] : [];
        set(item, 'author', str((authors[0] as Node | undefined)?.name));
        set(item, 'lang', str(i.language) ?? str(feed.language));
        return item;
      }),
  };
}

/** Parse a feed's text, XML or JSON by its first character. Throws FeedError with the reason. */
export function parseFeed(text: string): ParsedFeed {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return parseJsonFeed(start);
  return parseXmlFeed(text);
}
