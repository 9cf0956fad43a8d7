/**
 * @fileoverview A headline or a whole body paragraph written in a script the article's language does
 * not use: a Cyrillic headline over an English article, a Latin paragraph in a Ukrainian one. Only the
 * clear whole-field case; a sentence in another language of the same script is another rule's job.
 *
 * Deliberately left alone: Latin brand names and acronyms in Cyrillic text (NATO, WhatsApp, Signal)
 * and the reverse, since the foreign script must make up most letters of the field; short fields;
 * quotations (a paragraph that opens with a quote mark); lists of names (every word capitalised);
 * handles, links and code identifiers (`@account`, `player.setav`), which are not counted as prose.
 */
import { dominantScript, scriptOfLanguage, type Script } from '../../text/script.js';
import type { Span } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';

/** Share of letters that must be in the foreign script. */
const MIN_SHARE = 0.75;
/** Fewer letters than this say too little (a name, an acronym). */
const MIN_LETTERS = { title: 12, paragraph: 20 };
/** Fewer words than this in the foreign script are a name or a title of a work. */
const MIN_WORDS = 3;

const OPENS_WITH_QUOTE = /^["'“‘„‚«‹「『]/u;

interface Mismatch {
  script: Script;
}

/** Handles, links, file names and code identifiers ("@name", "player.setav", "snake_case") are not prose (tested on words without spaces). */
const NOT_PROSE = /[@#/\\_]|\p{L}\.\p{L}|https?:|www\./u;

function mismatch(raw: string, expected: Script, minLetters: number): Mismatch | null {
  const text = raw
    .split(/\s+/)
    .filter((w) => !NOT_PROSE.test(w))
    .join(' ');
  const d = dominantScript(text);
  if (!d || d.script === expected || d.letters < minLetters || d.share < MIN_SHARE) return null;
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length < MIN_WORDS) return null;
  const long = words.filter((w) => /\p{L}{4,}/u.test(w));
  // names and brand lists: every longer word capitalised, in a short stretch
  if (words.length <= 6 && long.length > 0 && long.every((w) => /^\P{L}*\p{Lu}/u.test(w))) return null;
  return { script: d.script };
}

function finding(
  messageId: string,
  field: 'title' | 'body',
  span: Span,
  m: Mismatch,
  lang: string,
  expected: Script,
): Finding {
  return { messageId, data: { script: m.script, lang, expected }, field, start: span.start, end: span.end };
}

export const wrongScript = defineRule({
  meta: {
    id: 'language/wrong-script',
    kind: 'language',
    mqm: 'Accuracy/Untranslated',
    severity: 'major',
    description:
      'Headline or paragraph in a script the article language does not use; leaves alone names and quotes.',
    needs: [],
    messages: {
      titleInOtherScript:
        'The headline is in {{script}} script, but the article is in {{lang}} ({{expected}} script)',
      paragraphInOtherScript:
        'This paragraph is in {{script}} script, but the article is in {{lang}} ({{expected}} script)',
    },
  },
  check(ctx: RuleContext) {
    const lang = ctx.language.article.lang;
    const expected = scriptOfLanguage(lang);
    if (!expected) return [];
    const out: Finding[] = [];
    //   У Львові відкрили виставку…     (over an English body)
    //   ^^^^^^^^^^^^^^^^^^^^^^^^^^^
    const title = ctx.title.text.trim();
    if (title && ctx.body.text.trim()) {
      const m = mismatch(title, expected, MIN_LETTERS.title);
      const start = ctx.title.text.indexOf(title);
      if (m)
        out.push(
          finding(
            'titleInOtherScript',
            'title',
            { start, end: start + title.length, text: title },
            m,
            lang,
            expected,
          ),
        );
    }
    for (const p of ctx.body.paragraphs) {
      if (OPENS_WITH_QUOTE.test(p.text)) continue;
      const m = mismatch(p.text, expected, MIN_LETTERS.paragraph);
      if (m) out.push(finding('paragraphInOtherScript', 'body', p, m, lang, expected));
    }
    return out;
  },
});
