/** The names and word-level rules (names from the original, non-words, false friends), in a fixed order. */
import type { Rule } from '../types.js';
import { falseFriend } from './false-friend.js';
import { nameForm } from './name-form.js';
import { nameMismatch } from './name-mismatch.js';
import { nonword } from './nonword.js';

export const NAMES_RULES: readonly Rule[] = [nameMismatch, nameForm, nonword, falseFriend];
