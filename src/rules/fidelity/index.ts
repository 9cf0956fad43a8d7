/** The fidelity rules, in a fixed order. */
import type { Rule } from '../types.js';
import { addition } from './addition.js';
import { negation } from './negation.js';
import { numberMismatch } from './number-mismatch.js';
import { omission } from './omission.js';

export const FIDELITY_RULES: readonly Rule[] = [numberMismatch, omission, addition, negation];
