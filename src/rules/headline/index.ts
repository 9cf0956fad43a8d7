/** The headline rules that read a headline against its own article (no original needed). */
import type { Rule } from '../types.js';
import { absentName } from './absent-name.js';
import { bodyMismatch } from './body-mismatch.js';
import { unknownWord } from './unknown-word.js';

export const HEADLINE_RULES: readonly Rule[] = [unknownWord, bodyMismatch, absentName];
