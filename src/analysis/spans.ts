/** Helpers shared by the language rules. */
import type { Field } from '../model.js';
import type { FieldText } from '../text/field.js';
import type { RuleContext } from '../rules/types.js';

export interface FieldView {
  field: Field;
  ft: FieldText;
}

/** The republished article's own fields (never the original's). */
export function ownFields(ctx: RuleContext): FieldView[] {
  return [
    { field: 'title', ft: ctx.title },
    { field: 'body', ft: ctx.body },
  ];
}

/** A half-open range list that tells whether a new span overlaps anything already reported. */
export class Covered {
  #spans: [number, number][] = [];
  overlaps(start: number, end: number): boolean {
    return this.#spans.some(([s, e]) => start < e && s < end);
  }
  add(start: number, end: number): void {
    this.#spans.push([start, end]);
  }
}

/** Trim whitespace from both ends of a span inside `text`. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
