/** The surface rules, in a fixed order. */
import type { Rule } from '../types.js';

export const SURFACE_RULES: readonly Rule[] = [];
