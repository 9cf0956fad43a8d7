/** The markup rules (page furniture, code and encoding left in the text, cut-off text), in a fixed order. */
import type { Rule } from '../types.js';
import { breadcrumb } from './breadcrumb.js';
import { htmlEntity } from './html-entity.js';
import { leakedCode } from './leaked-code.js';
import { siteChrome } from './site-chrome.js';
import { truncated } from './truncated.js';

export const MARKUP_RULES: readonly Rule[] = [leakedCode, siteChrome, truncated, breadcrumb, htmlEntity];
