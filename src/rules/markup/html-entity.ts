/**
 * @fileoverview HTML character references left in the text: "&nbsp;", "&amp;nbsp;" (escaped twice),
 * "&#8211;", "&#x2019;".
 *
 *   The museum&nbsp;opens on Monday &#8211; entry is free
 *             ^^^^^^ Hit!          ^^^^^^^ Hit!
 *
 * The suggestion is the decoded character. Leaves alone ampersands that are not references
 * ("AT&T", "R&D"), unknown names ("&foo;") and references shown on purpose in quotes or backticks
 * (an article about HTML writing `&nbsp;`).
 */
import { decodeHTMLStrict } from 'entities';
import { defineRule, type Finding } from '../types.js';
import { isQuoted } from '../../text/quotes.js';
import { ownFields } from '../../analysis/spans.js';

/** A character reference, possibly with its ampersand escaped again ("&amp;nbsp;"). */
const ENTITY = /&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

/** Decode repeatedly until stable, so "&amp;nbsp;" gives the non-breaking space. */
function decodeFully(s: string): string {
  let prev = s;
  for (let i = 0; i < 4; i++) {
    const next = decodeHTMLStrict(prev);
    if (next === prev) break;
    prev = next;
  }
  return prev;
}

function describe(ch: string): string {
  if (ch === '\u00a0') return 'a non-breaking space';
  if (/^\s$/u.test(ch)) return 'a space';
  return `"${ch}"`;
}

export const htmlEntity = defineRule({
  meta: {
    id: 'markup/html-entity',
    kind: 'markup',
    mqm: 'Linguistic conventions/Character encoding',
    severity: 'minor',
    description:
      'Literal HTML entities in the text ("&nbsp;", "&amp;nbsp;", "&#8211;"), with the decoded character.',
    hasSuggestions: true,
    needs: [],
    messages: {
      entity: 'HTML entity "{{entity}}" left in the text; it stands for {{char}}',
    },
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const { field, ft } of ownFields(ctx)) {
      const text = ft.text;
      for (const m of text.matchAll(ENTITY)) {
        const decoded = decodeFully(m[0]);
        // Unknown names stay as written; references to nothing (U+FFFD) or to controls are not text.
        if (
          decoded === m[0] ||
          decoded.includes('&') ||
          /[\ufffd\p{Cc}]/u.test(decoded.replace(/[\t\n]/g, ''))
        )
          continue;
        const start = m.index;
        const end = start + m[0].length;
        if (isQuoted(text, start, end)) continue;
        out.push({
          messageId: 'entity',
          data: { entity: m[0], char: describe(decoded) },
          field,
          start,
          end,
          suggestion: decoded,
        });
      }
    }
    return out;
  },
});
