/** The fidelity rules (the republished text against its original), in a fixed order. */
import type { Rule } from '../types.js';
import { addition } from './addition.js';
import { antonym } from './antonym.js';
import { falseFriend } from './false-friend.js';
import { lookAlike } from './look-alike.js';
import { nameAsWord } from './name-as-word.js';
import { nameMismatch } from './name-mismatch.js';
import { nameSpelling } from './name-spelling.js';
import { negation } from './negation.js';
import { numberMismatch } from './number-mismatch.js';
import { omission } from './omission.js';
import { sentenceAddition } from './sentence-addition.js';
import { sentenceOmission } from './sentence-omission.js';
import { unsupportedSentence } from './unsupported-sentence.js';

export const FIDELITY_RULES: readonly Rule[] = [
  nameMismatch,
  nameAsWord,
  nameSpelling,
  falseFriend,
  lookAlike,
  numberMismatch,
  omission,
  addition,
  negation,
  antonym,
  unsupportedSentence,
  sentenceOmission,
  sentenceAddition,
];
