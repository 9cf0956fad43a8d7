/** The surface rules, in a fixed order. */
import type { Rule } from '../types.js';
import { breadcrumb } from './breadcrumb.js';
import { leakedCode } from './leaked-code.js';
import { repeatedWord } from './repeated-word.js';
import { siteChrome } from './site-chrome.js';
import { truncated } from './truncated.js';
import { wrongScript } from './wrong-script.js';

export const SURFACE_RULES: readonly Rule[] = [
  repeatedWord,
  leakedCode,
  siteChrome,
  truncated,
  breadcrumb,
  wrongScript,
];
