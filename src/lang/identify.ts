/**
 * Language identification of an article: body, headline and each body paragraph.
 * franc restricted to the configured candidates, with Unicode script as a first cut.
 */
import { francAll } from 'franc';
import type { Article, LanguageGuess } from '../model.js';
import { paragraphs } from '../text/segment.js';
import { dominantScript, scriptOfLanguage } from '../text/script.js';
import { toIso1, toIso3 } from './iso.js';
import type { LanguageAnalysis } from './types.js';

const UNDETERMINED: LanguageGuess = { lang: 'und', confidence: 0 };

/** Identify the language of a piece of text among `candidates` (ISO 639-1). */
export function identifyText(text: string, candidates: readonly string[], prior: string | null = null): LanguageGuess {
  const script = dominantScript(text);
  if (!script) return UNDETERMINED;
  // Only languages written in the text's main script can be its language.
  const inScript = candidates.filter((c) => scriptOfLanguage(c) === script.script);
  if (inScript.length === 1) return { lang: inScript[0]!, confidence: Math.min(1, script.share) };
  if (inScript.length === 0) return UNDETERMINED;
  const only = inScript.map(toIso3).filter((c): c is string => c !== undefined);
  const ranked = francAll(text, { only, minLength: 3 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') {
    return prior && inScript.includes(prior) ? { lang: prior, confidence: 0.3 } : UNDETERMINED;
  }
  // franc scores are 1 for the best and relative below it; the gap to the runner-up is the confidence.
  const gap = second ? best[1] - second[1] : 1;
  const lang = toIso1(best[0]);
  if (prior && prior !== lang && inScript.includes(prior) && gap < 0.02) return { lang: prior, confidence: 0.5 };
  return { lang, confidence: Math.round(Math.min(1, 0.5 + gap * 5) * 1000) / 1000 };
}

export function identifyArticle(article: Pick<Article, 'title' | 'body' | 'lang'>, candidates: readonly string[]): LanguageAnalysis {
  const declared = article.lang ?? null;
  const body = identifyText(article.body, candidates, declared);
  const title = identifyText(article.title, candidates, body.lang !== 'und' ? body.lang : declared);
  return {
    article: body.lang !== 'und' ? body : title,
    declared,
    title,
    paragraphs: paragraphs(article.body).map((p) => ({ ...p, ...identifyText(p.text, candidates, body.lang) })),
  };
}
