/**
 * What the matcher indexes of an original and asks of an article: keys of every kind, computed the
 * same way on both sides. Shared by the matcher, `syndiq index build` and the benchmarks.
 */
import { identifyText } from '../lang/identify.js';
import type { Article, Original } from '../model.js';
import { dominantScript, scriptOfLanguage } from '../text/script.js';
import { nameKeys, sampledShingles, textKeys } from './keys.js';
import { originalProvenance } from './provenance.js';
import type { IndexedOriginal } from './store/types.js';

/** Samples of this many characters are enough to identify a language or a script. */
export const IDENTIFY_SAMPLE = 2000;

export function scriptOfText(text: string, lang: string): string {
  return dominantScript(text.slice(0, IDENTIFY_SAMPLE))?.script ?? scriptOfLanguage(lang) ?? 'none';
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
  return {
    text,
    script: scriptOfText(text, lang),
    keys: new Set(textKeys(text, lang)),
    names: new Set(nameKeys(text, lang)),
    shingles: sampledShingles(text, lang),
  };
}

export function indexOriginal(o: Original, languages: readonly string[]): IndexedOriginal {
  const text = fullText(o);
  const script = scriptOfText(text, o.lang ?? 'und');
  const lang = originalLang(o, text, script, languages);
  const keys = new Set(textKeys(text, lang));
  const names = [...new Set(nameKeys(text, lang))].filter((k) => keys.has(k));
  return {
    original: o,
    lang,
    script,
    keys: [...keys],
    names,
    shingles: [...sampledShingles(text, lang)],
    provenance: originalProvenance(o),
    publishedDay: dayOf(o.published),
  };
}
