/**
 * A field (title or body) prepared for rules: its text, language and lazily computed segments.
 * All offsets are into `text`, the field exactly as it was read.
 */
import type { Field } from '../model.js';
import { paragraphs, sentences, words, type Span, type Token } from './segment.js';

export class FieldText {
  #paragraphs?: Span[];
  #sentences?: Span[];
  #words?: Token[];

  constructor(
    readonly field: Field,
    readonly text: string,
    /** The field's language (detected), `und` if unknown. */
    readonly lang: string,
  ) {}

  get paragraphs(): Span[] {
    return (this.#paragraphs ??= paragraphs(this.text));
  }

  get sentences(): Span[] {
    return (this.#sentences ??= sentences(this.text, this.lang));
  }

  get words(): Token[] {
    return (this.#words ??= words(this.text, this.lang));
  }
}
