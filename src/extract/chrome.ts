/**
 * Page chrome: the navigation, breadcrumb, related-post blocks (with their headlines), share bars,
 * ad labels, comment form and footer around an article. Kept aside as `ChromeBlock`s so the
 * boilerplate rules can recognise chrome text that leaked into a title or body, and so reports can
 * show what was left out. Read from the document before Readability rewrites it.
 */
import type { ChromeBlock } from '../model.js';
import { paragraphsOf } from './blocks.js';
import { type DomDocument, type DomElement, elements, hints } from './dom.js';

type Kind = ChromeBlock['kind'];

/** Hint patterns per kind, tried in this order (the first that matches names the block). */
const KIND_HINTS: [Kind, RegExp][] = [
  ['breadcrumb', /crumb/],
  ['comments', /(?:^|[\s_-])(comments?|respond|reply|discussion|disqus)(?:$|[\s_-])/],
  [
    'related',
    /related|popular|recommend|read-?next|more-?from|also-?like|trending|editor-?s?-?picks|most-?read|you-?may/,
  ],
  ['share', /(?:^|[\s_-])(share|sharing|social|sharedaddy)(?:$|[\s_-])/],
  [
    'ad',
    /(?:^|[\s_-])(ad|ads|advert|advertisement|adsbygoogle|sponsor|sponsored|td-a-rec|stream-item|adspot)(?:$|[\s_-])/,
  ],
  ['navigation', /(?:^|[\s_-])(nav|navbar|navigation|menu|top-?menu|main-?menu)(?:$|[\s_-])/],
  ['footer', /(?:^|[\s_-])(footer|site-?footer|colophon)(?:$|[\s_-])/],
  [
    'other',
    /(?:^|[\s_-])(sidebar|widget|widget-area|newsletter|subscribe|subscription|signup|promo)(?:$|[\s_-])/,
  ],
];

function kindOf(el: DomElement): Kind | null {
  const tag = el.localName;
  const role = el.getAttribute('role');
  if (tag === 'nav' || role === 'navigation') return 'navigation';
  if (/breadcrumb/i.test(el.getAttribute('aria-label') ?? '')) return 'breadcrumb';
  if (tag === 'form' && /comment/i.test(el.getAttribute('action') ?? '')) return 'comments';
  if (tag === 'footer' || role === 'contentinfo') return 'footer';
  const h = hints(el);
  if (h.trim() === '') return null;
  for (const [kind, re] of KIND_HINTS) if (re.test(h)) return kind;
  return null;
}

/**
 * Chrome blocks of a page in document order. Only the outermost block of each region is kept, and
 * a block holding the article itself (the `<h1>` or most of the page's text) is never chrome.
 */
export function findChrome(doc: DomDocument, article?: DomElement | null): ChromeBlock[] {
  const body = doc.body;
  if (!body) return [];
  const out: ChromeBlock[] = [];
  const pageText = (body.textContent ?? '').length;
  const visit = (el: DomElement): void => {
    const kind = el.localName === 'body' ? null : kindOf(el);
    if (kind) {
      const holdsArticle =
        (article && (el.contains(article) || el === article)) ||
        el.querySelector('h1') !== null ||
        (el.textContent ?? '').length > pageText * 0.6;
      if (!holdsArticle) {
        const text = paragraphsOf(el).join('\n');
        if (/\p{L}/u.test(text)) out.push({ kind, text });
        return;
      }
    }
    for (const child of elements(el.children)) visit(child);
  };
  visit(body);
  return out;
}
