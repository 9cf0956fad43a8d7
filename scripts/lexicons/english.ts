/**
 * The English vocabulary the build filters renderings with: SUBTLEX-US words ranked by frequency, then
 * the words of the larger spelling lists (an-array-of-english-words, word-list) after them, unranked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnglishVocabulary } from './collect.js';

export interface EnglishSources {
  /** SUBTLEX-US words, most frequent first, with their counts. */
  readonly subtlex: readonly { word: string; count: number }[];
  readonly arrayOfWords: readonly string[];
  readonly wordList: readonly string[];
}

export function readEnglishSources(roots: {
  subtlex: string;
  arrayOfWords: string;
  wordList: string;
}): EnglishSources {
  return {
    subtlex: JSON.parse(readFileSync(join(roots.subtlex, 'index.json'), 'utf8')) as {
      word: string;
      count: number;
    }[],
    arrayOfWords: JSON.parse(readFileSync(join(roots.arrayOfWords, 'index.json'), 'utf8')) as string[],
    wordList: readFileSync(join(roots.wordList, 'words.txt'), 'utf8').split('\n').filter(Boolean),
  };
}

export function englishVocabulary(src: EnglishSources): EnglishVocabulary & { readonly size: number } {
  const ranks = new Map<string, number>();
  src.subtlex.forEach(({ word }, i) => {
    const w = word.toLowerCase();
    if (!ranks.has(w)) ranks.set(w, i);
  });
  const unranked = 1_000_000;
  for (const w of src.arrayOfWords) if (!ranks.has(w)) ranks.set(w, unranked);
  for (const w of src.wordList) if (!ranks.has(w)) ranks.set(w, unranked);
  return { rank: (w) => ranks.get(w), size: ranks.size };
}
