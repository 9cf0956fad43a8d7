/**
 * Scanners that find code-shaped runs inside prose: CSS rule blocks, JavaScript statements, HTML
 * tags and comments, WordPress shortcodes. Each candidate carries evidence points; the rule decides
 * from the points and the context whether a run leaked or is quoted on purpose.
 */

export type CodeKind = 'css' | 'js' | 'html' | 'shortcode';

export interface CodeRun {
  kind: CodeKind;
  start: number;
  end: number;
  /** Evidence that this is leaked page code rather than code an article quotes on purpose. */
  points: number;
}

/** Longest block or statement considered (longer ones are not leaked snippets but something else). */
const MAX_RUN = 3000;

/** HTML element names: a bare word before `{` or inside `<…>` counts as code only if it is one. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code ' +
    'col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer ' +
    'form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map ' +
    'mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby ' +
    's samp script section select slot small source span strong style sub summary sup svg table tbody td template ' +
    'textarea tfoot th thead time title tr track u ul var video wbr center ins'
  ).split(' '),
);
const VOID_ELEMENTS = new Set(
  'br hr img wbr input meta link source embed iframe param track area col'.split(' '),
);

/** Identifiers (class names, ids, JS names) in a run, lower-cased. */
export function identifiers(text: string): string[] {
  return text.toLowerCase().match(/[a-z_$][\w$-]*/g) ?? [];
}

export function hasMarker(text: string, markers: readonly string[]): boolean {
  return identifiers(text).some((id) => markers.some((m) => id.startsWith(m)));
}

/** Index of the bracket closing the one at `open`, or -1 (also when a blank line comes first). */
function matchBracket(text: string, open: number, limit: number): number {
  const pairs: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < limit; i++) {
    const c = text[i]!;
    if (c === '\n' && text[i + 1] === '\n') return -1;
    if (c in pairs) stack.push(pairs[c]!);
    else if (c === '}' || c === ')' || c === ']') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** End of the paragraph containing `i` (next blank line or end of text). */
function paragraphEnd(text: string, i: number): number {
  const k = text.indexOf('\n\n', i);
  return k < 0 ? text.length : k;
}

function paragraphStart(text: string, i: number): number {
  const k = text.lastIndexOf('\n\n', i);
  return k < 0 ? 0 : k + 2;
}

// ---------------------------------------------------------------------------------------------- CSS

const COMPOUND =
  /^(?:[\p{L}][\p{L}\p{N}-]*|\*)?(?:[.#][\p{L}_-][\p{L}\p{N}_-]*|::?[\p{L}-]+(?:\([^)]*\))?|\[[^\]]*\])*,?$/u;
const TYPE_PART = /^[\p{L}][\p{L}\p{N}-]*/u;

/** Start of the selector (or at-rule prelude) that ends just before `brace`, or -1. */
function selectorStart(text: string, from: number, brace: number): number {
  const prelude = text.slice(from, brace);
  const at = prelude.search(/@[\p{L}-][^@.!?;{}]*$/u);
  if (at >= 0) return from + at;
  let start = -1;
  let i = prelude.length;
  for (;;) {
    while (i > 0 && /\s/.test(prelude[i - 1]!)) i--;
    if (i === 0) break;
    let j = i;
    while (j > 0 && !/\s/.test(prelude[j - 1]!)) j--;
    const token = prelude.slice(j, i);
    if (!(/^[>+~]$/.test(token) || isSelectorToken(token))) break;
    start = j;
    i = j;
  }
  if (start < 0) return -1;
  // a selector cannot begin with a combinator
  while (start < prelude.length && /[>+~\s]/.test(prelude[start]!)) start++;
  return start < prelude.length ? from + start : -1;
}

function isSelectorToken(token: string): boolean {
  if (!COMPOUND.test(token)) return false;
  const type = TYPE_PART.exec(token)?.[0];
  return type === undefined || HTML_ELEMENTS.has(type.toLowerCase());
}

interface Declarations {
  count: number;
  capitalised: number;
  important: number;
}

/** Parse `prop: value; …`; null when the text is not a declaration list. A cut last one is allowed. */
function declarations(body: string, truncated: boolean): Declarations | null {
  const parts = body.split(';').map((p) => p.trim());
  if (truncated && parts.length > 1) parts.pop();
  const out: Declarations = { count: 0, capitalised: 0, important: 0 };
  for (const part of parts) {
    if (!part) continue;
    const m = /^(-?[\p{L}][\p{L}\p{N}-]*(?: [\p{L}][\p{L}\p{N}-]*){0,3})\s*:\s*([^:{}\s][^:{}]{0,79})$/u.exec(
      part,
    );
    if (!m) return null;
    const value = m[2]!;
    if (value.split(/\s+/).length > 8) return null;
    out.count++;
    if (/^-?\p{Lu}/u.test(m[1]!)) out.capitalised++;
    if (/!\s*important/i.test(value)) out.important += /!\s+important|!Important/.test(value) ? 2 : 1;
  }
  return out.count > 0 ? out : null;
}

interface CssBlock {
  start: number;
  end: number;
  points: number;
}

/** One CSS rule (or at-rule with nested rules) whose `{` is at `brace`; null if it is not CSS. */
function cssBlock(text: string, from: number, brace: number, markers: readonly string[]): CssBlock | null {
  const sel = selectorStart(text, from, brace);
  if (sel < 0) return null;
  const selector = text.slice(sel, brace).trim();
  const pEnd = paragraphEnd(text, brace);
  let close = matchBracket(text, brace, Math.min(pEnd, brace + MAX_RUN));
  let truncated = false;
  if (close < 0) {
    // a leaked block cut off by a teaser ("… {Touch-Action: Manipulation;...") runs to the paragraph end
    const rest = text.slice(brace + 1, pEnd);
    if (rest.includes('{') || rest.includes('}')) return null;
    truncated = true;
    close = pEnd - 1;
    while (close > brace && /[\s.…]/.test(text[close]!)) close--;
  }
  const inner = text.slice(brace + 1, truncated ? close + 1 : close);
  let points = 0;
  if (selector.startsWith('@')) {
    points += 2;
    // nested rules inside an at-rule
    let pos = brace + 1;
    let nested = 0;
    while (pos < close) {
      const b = text.indexOf('{', pos);
      if (b < 0 || b >= close) break;
      const blk = cssBlock(text, pos, b, markers);
      if (!blk) return null;
      points += blk.points;
      nested++;
      pos = blk.end;
    }
    if (nested === 0 && !declarations(inner, truncated)) return null;
  } else {
    const decl = declarations(inner, truncated);
    if (!decl) return null;
    if (decl.count >= 2) points += 1;
    if (decl.capitalised > 0) points += 2;
    points += Math.min(decl.important, 2);
    if (/[.#]/.test(selector)) points += 1;
    if (/[.#][\p{L}\p{N}-]*[_\p{N}]/u.test(selector)) points += 1;
    if (hasMarker(selector, markers)) points += 2;
    if (/[.#]\p{Lu}/u.test(selector)) points += 1;
  }
  return { start: sel, end: truncated ? close + 1 : close + 1, points };
}

//   …with pesticides. .td_uid_27 .td-element-style {Z-Index: -1; } @Media (Max-Width: 767px) {…}}
//                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
export function scanCss(text: string, markers: readonly string[]): CodeRun[] {
  const out: CodeRun[] = [];
  let pos = 0;
  for (;;) {
    const brace = text.indexOf('{', pos);
    if (brace < 0) break;
    const from = Math.max(paragraphStart(text, brace), lastBoundary(text, brace, pos));
    const blk = cssBlock(text, from, brace, markers);
    if (blk) {
      out.push({ kind: 'css', start: blk.start, end: blk.end, points: blk.points });
      pos = blk.end;
    } else pos = brace + 1;
  }
  return out;
}

/** The prelude of a rule starts after the previous rule's `}` (or `;`), never before `min`. */
function lastBoundary(text: string, brace: number, min: number): number {
  for (let i = brace - 1; i >= min; i--) if (text[i] === '}' || text[i] === ';') return i + 1;
  return min;
}

// ----------------------------------------------------------------------------------------------- JS

// A name is matched from its first character only (not again from each later one): linear on long chains.
const JS_ANCHORS: readonly RegExp[] = [
  /\(\s*[A-Za-z_$][\w$.]*\s*=\s*[A-Za-z_$][\w$.]*\s*\|\|/g, //  (adsbygoogle = window.adsbygoogle || []).push({});
  /\b(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=/g, //             var x = …;
  /\b(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\s*=(?!=)/g, // window.dataLayer = …;
  /\b(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\(/g, //   googletag.cmd.push(…);
  /\bfunction(?:\s+[\w$]+)?\s*\([^()]*\)\s*\{/g, //              function gtag(){…}
  /\b(?<![\w$])[A-Za-z_$][\w$]*\((?=\s*(?:['"{[]|function\b|\)))/g, // gtag('js', new Date());
];

/** End (exclusive) of the statement starting at `start`, or -1 if it is not one. */
function statementEnd(text: string, start: number): number {
  const limit = Math.min(paragraphEnd(text, start), start + MAX_RUN);
  let i = start;
  let groups = 0;
  while (i < limit) {
    const c = text[i]!;
    if (c === '(' || c === '{' || c === '[') {
      const close = matchBracket(text, i, limit);
      if (close < 0) return -1;
      groups++;
      i = close + 1;
      continue;
    }
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      if (close < 0 || close >= limit) return -1;
      i = close + 1;
      continue;
    }
    if (c === ';') return i + 1;
    if (/\s/.test(c) && groups > 0) {
      // after a call, prose begins with a word: the statement ended without a semicolon
      let k = i;
      while (k < limit && /\s/.test(text[k]!)) k++;
      if (/[\p{L}]/u.test(text[k] ?? '') && !/^(?:function|new|return)\b/.test(text.slice(k, k + 9)))
        return i;
    }
    if (c === '\n') return groups > 0 ? i : -1;
    i++;
  }
  return groups > 0 || text[i - 1] === ';' ? i : -1;
}

//   (adsbygoogle = window.adsbygoogle || []).push({});   window.dataLayer = window.dataLayer || [];
//   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
export function scanJs(text: string, markers: readonly string[]): CodeRun[] {
  const starts = new Set<number>();
  for (const re of JS_ANCHORS) for (const m of text.matchAll(re)) starts.add(m.index);
  const out: CodeRun[] = [];
  let covered = -1;
  for (const start of [...starts].sort((a, b) => a - b)) {
    if (start < covered) continue;
    const end = statementEnd(text, start);
    if (end < 0) continue;
    const code = text.slice(start, end);
    if (!/[=({]/.test(code)) continue;
    let points = 0;
    if (hasMarker(code, markers)) points += 2;
    if (/\bfunction(?:\s+[\w$]+)?\s*\(/.test(code)) points += 1;
    if (/\|\||=>|&&/.test(code)) points += 1;
    if (/\b(?:window|document)\.[\w$]/.test(code)) points += 1;
    if (/\)\s*;\s*$|\}\s*\)\s*(?:;\s*)?$/.test(code)) points += 1;
    out.push({ kind: 'js', start, end, points });
    covered = end;
  }
  return out;
}

// --------------------------------------------------------------------------------------------- HTML

// Attributes and a self-closing slash are told apart in code: a lazy attribute run followed by
// optional spaces and slash would backtrack quadratically on a long run of spaces.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?(\/?)>/g;

/** `<!-- … -->` comments, found with indexOf: a regex would rescan to the end from every unclosed `<!--`. */
function* comments(text: string): Generator<{ start: number; end: number }> {
  for (let at = text.indexOf('<!--'); at >= 0;) {
    const close = text.indexOf('-->', at + 4);
    if (close < 0) return;
    yield { start: at, end: close + 3 };
    at = text.indexOf('<!--', close + 3);
  }
}

//   <div class="x">   </p>   <br>   <!-- wp:paragraph -->
//   ^^^^^^^^^^^^^^^   ^^^^   ^^^^   ^^^^^^^^^^^^^^^^^^^^^
export function scanHtml(text: string): CodeRun[] {
  const out: CodeRun[] = [];
  for (const c of comments(text)) {
    if (c.end - c.start <= MAX_RUN) out.push({ kind: 'html', start: c.start, end: c.end, points: 3 });
  }
  const tags: {
    name: string;
    closing: boolean;
    start: number;
    end: number;
    attrs: boolean;
    selfClosing: boolean;
  }[] = [];
  for (const m of text.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (!HTML_ELEMENTS.has(name)) continue; // `<unk>`, `<...>` and the like are not markup
    const raw = (m[3] ?? '').trimEnd();
    const selfClosing = m[4] === '/' || raw.endsWith('/');
    const attrs = (selfClosing && raw.endsWith('/') ? raw.slice(0, -1) : raw).trim();
    if (
      attrs &&
      !/^[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*$/.test(
        attrs,
      )
    )
      continue;
    tags.push({
      name,
      closing: m[1] === '/',
      start: m.index,
      end: m.index + m[0].length,
      attrs: attrs.length > 0,
      selfClosing,
    });
  }
  for (const t of tags) {
    let points = 1;
    if (t.closing || /=/.test(text.slice(t.start, t.end)) || VOID_ELEMENTS.has(t.name) || t.selfClosing)
      points = 3;
    else if (tags.some((c) => c.closing && c.name === t.name && c.start > t.end && c.start - t.end < MAX_RUN))
      points = 3;
    out.push({ kind: 'html', start: t.start, end: t.end, points });
  }
  return out;
}

// ---------------------------------------------------------------------------------------- shortcodes

// a value never crosses a bracket, and an unquoted one never starts with a quote: linear matching
const SHORTCODE_OPEN =
  /\[([a-z][a-z0-9_-]*)((?:\s+[a-z_-]+\s*=\s*(?:"[^"[\]]*"|'[^'[\]]*'|[^\s[\]"'][^\s[\]]*))*)\s*(\/?)\]/g;

//   [caption id="attachment_1" align="alignnone"] Photo: … [/caption]    [embed]https://…[/embed]
//   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^    ^^^^^^^^^^^^^^^^^^^^^^^^
export function scanShortcodes(text: string): CodeRun[] {
  const out: CodeRun[] = [];
  const used = new Set<number>();
  for (const m of text.matchAll(SHORTCODE_OPEN)) {
    const name = m[1]!;
    const openEnd = m.index + m[0].length;
    const closeTag = `[/${name}]`;
    const close = text.indexOf(closeTag, openEnd);
    if (close >= 0 && close - openEnd <= MAX_RUN) {
      out.push({ kind: 'shortcode', start: m.index, end: close + closeTag.length, points: 3 });
      used.add(close);
    } else if (m[2]!.trim() || m[3] === '/') {
      out.push({ kind: 'shortcode', start: m.index, end: openEnd, points: 3 });
    }
  }
  for (const m of text.matchAll(/\[\/([a-z][a-z0-9_-]*)\]/g)) {
    if (!used.has(m.index) && !out.some((r) => r.start <= m.index && m.index < r.end))
      out.push({ kind: 'shortcode', start: m.index, end: m.index + m[0].length, points: 3 });
  }
  return out;
}
