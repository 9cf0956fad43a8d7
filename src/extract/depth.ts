/**
 * How deep a page's elements nest. Readability's passes cost about the cube of the nesting depth
 * (250 levels: seconds; 2,000: minutes) and linkedom's parser grows faster than linearly past some
 * ten thousand levels, while real pages nest a few dozen levels. A page nested deeper than
 * MAX_HTML_DEPTH is refused before extraction, as browsers cap their own trees (Chromium at 512).
 */
import { isElement, type DomDocument, type DomElement } from './dom.js';

/** Deepest element nesting a page may have to be extracted. */
export const MAX_HTML_DEPTH = 256;
/** Nesting in the markup (open tags not yet closed) past which a page is not even parsed. */
const MAX_MARKUP_DEPTH = 4096;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose text is not markup, with the search for their closing tag. */
const RAW_TEXT = new Map(
  ['script', 'style', 'textarea', 'title'].map((n) => [n, new RegExp(`</${n}`, 'gi')]),
);

/**
 * Open tags not yet closed, at most, read off the markup in one pass: an upper bound of the tree's
 * depth (a `<p>` a parser closes implicitly counts as still open). Stops past `limit`.
 */
export function markupDepth(html: string, limit = MAX_MARKUP_DEPTH): number {
  let depth = 0;
  let max = 0;
  for (let at = html.indexOf('<'); at >= 0 && at < html.length; at = html.indexOf('<', at + 1)) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end < 0) break;
      at = end + 2;
      continue;
    }
    const close = html.indexOf('>', at + 1);
    if (close < 0) break;
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(at, Math.min(close, at + 40)));
    if (!m) continue;
    const name = m[2]!.toLowerCase();
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!VOID.has(name) && html[close - 1] !== '/') {
      const raw = RAW_TEXT.get(name);
      if (raw) {
        // the element's text is not markup: skip to its closing tag
        raw.lastIndex = close;
        const end = raw.exec(html);
        if (!end) break;
        at = end.index;
        continue;
      }
      max = Math.max(max, ++depth);
      if (max > limit) return max;
    }
    at = close;
  }
  return max;
}

/** The depth of the document's element tree, walked without recursion; stops past `limit`. */
export function treeDepth(doc: DomDocument, limit = MAX_HTML_DEPTH): number {
  let max = 0;
  const stack: [DomElement, number][] = [[doc.documentElement, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > limit) return max;
    const children = el.childNodes;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (isElement(c)) stack.push([c, depth + 1]);
    }
  }
  return max;
}

/** Thrown for a page nested too deep to extract; the message says how deep. */
export class PageTooDeepError extends Error {}

/** Parse a page, refusing one nested deeper than MAX_HTML_DEPTH (checked on the markup first). */
export function parseWithinDepth(html: string, parse: (html: string) => DomDocument): DomDocument {
  if (markupDepth(html) > MAX_MARKUP_DEPTH)
    throw new PageTooDeepError(`its elements nest over ${MAX_MARKUP_DEPTH} levels deep; not extracted`);
  const doc = parse(html);
  if (treeDepth(doc) > MAX_HTML_DEPTH)
    throw new PageTooDeepError(`its elements nest over ${MAX_HTML_DEPTH} levels deep; not extracted`);
  return doc;
}
