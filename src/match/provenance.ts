/**
 * Explicit provenance: what a republication says about where it came from, before any text is
 * compared. A syndicated page often keeps the original's canonical URL (the extractor takes it as
 * the article's URL), names it in the record's `source`, or ends with a "Source: …" line; a
 * translated page often keeps the original's URL slug. Each becomes a key the store looks up.
 */
import type { Article, Original } from '../model.js';

const LOOKS_LIKE_URL = /^\s*https?:\/\//i;

export type ProvenanceKind = 'url' | 'id' | 'slug';

/** `url:host/path` without scheme, www, query, fragment or trailing slash; null for non-URLs. */
export function urlKey(value: string): string | null {
  if (!LOOKS_LIKE_URL.test(value)) return null;
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^(www|m|amp)\./, '');
  const path = decodeURIComponent(u.pathname)
    .replace(/\/(amp|index\.html?)$/i, '')
    .replace(/(?<!\/)\/+$/, '');
  return `url:${host}${path}`;
}

/**
 * The last path segment of a URL when it reads like a headline slug: at least three hyphenated words
 * and not only digits ("kyiv-metro-opens-new-station"), lowercased. Short or numeric segments
 * ("news", "12345") are shared by unrelated pages.
 */
export function slugKey(value: string): string | null {
  if (!LOOKS_LIKE_URL.test(value)) return null;
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    return null;
  }
  const last = decodeURIComponent(u.pathname)
    .split('/')
    .filter(Boolean)
    .at(-1)
    ?.replace(/\.(html?|php|aspx?)$/i, '')
    .toLowerCase();
  if (!last) return null;
  const words = last.split(/[-_]+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 3 ? `slug:${words.join('-')}` : null;
}

/** Provenance keys an original is found by. */
export function originalProvenance(o: Original): string[] {
  const out = new Set<string>([`id:${o.id}`]);
  for (const v of [o.url, o.id]) {
    if (!v) continue;
    const u = urlKey(v);
    if (u) out.add(u);
    const s = slugKey(v);
    if (s) out.add(s);
  }
  return [...out];
}

/** A line naming the source, in the default languages ("Source:", "Джерело:", "来源：", "المصدر:"). */
const SOURCE_LINE =
  /(?:^|\n)[^\S\n]*(?:source|original|originally published|quelle|fuente|fonte|źródło|kaynak|джерело|источник|першоджерело|المصدر|来源|原文|出处)\s*[:：]\s*(\S[^\n]*)/giu;
const URL_IN_TEXT = /https?:\/\/[^\s<>"'«»“”)\]]+/giu;

export interface ProvenanceClaim {
  key: string;
  kind: ProvenanceKind;
}

/**
 * What an article claims about its original: its own URL (a canonical link to the original), its
 * `source` field, URLs and ids on "Source:" lines, and the slug of its URL. Strongest first.
 */
export function articleProvenance(a: Article): ProvenanceClaim[] {
  const out: ProvenanceClaim[] = [];
  const add = (key: string | null, kind: ProvenanceKind): void => {
    if (key && !out.some((c) => c.key === key)) out.push({ key, kind });
  };
  const named: string[] = [];
  if (a.source) named.push(a.source);
  for (const m of a.body.matchAll(SOURCE_LINE)) {
    const line = m[1]!.trim();
    const urls = line.match(URL_IN_TEXT);
    if (urls) named.push(...urls.map((u) => u.replace(/(?<![.,;:])[.,;:]+$/, '')));
    else named.push(line.replace(/(?<![.;])[.;]+$/, ''));
  }
  for (const v of named) {
    const u = urlKey(v);
    if (u) add(u, 'url');
    else if (v.length <= 200) add(`id:${v}`, 'id');
  }
  if (a.url) add(urlKey(a.url), 'url');
  for (const v of [...named, a.url ?? '']) add(slugKey(v), 'slug');
  return out;
}
