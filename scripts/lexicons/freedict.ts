/**
 * FreeDict dictionaries (Debian `dict-freedict-XXX-eng` and `dict-freedict-eng-XXX`) as rendered by
 * dictd: a headword line `word /ipa/ <pos>`, then sense lines (`1. a, b` or `a, b`), cross references
 * (`Synonyms:`, `see:`), notes, and in some (Polish) a definition in the source language, in
 * parentheses or ending in `;`. Only single-word source terms are kept: lookups go lemma by lemma.
 */
import type { DictdEntry } from './dictd.js';
import type { PairCollector } from './collect.js';

const SKIP_LINE = /^\s*(?:Synonyms:|see:|Note:|Antonyms:|Usage:|Example:|See also)/i;
const SINGLE_WORD = /^[\p{L}][\p{L}\p{M}'’-]*$/u;

/** Sense lines of an entry: each a list of comma/semicolon separated terms, with its sense index. */
export function freedictSenses(text: string): { terms: string[]; sense: number }[] {
  const lines = text.split('\n');
  const out: { terms: string[]; sense: number }[] = [];
  let sense = 0;
  for (const raw of lines.slice(1)) {
    if (!raw.trim() || SKIP_LINE.test(raw)) continue;
    const line = raw.trim();
    if (line.startsWith('(') || line.endsWith(';') || /^"/.test(line)) continue; // notes, definitions
    const body = line
      .replace(/^[IVX]+\.\s*/, '')
      .replace(/^\d+\.\s*/, '')
      .replace(/\s+\d+\.\s*$/, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/\([^)]*\)/g, ' ');
    const terms = body
      .split(/[,;]/)
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (terms.length) out.push({ terms, sense: sense++ });
  }
  return out;
}

/** The headword of an entry, without transcription and part of speech. */
export function freedictHeadword(entry: DictdEntry): string {
  const first = entry.text.split('\n', 1)[0] ?? entry.headword;
  return (
    first
      .replace(/\/[^/]*\/.*$/, '')
      .replace(/<.*$/, '')
      .trim() || entry.headword
  );
}

/** A `XXX-eng` dictionary: source headword -> English terms. */
export function addFreedictForward(entries: readonly DictdEntry[], into: PairCollector): void {
  for (const e of entries) {
    const head = freedictHeadword(e);
    if (!SINGLE_WORD.test(head)) continue;
    let position = 0;
    for (const { terms } of freedictSenses(e.text)) {
      for (const t of terms) if (into.add(head, t, position)) position++;
    }
  }
}

/** An `eng-XXX` dictionary inverted: each single-word foreign term -> the English headword. */
export function addFreedictInverted(
  entries: readonly DictdEntry[],
  into: PairCollector,
  rankOffset = 4,
): void {
  for (const e of entries) {
    const head = freedictHeadword(e);
    let position = rankOffset; // inverted pairs rank after the forward dictionary's first senses
    for (const { terms } of freedictSenses(e.text)) {
      for (const t of terms) {
        const term = t.replace(/^(?:to|bir)\s+/i, '');
        if (!SINGLE_WORD.test(term)) continue;
        if (into.add(term, head, position)) position++;
      }
    }
  }
}
