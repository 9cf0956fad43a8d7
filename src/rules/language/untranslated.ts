/**
 * @fileoverview Text left in the source language or another language inside an article.
 *
 *   … the Regierungspräsidium Freiburg must complete the Planfeststellungsverfahren.
 *                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^ Hit! (word of the German original)
 *   … near the village of Костилівка.                    (other script: Hit!)
 *   … the PPO worked out 19 targets                      (transliterated acronym: Hit!)
 *   … Die Stadt hat den Plan abgelehnt, said the mayor.  (German clause in English: Hit!)
 *
 * From the largest unit down, each reported once: paragraphs, sentences and clauses identified in
 * another language (with function words of that language as evidence); runs of words in another
 * script; source-language terms kept verbatim (known transliterations from lexicons, and, when the
 * original is known, words and acronyms of the original copied or transliterated into the text).
 *
 * Leaves alone: brand and organisation names in Latin letters inside Cyrillic text (WhatsApp, NATO,
 * Signal); a foreign term set off in quotes ("almazaras", "Schlüsselentscheidung"); names copied
 * from the original (capitalised in the original, or part of a multi-word name such as
 * "Regierungspräsidium Freiburg"); English words and acronyms (UPL, WCAG); a whole headline or
 * article in another language (language/headline-language and language/article-language).
 */
import { identifyText } from '../../lang/identify.js';
import type { Field, LanguageGuess, Severity } from '../../model.js';
import { lexicon } from '../../resources.js';
import type { Resources } from '../../resources.js';
import { lexiconSet } from '../../resources/derived.js';
import { untranslatedTerms } from '../../resources/terms.js';
import { dominantScript, scriptOf, scriptOfLanguage, type Script } from '../../text/script.js';
import { words as tokenize, type Span, type Token } from '../../text/segment.js';
import { foldWord } from '../../text/translit.js';
import { speller } from '../../resources/speller.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { insideQuotes } from '../../text/quotes.js';
import { Covered, ownFields, trimSpan } from '../../analysis/spans.js';
import { languageName } from '../../lang/languages.js';

/** A span must be identified this surely before it is called another language. */
const MIN_CONFIDENCE = 0.5;
/** Shortest sentence or clause (words) judged by identification. */
const MIN_WORDS = 4;
/** Function words of the other language a Latin-script clause must contain. */
const MIN_FUNCTION_WORDS = 2;
/** A run of other-script text covering this much of a field is a whole-field language problem. */
const WHOLE_FIELD = 0.8;

const CLAUSE_BREAK = /[,;:()[\]"“”«»„—–]/g;
/** German compounds with these endings are street and place names, not common nouns. */
const GERMAN_NAME_ENDINGS =
  /(allee|stra(ß|ss)e|platz|weg|gasse|ring|damm|ufer|berg|burg|dorf|hausen|heim|feld|bach|brücke)$/u;
const GERMAN_DETERMINERS = new Set(
  'der die das den dem des ein eine einer eines einem einen kein keine keinen keinem im am zum zur vom beim ins'.split(
    ' ',
  ),
);

type Lexicons = { functionWords: (lang: string) => ReadonlySet<string> };

function lexicons(resources: Resources): Lexicons {
  return { functionWords: (lang) => lexiconSet(resources, `lang-function.${lang}`, 'lower') };
}

function functionWordCount(tokens: readonly Token[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const t of tokens) if (set.has(t.text.toLowerCase())) n++;
  return n;
}

/**
 * Could a span in the article's own script pass `hasEvidence` for any candidate language? Word
 * segmentation is the same in every language of one alphabet (ICU's rules have no tailoring for
 * them), so the article language's tokens stand for theirs. Identification, which costs far more,
 * is spared on spans no answer could make a finding of.
 */
function mayHaveEvidence(
  tokens: readonly Token[],
  candidates: readonly string[],
  articleLang: string,
  lx: Lexicons,
): boolean {
  const lower = tokens.map((t) => t.text.toLowerCase());
  const count = (set: ReadonlySet<string>): number => lower.filter((w) => set.has(w)).length;
  const script = scriptOfLanguage(articleLang);
  let ours: number | undefined;
  for (const lang of candidates) {
    if (lang === articleLang || scriptOfLanguage(lang) !== script) continue;
    const theirs = count(lx.functionWords(lang));
    if (theirs >= MIN_FUNCTION_WORDS && theirs > (ours ??= count(lx.functionWords(articleLang)))) return true;
  }
  return false;
}

/** Does a span identified as `lang` carry that language's function words rather than the article's? */
function hasEvidence(text: string, lang: string, articleLang: string, lx: Lexicons): boolean {
  if (scriptOfLanguage(lang) !== scriptOfLanguage(articleLang)) return true;
  const tokens = tokenize(text, lang);
  const theirs = functionWordCount(tokens, lx.functionWords(lang));
  const ours = functionWordCount(tokens, lx.functionWords(articleLang));
  return theirs >= MIN_FUNCTION_WORDS && theirs > ours;
}

function wordScript(word: string): Script | null {
  return dominantScript(word)?.script ?? null;
}

interface Emit {
  (f: Omit<Finding, 'field'>): void;
}

/** Paragraphs, sentences and clauses in another language. */
function checkSpans(
  ctx: RuleContext,
  field: Field,
  text: string,
  articleLang: string,
  covered: Covered,
  emit: Emit,
  lx: Lexicons,
): void {
  const candidates = ctx.config.languages;
  const sourceLang = ctx.original?.lang;
  // Body sentences were already identified with the body's language as prior: reuse those guesses.
  const known = new Map<string, LanguageGuess>();
  if (field === 'body') for (const s of ctx.language.sentences ?? []) known.set(`${s.start}:${s.end}`, s);
  const judge = (span: Span, minWords: number, prior: string): string | null => {
    const tokens = tokenize(span.text, articleLang);
    const n = tokens.length;
    // Text in the original's language is the strongest signal: a shorter span is enough.
    if (n < minWords - 1) return null;
    // a span in the article's script is identified as a language of that script, and kept only
    // with that language's function words (hasEvidence): without any, the answer cannot count
    const script = dominantScript(span.text)?.script;
    if (!script) return null;
    if (script === scriptOfLanguage(articleLang) && !mayHaveEvidence(tokens, candidates, articleLang, lx))
      return null;
    const g =
      (prior === articleLang ? known.get(`${span.start}:${span.end}`) : undefined) ??
      identifyText(span.text, candidates, prior);
    if (g.lang === 'und' || g.lang === articleLang || g.confidence < MIN_CONFIDENCE) return null;
    if (n < minWords && g.lang !== sourceLang) return null;
    return hasEvidence(span.text, g.lang, articleLang, lx) ? g.lang : null;
  };
  const report = (span: Span, lang: string, messageId: string, severity: Severity): void => {
    const [s, e] = trimSpan(text, span.start, span.end);
    if (s >= e || covered.overlaps(s, e)) return;
    covered.add(s, e);
    emit({
      messageId,
      data: { lang: languageName(lang), text: text.slice(s, e) },
      start: s,
      end: e,
      severity,
    });
  };
  const wholeField = (span: Span): boolean => span.end - span.start >= WHOLE_FIELD * text.trim().length;

  if (field === 'body') {
    for (const p of ctx.language.paragraphs) {
      if (wholeField(p)) continue;
      const lang =
        p.lang !== articleLang && p.lang !== 'und' && p.confidence >= MIN_CONFIDENCE
          ? judge(p, MIN_WORDS, articleLang)
          : null;
      if (lang) report(p, lang, sourceOr(ctx, lang, 'paragraph'), 'major');
    }
  }
  const sentences = field === 'body' ? ctx.body.sentences : ctx.title.sentences;
  for (const s of sentences) {
    if (covered.overlaps(s.start, s.end)) continue;
    if (!wholeField(s)) {
      const lang = judge(s, MIN_WORDS, articleLang);
      if (lang) {
        report(s, lang, sourceOr(ctx, lang, 'sentence'), 'major');
        continue;
      }
    }
    // Clauses: stretches between punctuation inside the sentence.
    let from = s.start;
    const breaks = [...s.text.matchAll(CLAUSE_BREAK)].map((m) => s.start + m.index);
    for (const at of [...breaks, s.end]) {
      const clause = { start: from, end: at, text: text.slice(from, at) };
      from = at + 1;
      if (wholeField(clause) || covered.overlaps(clause.start, clause.end)) continue;
      const lang = judge(clause, MIN_WORDS, articleLang);
      if (lang && scriptOfLanguage(lang) === scriptOfLanguage(articleLang))
        report(clause, lang, sourceOr(ctx, lang, 'clause'), 'major');
    }
  }
}

/** `source` when `lang` is the original's language (the strongest signal), else `fallback`. */
function sourceOr(ctx: RuleContext, lang: string, fallback: string): string {
  return ctx.original && ctx.original.lang === lang ? `${fallback}FromSource` : fallback;
}

/** Runs of words in another script than the article's (Cyrillic in English or German text). */
function checkScriptRuns(
  ctx: RuleContext,
  text: string,
  articleLang: string,
  covered: Covered,
  emit: Emit,
): void {
  const main = scriptOfLanguage(articleLang);
  // Latin words inside Cyrillic, Arabic or Chinese text are mostly names and brands: only clauses count.
  if (main !== 'Latin') return;
  const tokens = tokenize(text, articleLang);
  let run: Token[] = [];
  const flush = (): void => {
    if (!run.length) return;
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    run = [];
    const chars = [...text.slice(start, end)];
    const letters = chars.filter((c) => /\p{L}/u.test(c)).length;
    const digits = chars.filter((c) => /\p{N}/u.test(c)).length;
    if (
      letters < 2 ||
      digits > letters ||
      covered.overlaps(start, end) ||
      end - start >= WHOLE_FIELD * text.trim().length
    )
      return;
    // Web addresses keep their own script ("премияарсеньева.рф").
    if (
      /^[^\s./@]*[./@]\S*$/u.test(text.slice(start, end)) ||
      /:\/\/|www\.|@/u.test(lastWordOf(text.slice(Math.max(0, start - 40), start)))
    )
      return;
    covered.add(start, end);
    const g = identifyText(text.slice(start, end), ctx.config.languages, ctx.original?.lang ?? null);
    const fromSource = ctx.original && g.lang === ctx.original.lang;
    emit({
      messageId: fromSource ? 'wordsFromSource' : 'otherScript',
      data: {
        text: text.slice(start, end),
        lang: languageName(g.lang),
        script: scriptOf([...text.slice(start, end)].find((c) => scriptOf(c))!) ?? 'other',
      },
      start,
      end,
      severity: run.length >= 3 || fromSource ? 'major' : 'minor',
    });
  };
  let prevEnd = 0;
  for (const t of tokens) {
    const s = wordScript(t.text);
    const foreign = s !== null && s !== main && s !== 'Other';
    // A run continues across spaces and punctuation, not across a word of the main script.
    if (foreign) {
      if (run.length && /\p{L}/u.test(text.slice(prevEnd, t.start))) flush();
      run.push(t);
    } else if (s !== null) flush();
    prevEnd = t.end;
  }
  flush();
}

/** Does the article talk about the region of a lexicon (so that its acronyms are not English ones)? */
function inContext(ctx: RuleContext, lexLang: string, resources: Resources): boolean {
  const orig = ctx.original?.lang;
  if (orig === lexLang || (lexLang === 'uk' && orig === 'ru')) return true;
  const context = lexicon(resources, `lang-context.${lexLang}`);
  if (!context.length) return false;
  const words = new Set([...ctx.title.words, ...ctx.body.words].map((w) => w.text));
  return context.some((c) => words.has(c));
}

/** Known transliterated source-language terms (lexicons `lang-untranslated.<lang>`). */
function checkTerms(ctx: RuleContext, field: Field, articleLang: string, covered: Covered, emit: Emit): void {
  const text = field === 'title' ? ctx.title.text : ctx.body.text;
  const tokens = field === 'title' ? ctx.title.words : ctx.body.words;
  for (const { lang: lexLang, acronyms, words: plain } of untranslatedTerms(ctx.resources)) {
    if (lexLang === articleLang || (lexLang === 'uk' && articleLang === 'ru')) continue;
    // Entries with capitals (PPO, TsVK) match as written, and only in context; words in any case.
    let context: boolean | undefined;
    for (const t of tokens) {
      const isAcronym = acronyms.has(t.text);
      if (!isAcronym && !plain.has(t.text.toLowerCase())) continue;
      if (isAcronym && !(context ??= inContext(ctx, lexLang, ctx.resources))) continue;
      if (insideQuotes(text, t.start, t.end) || covered.overlaps(t.start, t.end)) continue;
      covered.add(t.start, t.end);
      emit({
        messageId: 'term',
        data: { word: t.text, lang: languageName(lexLang) },
        start: t.start,
        end: t.end,
        severity: 'minor',
      });
    }
  }
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const isAllCaps = (w: string): boolean => /^\p{Lu}{2,6}$/u.test(w);

/**
 * Words of the original copied into the text.
 * Latin-script originals: their common words (lower case; German nouns after a determiner) copied
 * verbatim or without diacritics. Cyrillic originals: transliterated acronyms and words are left
 * to the lexicons, since professional translations keep many (SBU, GOST, "hromada", "oblast"). English originals are skipped for other targets: English loanwords
 * ("cookies", "software") are ordinary in every European language.
 */
function checkOriginalWords(
  ctx: RuleContext,
  field: Field,
  articleLang: string,
  covered: Covered,
  emit: Emit,
): void {
  const original = ctx.original;
  if (!original || original.lang === articleLang || original.lang === 'und' || original.lang === 'en') return;
  const spell = speller(ctx.resources, articleLang);
  if (!spell) return;
  const allowed = lexiconSet(ctx.resources, `lang-allow.${articleLang}`, 'lower');
  const olang = original.lang;
  const latinSource = scriptOfLanguage(olang) === 'Latin';
  const common = new Map<string, string>();
  for (const ft of [original.title, original.body]) {
    const ws = ft.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!.text;
      if (!latinSource || [...w].length < 5 || /\d/.test(w)) continue;
      const germanNoun =
        olang === 'de' &&
        isCapitalised(w) &&
        GERMAN_DETERMINERS.has(ws[i - 1]?.text.toLowerCase() ?? '') &&
        !GERMAN_NAME_ENDINGS.test(w) &&
        !isCapitalised(ws[i + 1]?.text ?? '');
      if (isCapitalised(w) && !germanNoun) continue;
      common.set(foldWord(w, olang), w);
    }
  }
  const text = field === 'title' ? ctx.title.text : ctx.body.text;
  const tokens = field === 'title' ? ctx.title.words : ctx.body.words;
  const known = (w: string): boolean =>
    allowed.has(w.toLowerCase()) || spell.correct(w) || spell.correct(w.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.text;
    if (wordScript(w) !== 'Latin' || covered.overlaps(t.start, t.end)) continue;
    // Acronyms: professional translations keep many transliterated (SBU, VTB, GOST, RIA); only the
    // lexicon's list of those English has its own words for counts (checkTerms).
    if (isAllCaps(w)) continue;
    if ([...w].length < 5 || /\d/.test(w) || known(w)) continue;
    // after the dictionary, which settles most words for less
    if (insideQuotes(text, t.start, t.end)) continue;
    // Part of a multi-word name ("Regierungspräsidium Freiburg"): a name, not an untranslated word.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const nameNeighbour = (n: Token | undefined, gap: string): boolean =>
      !!n && /^\s+$/.test(gap) && isCapitalised(n.text);
    if (
      isCapitalised(w) &&
      (nameNeighbour(prev, prev ? text.slice(prev.end, t.start) : '') ||
        nameNeighbour(next, next ? text.slice(t.end, next.start) : ''))
    )
      continue;
    const key = foldWord(w, articleLang);
    let source = common.get(key);
    if (!source) {
      for (const [k, orig] of common) {
        const shorter = k.length < key.length ? k : key;
        const longer = k.length < key.length ? key : k;
        if (shorter.length >= 5 && longer.startsWith(shorter) && longer.length - shorter.length <= 3) {
          source = orig;
          break;
        }
      }
    }
    if (!source) continue;
    covered.add(t.start, t.end);
    emit({
      messageId: 'wordFromSource',
      data: { word: w, source, lang: languageName(olang) },
      start: t.start,
      end: t.end,
      severity: 'minor',
    });
  }
}

export const untranslated = defineRule({
  meta: {
    id: 'language/untranslated',
    kind: 'untranslated',
    mqm: 'Accuracy/Untranslated',
    severity: 'major',
    description:
      'Paragraphs, sentences, clauses and words left in the source or another language; leaves quoted terms, names and brands alone.',
    needs: [],
    messages: {
      paragraph: 'Paragraph left in {{lang}}',
      paragraphFromSource: 'Paragraph left untranslated in {{lang}}, the language of the original',
      sentence: 'Sentence in {{lang}} inside the article',
      sentenceFromSource: 'Sentence left untranslated in {{lang}}, the language of the original',
      clause: 'Clause in {{lang}}: "{{text}}"',
      clauseFromSource: 'Clause left untranslated in {{lang}}, the language of the original: "{{text}}"',
      otherScript: '"{{text}}" is in {{script}} letters ({{lang}}) inside the article',
      wordsFromSource: '"{{text}}" left untranslated in {{lang}}, the language of the original',
      term: '"{{word}}" is a {{lang}} term left untranslated',
      wordFromSource: '"{{word}}" is the original\'s {{lang}} "{{source}}" left untranslated',
    },
  },
  check(ctx) {
    const articleLang = ctx.language.article.lang;
    if (articleLang === 'und') return [];
    const lx = lexicons(ctx.resources);
    const out: Finding[] = [];
    for (const { field, ft } of ownFields(ctx)) {
      if (!ft.text.trim()) continue;
      const covered = new Covered();
      const emit: Emit = (f) => out.push({ ...f, field });
      // A headline wholly in another language is language/headline-language's finding.
      if (field === 'title' && ctx.language.title.lang !== articleLang && ctx.language.title.lang !== 'und')
        continue;
      checkSpans(ctx, field, ft.text, articleLang, covered, emit, lx);
      checkScriptRuns(ctx, ft.text, articleLang, covered, emit);
      checkTerms(ctx, field, articleLang, covered, emit);
      checkOriginalWords(ctx, field, articleLang, covered, emit);
    }
    return out;
  },
});

/** The text after the last whitespace (what a trailing `\S*$` would match, found without backtracking). */
function lastWordOf(text: string): string {
  const parts = text.split(/\s/);
  return parts[parts.length - 1]!;
}
