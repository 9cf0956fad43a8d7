/**
 * @fileoverview An article body in an unexpected language: outside the configured
 * `expectedLanguages`, or other than the language its feed declares (a feed that declares `en`
 * and serves Ukrainian). The finding points at the first paragraph in that language.
 */
import { defineRule } from '../types.js';
import { languageName } from '../../lang/languages.js';

/** The body's language must be at least this sure before it contradicts a declaration. */
const MIN_CONFIDENCE = 0.5;

export const articleLanguage = defineRule({
  meta: {
    id: 'language/article-language',
    kind: 'language',
    mqm: 'Accuracy/Untranslated',
    severity: 'critical',
    description: 'Article body in a language other than the expected one or the declared one.',
    needs: [],
    messages: {
      notExpected: 'Article is in {{found}}; expected {{expected}}',
      declaredMismatch: 'Article is declared as {{declared}} but is in {{found}}',
    },
  },
  check(ctx) {
    const { article, declared, paragraphs } = ctx.language;
    if (article.lang === 'und' || !ctx.body.text.trim()) return [];
    const first = paragraphs.find((p) => p.lang === article.lang) ?? paragraphs[0];
    if (!first) return [];
    const at = { field: 'body' as const, start: first.start, end: first.end };
    const expected = ctx.config.expectedLanguages;
    if (expected.length && !expected.includes(article.lang))
      return [
        {
          ...at,
          messageId: 'notExpected',
          data: { found: languageName(article.lang), expected: expected.map(languageName).join(' or ') },
        },
      ];
    const declaredLang = declared?.toLowerCase().split(/[-_]/)[0];
    if (declaredLang && declaredLang !== article.lang && article.confidence >= MIN_CONFIDENCE)
      return [
        {
          ...at,
          messageId: 'declaredMismatch',
          data: { declared: languageName(declaredLang), found: languageName(article.lang) },
        },
      ];
    return [];
  },
});
