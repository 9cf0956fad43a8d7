/** The rules on bilingual word evidence of aligned sentences, in a fixed order. */
import type { Rule } from '../types.js';
import { sentenceAddition } from './sentence-addition.js';
import { sentenceOmission } from './sentence-omission.js';
import { unsupportedSentence } from './unsupported-sentence.js';

export const MEANING_RULES: readonly Rule[] = [unsupportedSentence, sentenceOmission, sentenceAddition];
