/**
 * Names in an original article: runs of capitalised words whose capitals mean something (not a
 * sentence start, not a German common noun), plus sentence-initial words that recur as names
 * elsewhere in the original or are given names ("Денис Шабля забив…").
 */
import type { Field } from '../model.js';
import type { OriginalContext } from '../rules/types.js';
import { fieldWords, type Word } from './words.js';
import type { Resources } from '../resources.js';
import { speller } from '../resources/speller.js';
import { languageInfo } from '../lang/languages.js';

export interface NameMention {
  field: Field;
  /** Body paragraph of the original (-1 for the title). */
  para: number;
  words: Word[];
}

export function originalWords(original: OriginalContext): Word[] {
  return [...fieldWords(original.title, original.lang), ...fieldWords(original.body, original.lang)];
}

export function extractNames(
  all: readonly Word[],
  lang: string,
  isGivenName: (fold: string) => boolean,
  resources: Resources,
): NameMention[] {
  // where every noun is capitalised (German), a capital alone does not make a name
  const spell = languageInfo(lang)?.capitalisesNouns ? speller(resources, lang) : null;
  const nounLike = (w: Word): boolean => spell !== null && !isGivenName(w.fold) && spell.correct(w.text);
  const usable = (w: Word): boolean => w.cap && w.fold.length >= 2;
  // First pass: capitals that mean something.
  const strong = all.map((w) => usable(w) && !w.initial && !nounLike(w));
  const strongFolds = new Set(all.filter((_, i) => strong[i]).map((w) => w.fold));
  const isName = all.map((w, i) => {
    if (strong[i]) return true;
    if (!usable(w)) return false;
    if (isGivenName(w.fold)) return true;
    if (w.initial && !nounLike(w) && strongFolds.has(w.fold)) return true;
    return false;
  });
  // A capitalised word right after a name continues it (German "Sabine Vogel").
  for (let i = 1; i < all.length; i++) {
    const w = all[i]!;
    if (!isName[i] && usable(w) && w.joined && isName[i - 1] && all[i - 1]!.field === w.field)
      isName[i] = true;
  }
  const out: NameMention[] = [];
  let cur: NameMention | null = null;
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!;
    if (!isName[i]) {
      cur = null;
      continue;
    }
    if (cur && w.joined && w.field === cur.field) cur.words.push(w);
    else {
      cur = { field: w.field, para: w.para, words: [w] };
      out.push(cur);
    }
  }
  return out;
}
