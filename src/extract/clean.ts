/**
 * Post-processing of Readability's article element. Readability keeps what it scored as the article
 * container; what leaks through with it is the container's own furniture: photo captions and credits,
 * datelines and bylines, "You may also like" blocks of linked headlines, share and newsletter prompts.
 * Each pass below removes one kind, judged by structure (link density, element kind, class/id hints),
 * never by a list of phrases, so a plain paragraph of text is left alone whatever it says: a "Read Now"
 * paragraph glued into the article text is what syndiq's boilerplate rules must see and flag.
 */
import { type DomElement, elements, hints, isElement, textOf } from './dom.js';

/** class/id tokens of furniture blocks; matched against whole hyphen/underscore-separated words. */
const FURNITURE_HINT =
  /(?:^|[\s_-])(caption|captions|credit|credits|byline|bylines|author|authors|dateline|timestamp|date|dates|published|updated|share|sharing|social|related|recommended|recommendations|promo|newsletter|newsletters|subscribe|subscription|signup|popular|trending|readmore|read|more|tags|tag|breadcrumb|breadcrumbs|comment|comments|advert|advertisement|ad|ads|sponsor|sponsored|outbrain|taboola|copyright|meta|bio|disclaimer|toolbar|widget|nav|menu|footer)(?:$|[\s_-])/;

/** Elements readers see as media furniture rather than article text. */
const FURNITURE_TAGS = new Set(['figure', 'figcaption', 'time', 'nav', 'aside', 'footer', 'form', 'button']);

const BLOCKISH = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'span',
  'blockquote',
  'table',
  'dl',
]);

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

/** Remove furniture from the article element in place. */
export function cleanArticle(root: DomElement): void {
  const total = Math.max(1, textOf(root).length);
  const small = (el: DomElement): boolean => textOf(el).length <= total * MAX_REMOVED_SHARE;

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
  for (const el of elements(
    root.querySelectorAll('li, ul, ol, div, section, h2, h3, h4, h5, h6, p, span, table'),
  )) {
    if (!el.parentNode || !root.contains(el)) continue;
    const text = textOf(el);
    if (text === '' || !small(el)) continue;
    const threshold = el.localName === 'p' ? 0.9 : 0.5;
    if (linkDensity(el) > threshold && (el.localName !== 'p' || text.length < 200)) el.remove();
  }

  // 3. Datelines, and short headings or labels with nothing of the article after them.
  for (const el of elements(root.querySelectorAll('p, div, span, h2, h3, h4, h5, h6, li, strong, em, b'))) {
    if (!el.parentNode || !root.contains(el)) continue;
    if (el.querySelector('p, div, li') && el.localName !== 'p') continue;
    const text = textOf(el);
    if (text === '') continue;
    if (isDateline(text) && el.localName !== 'p') {
      el.remove();
      continue;
    }
    if (isHeading(el) && !hasTextAfter(el, root)) el.remove();
  }
  void BLOCKISH;
  void isElement;
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
