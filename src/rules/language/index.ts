/** The language rules, in a fixed order. */
import type { Rule } from '../types.js';

export const LANGUAGE_RULES: readonly Rule[] = [];
