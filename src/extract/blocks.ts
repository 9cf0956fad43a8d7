/**
 * Flattens article HTML into paragraphs: every block-level element (p, h2, li, blockquote, div with
 * text of its own…) becomes one paragraph, whitespace collapsed. `<br>` also breaks a paragraph, so a
 * body never holds a single "\n". Markup that readers never see as text (script, style, template…) is
 * skipped; CSS or JS that appears as text inside a paragraph is kept, since readers see it.
 */
import { type DomNode, isElement, normalizeSpace, TEXT_NODE } from './dom.js';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
]);

/** Elements whose content is never rendered as text. */
export const INVISIBLE_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'title',
  'meta',
  'link',
  'select',
  'option',
  'textarea',
  'input',
  'button',
]);

/** The paragraphs of an element's content, in document order. */
export function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = normalizeSpace(buffer);
    if (text !== '') out.push(text);
    buffer = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (INVISIBLE_TAGS.has(tag)) return;
    if (node.hasAttribute('hidden')) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i] as DomNode);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}
