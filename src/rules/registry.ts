/**
 * Every rule syndiq runs, in a fixed order. Adding a rule is adding a file and a line in its group's index.
 */
import { FIDELITY_RULES } from './fidelity/index.js';
import { LANGUAGE_RULES } from './language/index.js';
import { MEANING_RULES } from './meaning/index.js';
import { NAMES_RULES } from './names/index.js';
import { SURFACE_RULES } from './surface/index.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  ...SURFACE_RULES,
  ...LANGUAGE_RULES,
  ...NAMES_RULES,
  ...FIDELITY_RULES,
  ...MEANING_RULES,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
