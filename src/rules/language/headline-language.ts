/**
 * @fileoverview A headline in another language than its article.
 *
 *   title: "Lyon : des navettes fluviales électriques dès juillet"   body: English
 *           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Hit!
 *
 * "Unexpected" is: different from the body's language; else, when configured, outside
 * `expectedLanguages`; else different from the declared language. The headline is identified with
 * the body's language as prior, so names, numbers and product codes ("KRYVBAS 2-0 VORSKLA",
 * "Pirelli Scorpion Winter 265/45 R20") keep the body's language unless the words say otherwise.
 */
import { scriptOfLanguage } from '../../text/script.js';
import { defineRule } from '../types.js';
import { trimSpan } from '../../analysis/spans.js';
import { languageName } from '../../lang/languages.js';

/** Below this confidence a headline's language is a guess, not a finding. */
const MIN_CONFIDENCE = 0.45;
/** Headlines shorter than this (words) are too short to judge unless their script differs. */
const MIN_WORDS = 3;

export const headlineLanguage = defineRule({
  meta: {
    id: 'language/headline-language',
    kind: 'language',
    mqm: 'Accuracy/Untranslated',
    severity: 'critical',
    description:
      'Headline in a different language than the article body, the expected or the declared language.',
    needs: [],
    messages: {
      differsFromBody: 'Headline is in {{found}}, the article in {{expected}}',
      notExpected: 'Headline is in {{found}}; expected {{expected}}',
    },
  },
  check(ctx) {
    const { title, article, declared } = ctx.language;
    const text = ctx.title.text;
    const [start, end] = trimSpan(text, 0, text.length);
    if (start >= end || title.lang === 'und') return [];
    const otherScript = (lang: string): boolean => scriptOfLanguage(lang) !== scriptOfLanguage(title.lang);
    const words = ctx.title.words.length;
    const judged = (lang: string): boolean =>
      otherScript(lang) || (title.confidence >= MIN_CONFIDENCE && words >= MIN_WORDS);
    const at = { field: 'title' as const, start, end };
    if (article.lang !== 'und' && ctx.body.text.trim()) {
      if (title.lang !== article.lang && judged(article.lang))
        return [
          {
            ...at,
            messageId: 'differsFromBody',
            data: { found: languageName(title.lang), expected: languageName(article.lang) },
          },
        ];
      if (title.lang === article.lang) {
        const expected = ctx.config.expectedLanguages;
        if (expected.length && !expected.includes(title.lang))
          return [
            {
              ...at,
              messageId: 'notExpected',
              data: { found: languageName(title.lang), expected: expected.map(languageName).join(' or ') },
            },
          ];
      }
      return [];
    }
    // No body to compare with: the configuration, then the declared language.
    const expected = ctx.config.expectedLanguages.length
      ? ctx.config.expectedLanguages
      : declared
        ? [declared]
        : [];
    if (expected.length && !expected.includes(title.lang) && expected.some(judged))
      return [
        {
          ...at,
          messageId: 'notExpected',
          data: { found: languageName(title.lang), expected: expected.map(languageName).join(' or ') },
        },
      ];
    return [];
  },
});
