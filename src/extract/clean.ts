/**
 * Post-processing of Readability's article element. Readability keeps what it scored as the article
 * container; what leaks through with it is the container's own furniture: photo captions and credits,
 * datelines and bylines, "You may also like" blocks of linked headlines, share and newsletter prompts.
 * Each pass below removes one kind, judged by structure (link density, element kind, class/id hints),
 * never by a list of phrases, so a plain paragraph of text is left alone whatever it says: a "Read Now"
 * paragraph glued into the article text is what syndiq's boilerplate rules must see and flag.
 */
import {
  type DomElement,
  type DomNode,
  elements,
  hints,
  isElement,
  normalizeSpace,
  TEXT_NODE,
  textOf,
} from './dom.js';

/** class/id tokens of furniture blocks; matched against whole hyphen/underscore-separated words. */
const FURNITURE_HINT =
  /(?:^|[\s_-])(caption|captions|credit|credits|byline|bylines|author|authors|dateline|timestamp|date|dates|published|updated|share|sharing|social|related|recommended|recommendations|promo|newsletter|newsletters|subscribe|subscription|signup|popular|trending|readmore|read|more|tags|tag|breadcrumb|breadcrumbs|comment|comments|advert|advertisement|ad|ads|sponsor|sponsored|outbrain|taboola|copyright|meta|bio|disclaimer|toolbar|widget|nav|menu|footer)(?:$|[\s_-])/;

/** Elements readers see as media furniture rather than article text. */
const FURNITURE_TAGS = new Set(['figure', 'figcaption', 'time', 'nav', 'aside', 'footer', 'form', 'button']);

/** Over this share of linked text, a block (list, div, heading) is a link list. */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** A paragraph must be mostly a link to go ("Related: <a>Another headline</a>"); running text with links stays. */
const MAX_P_LINK_DENSITY = 0.75;

/** A furniture block may be removed only while it is small next to the whole article. */
const MAX_REMOVED_SHARE = 0.3;

/** Share of an element's text that sits inside links. */
export function linkDensity(el: DomElement): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of elements(el.querySelectorAll('a'))) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const TIME = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;
const YEAR = /\b(19|20)\d{2}\b/;

/** A short line that is mostly a date or time: "Updated 11:21 pm CST, Tuesday, November 19, 2019". */
export function isDateline(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 14 || (/[.!?]["»”]?$/.test(text) && words.length > 8))
    return false;
  const signals = Number(MONTH.test(text)) + Number(TIME.test(text)) + Number(YEAR.test(text));
  return signals >= 2 || (signals === 1 && words.length <= 4 && /\d/.test(text));
}

function isHeading(el: DomElement): boolean {
  return /^h[1-6]$/.test(el.localName);
}

interface TextStats {
  text: number;
  linked: number;
}

/** Text length and linked text length of every element under `root`, in one walk. */
function measure(root: DomElement): Map<DomElement, TextStats> {
  const stats = new Map<DomElement, TextStats>();
  const walk = (node: DomNode, inLink: boolean): TextStats => {
    if (!isElement(node)) {
      const n = node.nodeType === TEXT_NODE ? normalizeSpace(node.textContent ?? '').length : 0;
      return { text: n, linked: inLink ? n : 0 };
    }
    const link = inLink || node.localName === 'a';
    const own: TextStats = { text: 0, linked: 0 };
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const s = walk(kids[i] as DomNode, link);
      own.text += s.text;
      own.linked += s.linked;
    }
    stats.set(node, own);
    return own;
  };
  walk(root, false);
  return stats;
}

/** Remove furniture from the article element in place. */
export function cleanArticle(root: DomElement): void {
  let stats = measure(root);
  const total = Math.max(1, stats.get(root)?.text ?? 1);
  const small = (el: DomElement): boolean => (stats.get(el)?.text ?? 0) <= total * MAX_REMOVED_SHARE;

  // 1. Media furniture and hinted blocks.
  for (const el of elements(root.querySelectorAll('*'))) {
    if (!el.parentNode || !root.contains(el)) continue;
    const tag = el.localName;
    if (FURNITURE_TAGS.has(tag) && small(el)) {
      el.remove();
      continue;
    }
    if (tag === 'p' && !el.getAttribute('class') && !el.getAttribute('id')) continue;
    const h = hints(el).trim();
    if (h !== '' && FURNITURE_HINT.test(h) && small(el)) el.remove();
  }

  // 2. Link lists and linked headlines: blocks whose text is mostly links.
  stats = measure(root);
  for (const el of elements(root.querySelectorAll(LINK_BLOCKS))) {
    if (!el.parentNode || !root.contains(el)) continue;
    const s = stats.get(el);
    if (!s || s.text === 0 || !small(el)) continue;
    const isP = el.localName === 'p';
    if (s.linked / s.text > (isP ? MAX_P_LINK_DENSITY : MAX_BLOCK_LINK_DENSITY) && (!isP || s.text < 200))
      el.remove();
  }

  // 3. Datelines, and short headings with nothing of the article after them.
  for (const el of elements(root.querySelectorAll('div, span, h2, h3, h4, h5, h6, li, strong, em, b'))) {
    if (!el.parentNode || !root.contains(el)) continue;
    if (hasBlockInside(el)) continue;
    const text = textOf(el);
    if (text === '') continue;
    if (isDateline(text)) {
      el.remove();
      continue;
    }
    if (isHeading(el) && !hasTextAfter(el, root)) el.remove();
  }
}

const LINK_BLOCKS = 'li, ul, ol, div, section, h2, h3, h4, h5, h6, p, span, table';

const INNER_BLOCKS = new Set(['p', 'div', 'li']);

function hasBlockInside(el: DomElement): boolean {
  const kids = el.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i] as DomElement;
    if (INNER_BLOCKS.has(k.localName) || hasBlockInside(k)) return true;
  }
  return false;
}

/** Whether any text follows `el` inside `root` (in document order). */
function hasTextAfter(el: DomElement, root: DomElement): boolean {
  let cur: DomElement | null = el;
  while (cur && cur !== root) {
    let sib = nextSibling(cur);
    while (sib) {
      if ((sib.textContent ?? '').trim() !== '') return true;
      sib = nextSibling(sib);
    }
    cur = cur.parentElement;
  }
  return false;
}

function nextSibling(el: DomElement): DomElement | null {
  const parent = el.parentElement;
  if (!parent) return null;
  const kids = elements(parent.children);
  const i = kids.indexOf(el);
  return kids[i + 1] ?? null;
}
