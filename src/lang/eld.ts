/**
 * The second opinion for short text: eld (Efficient Language Detector, "medium" n-gram database),
 * scored over the language model of `language-model.ts`.
 *
 * franc is weak on headlines (measured: 77% on real news titles among 12 languages, eld 96-98%).
 * Every thread scores on one table: the run loads it with its resources and installs it here
 * (`useLanguageModel`, main thread and workers alike); code that identifies text without a run
 * loads the same model from the cache on first use. When eld cannot be loaded, identification
 * falls back to franc and script analysis.
 */
import { TextMemo } from '../text/text-memo.js';
import { loadLanguageModel, type LanguageModel } from './language-model.js';
import { ngramScores } from './ngram-table.js';

let model: LanguageModel | null = null;
/** True once loading failed or a run said there is no model: franc answers alone. */
let unavailable = false;
let disabled = false;

/** Turn the second opinion off (or back on): for benchmarks and tests of the franc-only fallback. */
export function setEldEnabled(enabled: boolean): void {
  disabled = !enabled;
}

/** Identify with this thread's copy of the run's model; null: without one (franc and scripts only). */
export function useLanguageModel(m: LanguageModel | null): void {
  model = m;
  unavailable = m === null;
}

function current(): LanguageModel | null {
  if (disabled) return null;
  if (model || unavailable) return model;
  try {
    model = loadLanguageModel().model;
  } catch (e) {
    unavailable = true;
    process.emitWarning(
      `syndiq: no language model (${(e as Error).message}); languages are told by franc and script analysis`,
      { code: 'SYNDIQ_LANGUAGE_MODEL' },
    );
  }
  return model;
}

/** The model this thread identifies with (loaded from the cache now if needed), to hand to workers. */
export function currentLanguageModel(): LanguageModel | null {
  return current();
}

/** True when eld's scores are available (loading the model now if needed). */
export function eldAvailable(): boolean {
  return current() !== null;
}

// scores of every language eld knows per text: a smaller memo than the word tokens'
const scoreMemo = new TextMemo<Record<string, number>>(100_000);

/** eld's 0-1 scores for the `candidates` (ISO 639-1) present in `text`, best first; null without eld. */
export function eldScores(text: string, candidates: readonly string[]): [string, number][] | null {
  const m = current();
  if (!m) return null;
  // the same sentence is identified for the article and again by the rules that look for other languages
  const all = scoreMemo.get(text, (t) => ngramScores(m.table, m.text, t));
  const out: [string, number][] = [];
  for (const c of candidates) {
    const s = all[c];
    if (s !== undefined && s > 0) out.push([c, s]);
  }
  return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
