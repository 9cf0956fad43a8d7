/**
 * What the matcher indexes of an original and asks of an article: keys of every kind, computed the
 * same way on both sides. Shared by the matcher, `syndiq index build` and the benchmarks.
 */
import { identifyText } from '../lang/identify.js';
import type { Article, Original } from '../model.js';
import { dominantScript, scriptOfLanguage } from '../text/script.js';
import { documentKeys } from './keys.js';
import { originalProvenance } from './provenance.js';
import type { IndexedOriginal } from './store/types.js';

/** Samples of this many characters are enough to identify a language or a script. */
export const IDENTIFY_SAMPLE = 2000;

/**
 * The dominant script of a text's opening. Letters of the common blocks are counted by code point
 * (this runs on every original of an archive); anything else goes through the Unicode analysis.
 */
export function scriptOfText(text: string, lang: string): string {
  const sample = text.slice(0, IDENTIFY_SAMPLE);
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let han = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    )
      latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (c >= 0x620 && c <= 0x64a) arabic++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c > 0x24f && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f)) other++;
  }
  const counts: [string, number][] = [
    ['Latin', latin],
    ['Cyrillic', cyrillic],
    ['Arabic', arabic],
    ['Han', han],
  ];
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (other > best[1]) return dominantScript(sample)?.script ?? scriptOfLanguage(lang) ?? 'none';
  return best[1] > 0 ? best[0] : (scriptOfLanguage(lang) ?? 'none');
}

/** An original's language: the declared one when its script agrees with the text, else identified. */
export function originalLang(
  o: Original,
  text: string,
  script: string,
  candidates: readonly string[],
): string {
  if (o.lang && scriptOfLanguage(o.lang) === script) return o.lang;
  return identifyText(text.slice(0, IDENTIFY_SAMPLE), candidates, o.lang ?? null).lang;
}

export function fullText(a: Pick<Article, 'title' | 'body'>): string {
  return `${a.title}\n\n${a.body}`;
}

const DAY_MS = 86_400_000;

/** Days since 1970 of an ISO-like date, or null. */
export function dayOf(published: string | undefined): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

export interface ArticleKeys {
  text: string;
  script: string;
  keys: Set<string>;
  names: Set<string>;
  shingles: Set<string>;
}

export function articleKeys(a: Pick<Article, 'title' | 'body'>, lang: string): ArticleKeys {
  const text = fullText(a);
  const k = documentKeys(text, lang);
  return {
    text,
    script: scriptOfText(text, lang),
    keys: new Set(k.keys),
    names: new Set(k.names),
    shingles: k.shingles,
  };
}

export function indexOriginal(o: Original, languages: readonly string[]): IndexedOriginal {
  const text = fullText(o);
  const script = scriptOfText(text, o.lang ?? 'und');
  const lang = originalLang(o, text, script, languages);
  const k = documentKeys(text, lang);
  return {
    original: o,
    lang,
    script,
    keys: k.keys,
    names: k.names,
    shingles: [...k.shingles],
    provenance: originalProvenance(o),
    publishedDay: dayOf(o.published),
  };
}
