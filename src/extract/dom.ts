/**
 * The small slice of the DOM that syndiq's extractor uses, typed here so the project needs no DOM
 * lib in its compiler settings. Documents come from linkedom (a fast, server-side DOM).
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  textContent: string | null;
  remove(): void;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  readonly id: string;
  readonly className: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  contains(other: DomNode): boolean;
  closest(selectors: string): DomElement | null;
  innerHTML: string;
  outerHTML: string;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  createElement(tag: string): DomElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Parse a whole HTML page. linkedom never runs scripts nor fetches anything. */
export function parseDocument(html: string): DomDocument {
  // linkedom keeps only the first element when the markup has no <html>: give it one.
  let markup = html;
  if (!/<html[\s>]/i.test(html)) {
    markup = /<body[\s>]/i.test(html)
      ? `<html>${html}</html>`
      : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  }
  return parseHTML(markup).document as unknown as DomDocument;
}

/** Parse an HTML fragment (feed item content) into a document whose body holds it. */
export function parseFragment(html: string): DomDocument {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)
    .document as unknown as DomDocument;
}

export function elements(list: ArrayLike<DomElement>): DomElement[] {
  return Array.from(list);
}

/** Class and id of an element, lower-cased, for hint matching. */
export function hints(el: DomElement): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** Whitespace-collapsed text content. */
export function textOf(node: DomNode): string {
  return normalizeSpace(node.textContent ?? '');
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}
