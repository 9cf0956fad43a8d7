/**
 * Keys for scripts that the phonetic fold cannot read: Han through pinyin, Arabic through a consonant
 * skeleton. Both produce keys comparable with the folded keys of Latin text:
 * - Chinese writes names and places as characters that English writes in pinyin ("北京" / "Beijing",
 *   "习近平" / "Xi Jinping"). A Han run has no spaces, so every window of two and three syllables
 *   becomes a candidate word, folded and cut like any other word ("beijing" → "beij"); single
 *   syllables of four letters or more ("zhang", "qiang") are surnames and given names on their own.
 * - Arabic writes no short vowels, so both sides are compared as consonant skeletons: "ترامب" and
 *   "Trump" are both "trmb". Latin names get a skeleton key besides their folded one (`%` keys);
 *   the matcher uses `%` keys only between Arabic and another script.
 */
import { createRequire } from 'node:module';
import { foldWord } from '../text/translit.js';

type PinyinPro = typeof import('pinyin-pro');
let pinyinPro: PinyinPro | undefined;
/**
 * The pinyin dictionary is read on first use (the resource preload of a run with Chinese among its
 * languages), not by every command that starts.
 */
export const loadPinyin = (): PinyinPro =>
  (pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro);

const MIN_KEY = 3;
const KEY_LENGTH = 4;

/** Pinyin syllables of a run of Han characters (context-aware readings for names and places). */
export function hanSyllables(run: string): string[] {
  return loadPinyin()
    .pinyin(run, { toneType: 'none', type: 'array', v: true })
    .map((s) => s.toLowerCase());
}

/** Folded keys of a Han run: windows of 2-3 syllables, and long single syllables. */
export function hanKeys(run: string): string[] {
  const syllables = hanSyllables(run).filter((s) => /^[a-zü]+$/.test(s));
  const out: string[] = [];
  for (let i = 0; i < syllables.length; i++) {
    const one = foldWord(syllables[i]!, 'zh');
    if (one.length >= KEY_LENGTH) out.push(one.slice(0, KEY_LENGTH));
    for (const n of [2, 3]) {
      if (i + n > syllables.length) break;
      const f = foldWord(syllables.slice(i, i + n).join(''), 'zh');
      if (f.length >= MIN_KEY) out.push(f.slice(0, KEY_LENGTH));
    }
  }
  return out;
}

/**
 * Arabic letters as skeleton consonants. Vowel letters and hamza carriers (ا و ي ى ء) and ʿayn drop
 * out, as short vowels do; emphatic and plain consonants merge (ص/س, ط/ت, ض/د, ظ/ز); ج and غ stand for
 * the g of foreign names ("Angela" أنجيلا, "Baghdad" بغداد); ق and ك are both k.
 */
const ARABIC_SKELETON: Record<string, string> = {
  ب: 'b',
  پ: 'b',
  ت: 't',
  ث: 't',
  ط: 't',
  ج: 'j',
  غ: 'j',
  گ: 'j',
  ح: 'h',
  خ: 'h',
  ه: 'h',
  د: 'd',
  ذ: 'd',
  ض: 'd',
  ر: 'r',
  ز: 'z',
  ظ: 'z',
  ژ: 'z',
  س: 's',
  ص: 's',
  ش: 'š',
  چ: 'š',
  ف: 'f',
  ڤ: 'f',
  ق: 'k',
  ك: 'k',
  ک: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
};

/** The definite article and the conjunctions and prepositions written onto it. */
const ARABIC_ARTICLE = /^(?:وال|بال|فال|كال|لل|ال)(?=\p{L}{2})/u;

function skeletonKey(consonants: string): string | null {
  const s = consonants.replace(/(.)\1+/g, '$1');
  return s.length >= 2 ? `%${s.slice(0, KEY_LENGTH)}` : null;
}

/** The skeleton key of an Arabic word ("الرياض" → "%rd", "واشنطن" → "%šntn"), or null. */
export function arabicKey(word: string): string | null {
  const w = word.replace(/[\u064b-\u065f\u0670\u0640]/g, '').replace(ARABIC_ARTICLE, '');
  let s = '';
  for (const c of w) s += ARABIC_SKELETON[c] ?? '';
  return skeletonKey(s);
}

/** A Latin name written as Arabic would write it: consonants only ("Trump" → "%trmb"). */
export function latinSkeletonKey(word: string): string | null {
  const hit = SKELETON_CACHE.get(word);
  if (hit !== undefined) return hit;
  if (SKELETON_CACHE.size >= 100_000) SKELETON_CACHE.clear();
  const key = computeLatinSkeleton(word);
  SKELETON_CACHE.set(word, key);
  return key;
}

const SKELETON_CACHE = new Map<string, string | null>();

function computeLatinSkeleton(word: string): string | null {
  let w = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');
  w = w
    .replace(/sch|sh|ch|tch/g, 'š')
    .replace(/th/g, 't')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'j')
    .replace(/ph|v/g, 'f')
    .replace(/ck|cc|q|c(?=[aou]|$)/g, 'k')
    .replace(/c/g, 's')
    .replace(/x/g, 'ks')
    .replace(/p/g, 'b')
    // "ng" before a consonant is one nasal, written ن ("Washington" واشنطن)
    .replace(/ng(?![aeiouy])/g, 'n')
    .replace(/g/g, 'j')
    // a final -ah/-eh is the feminine ending ة, written without h ("Jeddah" جدة)
    .replace(/(?<=[aeiou])h$/, '')
    .replace(/[aeiouyw]/g, '');
  return skeletonKey(w);
}
