/** The surface rules, in a fixed order. */
import type { Rule } from '../types.js';
import { leakedCode } from './leaked-code.js';
import { repeatedWord } from './repeated-word.js';

export const SURFACE_RULES: readonly Rule[] = [repeatedWord, leakedCode];
