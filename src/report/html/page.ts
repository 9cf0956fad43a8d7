/**
 * The report.html page around the embedded data: a static skeleton, the stylesheet and the script
 * inline, and a Content-Security-Policy that allows exactly those two (by hash) and nothing else: no
 * network of any kind, no other script, no inline event handler, and (Trusted Types) no string ever
 * parsed as markup by the page's own script.
 */
import { createHash } from 'node:crypto';
import { uiAssets } from './assets.js';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for a `<script type="application/json">` element: `<` is written `\u003c`, so no text can close
 * the element (`</script>`) or open a comment (`<!--`); U+2028/2029 are escaped for older parsers.
 */
export function scriptSafeJson(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

export interface PageParts {
  /** One line about the run for the page header (plain text). */
  subtitle: string;
  /** The report's JSON (already serialised), whole or in pieces. */
  json: string | readonly string[];
}

export function renderPage(parts: PageParts): string {
  return renderPageParts(parts).join('');
}

/** The page as pieces: a large run's embedded JSON is never joined into one string. */
export function renderPageParts({ subtitle, json }: PageParts): string[] {
  const { script, style } = uiAssets();
  // the hashes are of the exact text between the tags
  const inlineScript = `\n${script}\n`;
  const inlineStyle = `\n${style}\n`;
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(inlineScript, inlineStyle))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>syndiq report</title>
<style>${inlineStyle}</style>
</head>
<body>
<header class="top">
<h1>syndiq report</h1>
<p>${escapeHtml(subtitle)}</p>
<p class="no-print">Keys: <kbd>/</kbd> search, <kbd>j</kbd> / <kbd>k</kbd> next / previous article, <kbd>Enter</kbd> open, <kbd>Esc</kbd> back to the list</p>
</header>
<main id="app" aria-busy="true">
<section id="summary" aria-labelledby="summary-h"><noscript><p>This report needs JavaScript to show its articles; report.json, summary.md and the CSV files beside it hold the same results.</p></noscript></section>
<section id="list-view" aria-labelledby="list-h">
<h2 id="list-h">Articles</h2>
<form id="filters" class="filters" role="search" aria-label="Filter the articles"></form>
<p id="count" class="count" role="status" aria-live="polite"></p>
<div id="list" class="list"><ul id="rows" class="rows" aria-label="Articles"></ul></div>
</section>
<section id="article" aria-label="Article" hidden></section>
</main>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="syndiq-data"></script>
<script>${inlineScript}</script>
</body>
</html>
`;
  // every escape scriptSafeJson makes is of one character, so the pieces can be escaped one by one
  const marker = '<script type="application/json" id="syndiq-data">';
  const at = page.indexOf(marker) + marker.length;
  const pieces = typeof json === 'string' ? [json] : json;
  return [page.slice(0, at), ...pieces.map(scriptSafeJson), page.slice(at)];
}
