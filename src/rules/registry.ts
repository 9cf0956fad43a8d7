/**
 * Every rule syndiq runs, in a fixed order. Adding a rule is adding a file to the folder named by its id's prefix and a line in that folder's index.
 */
import { FIDELITY_RULES } from './fidelity/index.js';
import { FLUENCY_RULES } from './fluency/index.js';
import { LANGUAGE_RULES } from './language/index.js';
import { MARKUP_RULES } from './markup/index.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  ...MARKUP_RULES,
  ...FLUENCY_RULES,
  ...LANGUAGE_RULES,
  ...FIDELITY_RULES,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/**
 * The surface rules: what a page leaves in the text (markup, chrome, cut or glued headlines, repeated
 * words, a wrong script), read without the original. Benchmarks measure them as a group.
 */
export const SURFACE_RULE_IDS: readonly string[] = [
  'fluency/repeated-word',
  'markup/leaked-code',
  'markup/site-chrome',
  'markup/truncated',
  'markup/breadcrumb',
  'language/wrong-script',
];
