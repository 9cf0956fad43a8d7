/** The language rules, in a fixed order. */
import type { Rule } from '../types.js';
import { articleLanguage } from './article-language.js';
import { headlineLanguage } from './headline-language.js';
import { htmlEntity } from './html-entity.js';
import { mixedScript } from './mixed-script.js';
import { mojibake } from './mojibake.js';
import { untranslated } from './untranslated.js';

export const LANGUAGE_RULES: readonly Rule[] = [
  headlineLanguage,
  articleLanguage,
  untranslated,
  mojibake,
  mixedScript,
  htmlEntity,
];
