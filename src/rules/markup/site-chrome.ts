/**
 * @fileoverview Site chrome inside the article text: comment forms, ad labels, related-post and
 * "most popular" labels, share and subscribe lines, and text of the page's own chrome blocks (a
 * related headline with its teaser) pasted into the body.
 *
 * Signals, strongest first:
 * - a whole line (or a whole sentence of two words or more) that is a phrase of `boilerplate.<lang>.txt`,
 *   or starts with one of its "prefix" phrases ("Read also: …", "Subscribe to our …");
 * - a line that also appears in one of the page's chrome blocks (`article.chrome`);
 * - a short promo line near the end that names platforms ("<Site> on Telegram and Viber");
 * - a short label without punctuation or digits that recurs between paragraphs of running text (an ad
 *   label in a language the lexicons do not cover); table rows, product lists and headings are not that.
 *
 * Deliberately left alone: the same words inside an ordinary sentence ("readers were asked to leave
 * a reply"), lines that open with a quote mark, attribution lines ("Source: …", "Photo: …").
 */
import { siteChromeHits, type ChromeHit } from '../../analysis/site-chrome.js';
import { defineRule, type Finding } from '../types.js';

/** Merge hits of the same message on consecutive lines into one finding. */
function mergeChromeHits(text: string, hits: ChromeHit[]): Finding[] {
  const out: Finding[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (
      last &&
      last.messageId === h.messageId &&
      h.start >= last.end &&
      /^\s*$/.test(text.slice(last.end, h.start))
    ) {
      last.end = h.end;
      continue;
    }
    out.push({ messageId: h.messageId, data: h.data, field: 'body', start: h.start, end: h.end });
  }
  return out;
}

export const siteChrome = defineRule({
  meta: {
    id: 'markup/site-chrome',
    kind: 'boilerplate',
    mqm: 'Accuracy/Addition',
    severity: 'minor',
    description:
      'Comment forms, ad labels, related-post labels, share and subscribe lines and page chrome inside the text.',
    needs: [],
    messages: {
      siteChrome: 'Site chrome inside the article: "{{text}}"',
      promoLine: 'Promotional line inside the article: "{{text}}"',
      recurringLine: 'Short line repeated {{count}} times, typical of site chrome: "{{text}}"',
      chromeInBody: 'Text of the page\'s {{block}} block pasted into the article: "{{text}}"',
    },
  },
  check(ctx) {
    return mergeChromeHits(ctx.body.text, ctx.use(siteChromeHits));
  },
});
