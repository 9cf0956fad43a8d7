/** The fluency rules (the republished text on its own terms), in a fixed order. */
import type { Rule } from '../types.js';
import { calque } from './calque.js';
import { headlineAbsentName } from './headline-absent-name.js';
import { headlineBodyMismatch } from './headline-body-mismatch.js';
import { headlineUnknownWord } from './headline-unknown-word.js';
import { nameForm } from './name-form.js';
import { nonword } from './nonword.js';
import { repeatedWord } from './repeated-word.js';

export const FLUENCY_RULES: readonly Rule[] = [
  repeatedWord,
  nameForm,
  nonword,
  headlineUnknownWord,
  headlineBodyMismatch,
  headlineAbsentName,
  calque,
];
