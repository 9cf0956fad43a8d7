/** The fidelity rules, in a fixed order. */
import type { Rule } from '../types.js';

export const FIDELITY_RULES: readonly Rule[] = [];
