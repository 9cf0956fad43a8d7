/**
 * Mueller's English-Russian dictionary (Debian `mueller7-dict`), inverted: every single Russian word
 * that an English headword's senses list becomes a Russian lemma with that English word as a rendering.
 * Examples and phrases ("to make a fire разжигать костёр") are skipped: within a sense, everything after
 * the first chunk holding Latin letters belongs to a phrase.
 */
import type { DictdEntry } from './dictd.js';
import type { PairCollector } from './collect.js';

const ADJECTIVE_NOUN = /^[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие) ([а-яё]+)$/i;
const SENSE_MARK = /(?:^|\s)(?:\d+\.|\d+\)|[а-я]\))(?=\s|_|$)/g;

export function addMueller(entries: readonly DictdEntry[], into: PairCollector): void {
  for (const { headword, text } of entries) {
    if (!/^[A-Za-z][a-z'-]*$/.test(headword)) continue; // single English words only; no abbreviations
    const body = text
      .split('\n')
      .slice(1)
      .join(' ')
      .replace(/\[[^\]]*\]/g, ' ') // transcription
      .replace(/\([^)]*\)/g, ' ') // comments
      .replace(/_[\p{L}-]+\./gu, ' ') // labels: _n. _разг. _ам.
      .replace(/_[IVX]+(?=\s)/g, ' ') // homonym numbers: _I, _II
      .replace(/\s+/g, ' ');
    // "= other headword" alone is a cross reference; before senses it only names a spelling variant.
    let position = 0;
    for (const sense of body.replace(/^\s*=\s*[A-Za-z'-]+/, ' ').split(SENSE_MARK)) {
      for (const chunk of sense.split(/[;,]/)) {
        const c = chunk.trim();
        if (!c) continue;
        if (/[A-Za-z]/.test(c)) break; // an example or phrasal use: the rest of this sense is about it
        if (/^[а-яё]+(?:-[а-яё]+)?$/i.test(c)) {
          if (into.add(c, headword, position)) position++;
        } else {
          // "старинный город": an adjective and its noun; the noun renders the headword, less surely.
          const head = ADJECTIVE_NOUN.exec(c)?.[1];
          if (head && into.add(head, headword, position + 3)) position++;
        }
      }
    }
  }
}
