/** The language rules (which language each part of the text is in, and its script), in a fixed order. */
import type { Rule } from '../types.js';
import { articleLanguage } from './article-language.js';
import { headlineLanguage } from './headline-language.js';
import { mixedScript } from './mixed-script.js';
import { mojibake } from './mojibake.js';
import { untranslated } from './untranslated.js';
import { wrongScript } from './wrong-script.js';

export const LANGUAGE_RULES: readonly Rule[] = [
  headlineLanguage,
  articleLanguage,
  untranslated,
  mojibake,
  mixedScript,
  wrongScript,
];
