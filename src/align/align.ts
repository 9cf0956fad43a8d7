/**
 * Paragraph alignment between a republished body and its original. (Placeholder: positional pairing;
 * the alignment stage replaces it with similarity-based monotone alignment.)
 */
import type { FieldText } from '../text/field.js';
import type { Alignment } from './types.js';

export function alignParagraphs(republished: FieldText, original: FieldText): Alignment {
  const n = Math.max(republished.paragraphs.length, original.paragraphs.length);
  const pairs = [];
  for (let i = 0; i < n; i++) {
    pairs.push({
      republished: i < republished.paragraphs.length ? i : null,
      original: i < original.paragraphs.length ? i : null,
      similarity: 0,
    });
  }
  return { pairs };
}
