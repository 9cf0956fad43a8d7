/**
 * Language identification of an article: body, headline, each body paragraph and sentence.
 *
 * 1. Unicode script decides first: only candidates written in the text's main script can be its
 *    language (Arabic letters: `ar`; Han: `zh`; Cyrillic: `uk` or `ru`; Latin: the rest).
 * 2. Among several candidates in one script, eld (n-grams, strong on short text) ranks them; franc,
 *    restricted to the same candidates, is the fallback when eld cannot be loaded.
 * 3. Ukrainian and Russian letters (і ї є ґ / ы э ъ ё) settle short Cyrillic text.
 * 4. A prior (the declared language, or the body's language for a headline) wins only when the
 *    text itself hardly prefers anything else: a declared `lang` is a prior, not the truth.
 */
import { francAll } from 'franc';
import type { Article, LanguageGuess } from '../model.js';
import { paragraphs, sentences } from '../text/segment.js';
import { dominantScript, scriptOfLanguage } from '../text/script.js';
import { eldScores } from './eld.js';
import { languageInfo, toIso1, toIso3 } from './languages.js';
import type { LanguageAnalysis, LanguageSpan } from './types.js';

const UNDETERMINED: LanguageGuess = { lang: 'und', confidence: 0 };

/** Letters below this count make every statistical guess a weak one. */
const FULL_EVIDENCE_LETTERS = 40;
/** The prior is kept while its score is within this share of the best score. */
const PRIOR_TOLERANCE = 0.12;

/** Words in lower case: ordinary vocabulary rather than names, acronyms or codes. */
const LOWERCASE_WORD = /(?<!\p{L})\p{Ll}{2,}/gu;
/** Below this share of letters in lower-case words, a text is names and codes ("SONEX 2085/EL Listra with PDU"). */
const MIN_VOCABULARY_SHARE = 0.25;

function vocabularyShare(text: string, letters: number): number {
  let n = 0;
  for (const m of text.matchAll(LOWERCASE_WORD)) n += m[0].length;
  return letters ? n / letters : 0;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}

/** Candidate scores (best first) from eld, or from franc when eld is unavailable. */
function rank(text: string, inScript: readonly string[]): [string, number][] {
  const eld = eldScores(text, inScript);
  if (eld) return eld;
  const only = inScript.map(toIso3).filter((c): c is string => c !== undefined);
  return francAll(text, { only, minLength: 3 })
    .filter(([code]) => code !== 'und')
    .map(([code, score]): [string, number] => [toIso1(code), score]);
}

/**
 * Among candidates of one script, the only one whose own letters (the language table's `ownLetters`:
 * Ukrainian і ї є ґ, Russian ы э ъ ё) occur in the text; null when the letters do not settle it.
 */
function byOwnLetters(text: string, inScript: readonly string[]): string | null {
  const lower = text.toLowerCase();
  let found: string | null = null;
  for (const code of inScript) {
    const own = languageInfo(code)?.ownLetters ?? '';
    if (!own || ![...own].some((c) => lower.includes(c))) continue;
    if (found) return null;
    found = code;
  }
  return found;
}

/**
 * Identify the language of a piece of text among `candidates` (ISO 639-1).
 * `prior` is what the context suggests (declared language, the body's language for a headline).
 * Returns `und` with confidence 0 when the text has no letters or no candidate fits its script.
 */
export function identifyText(
  text: string,
  candidates: readonly string[],
  prior: string | null = null,
): LanguageGuess {
  const script = dominantScript(text);
  if (!script) return UNDETERMINED;
  const inScript = candidates.filter((c) => scriptOfLanguage(c) === script.script);
  if (inScript.length === 0) return UNDETERMINED;
  // Shortness discounts every statistical decision, not a decision by script.
  const evidence = Math.min(1, script.letters / FULL_EVIDENCE_LETTERS);
  if (inScript.length === 1)
    return { lang: inScript[0]!, confidence: round(script.share * (0.5 + evidence / 2)) };

  // Only names, acronyms and codes ("KRYVBAS 2-0 VORSKLA"): no word says which language it is.
  if (prior && inScript.includes(prior) && vocabularyShare(text, script.letters) < MIN_VOCABULARY_SHARE)
    return { lang: prior, confidence: round(0.3 * script.share) };

  const ranked = rank(text, inScript);
  const [best, second] = ranked;
  const byLetters = byOwnLetters(text, inScript);
  if (!best) {
    if (byLetters) return { lang: byLetters, confidence: round(0.6 * script.share) };
    return prior && inScript.includes(prior) ? { lang: prior, confidence: 0.3 } : UNDETERMINED;
  }
  // Margin: how much the best beats the runner-up, relative to the best (0-1).
  const margin = second ? (best[1] - second[1]) / best[1] : 1;
  let lang = best[0];
  let confidence = (0.5 + margin / 2) * (0.4 + 0.6 * evidence) * script.share;
  if (byLetters && byLetters !== lang && (evidence < 1 || margin < 0.2)) {
    lang = byLetters;
    confidence = 0.6 * script.share;
  }
  if (prior && prior !== lang && inScript.includes(prior)) {
    const priorScore = ranked.find(([l]) => l === prior)?.[1] ?? 0;
    const tolerance = PRIOR_TOLERANCE * (2 - evidence);
    if (priorScore >= best[1] * (1 - tolerance) && !(byLetters && byLetters !== prior)) {
      return { lang: prior, confidence: round(0.5 * script.share) };
    }
  }
  return { lang, confidence: round(confidence) };
}

function spanLanguages(
  spans: { start: number; end: number; text: string }[],
  candidates: readonly string[],
  prior: string | null,
): LanguageSpan[] {
  return spans.map((s) => ({ ...s, ...identifyText(s.text, candidates, prior) }));
}

export function identifyArticle(
  article: Pick<Article, 'title' | 'body' | 'lang'>,
  candidates: readonly string[],
): LanguageAnalysis {
  const declared = article.lang ?? null;
  const body = identifyText(article.body, candidates, declared);
  const context = body.lang !== 'und' ? body.lang : declared;
  const title = identifyText(article.title, candidates, context);
  return {
    article: body.lang !== 'und' ? body : title,
    declared,
    title,
    paragraphs: spanLanguages(paragraphs(article.body), candidates, context),
    sentences: spanLanguages(sentences(article.body, context ?? 'en'), candidates, context),
  };
}
