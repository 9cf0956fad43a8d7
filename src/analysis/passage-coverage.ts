/**
 * Word evidence between an original passage and a republished one in either direction: the lexicons
 * render a source language into English, so an English translation is explained from its original
 * and an English original from its translation alike. Used by the paragraph rules to tell a paragraph
 * the aligner could not place (its words are in the neighbouring paragraphs on the other side) from
 * one that is really missing or foreign.
 */
import type { Alignment } from '../align/types.js';
import { explainPair } from '../meaning/explain.js';
import type { LexicalResources } from '../meaning/lexical.js';
import type { FieldText } from '../text/field.js';
import type { Span } from '../text/segment.js';

export interface Coverage {
  /** Share of the original passage's known content words that the republished passage explains. */
  original: number;
  /** Share of the republished passage's content words that the original passage explains. */
  republished: number;
  /** How many words each share is over. */
  originalWords: number;
  republishedWords: number;
}

/** Whether the pair of languages has word evidence (one side English, the other with a lexicon). */
export function canCover(originalLang: string, republishedLang: string, lex: LexicalResources): boolean {
  return (
    (republishedLang === 'en' && lex.source(originalLang) !== undefined) ||
    (originalLang === 'en' && lex.source(republishedLang) !== undefined)
  );
}

/** Word evidence between the two passages, or null when the languages have none. */
export function coverage(
  original: { text: string; lang: string },
  republished: { text: string; lang: string },
  lex: LexicalResources,
): Coverage | null {
  if (republished.lang === 'en' && lex.source(original.lang)) {
    const e = explainPair(original.text, original.lang, republished.text, lex);
    return {
      original: e.sourceShare,
      republished: e.targetShare,
      originalWords: e.source.length,
      republishedWords: e.target.length,
    };
  }
  if (original.lang === 'en' && lex.source(republished.lang)) {
    const e = explainPair(republished.text, republished.lang, original.text, lex);
    return {
      original: e.targetShare,
      republished: e.sourceShare,
      originalWords: e.target.length,
      republishedWords: e.source.length,
    };
  }
  return null;
}

/**
 * The paragraphs on the other side around an unpaired paragraph: from the partner of the nearest
 * paired paragraph before it to the partner of the nearest one after it, both included (the unpaired
 * paragraph's words may have gone into either). `side` is the unpaired paragraph's side.
 */
export function neighbourhood(
  alignment: Alignment,
  side: 'original' | 'republished',
  index: number,
  otherField: FieldText,
): Span | null {
  const otherParagraphs = otherField.paragraphs;
  const other = side === 'original' ? 'republished' : 'original';
  let before = -1;
  let after = otherParagraphs.length;
  let beforeAt = -Infinity;
  let afterAt = Infinity;
  for (const p of alignment.pairs) {
    const mine = p[side];
    const theirs = p[other];
    if (mine === null || theirs === null || mine === index) continue;
    if (mine < index && mine > beforeAt) {
      beforeAt = mine;
      before = theirs;
    }
    if (mine > index && mine < afterAt) {
      afterAt = mine;
      after = theirs;
    }
  }
  const from = Math.max(0, Math.min(before, after));
  const to = Math.min(otherParagraphs.length - 1, Math.max(before, after));
  if (to < from || !otherParagraphs[from] || !otherParagraphs[to]) return null;
  const first = otherParagraphs[from]!;
  const last = otherParagraphs[to]!;
  return { start: first.start, end: last.end, text: otherField.text.slice(first.start, last.end) };
}
