/**
 * @fileoverview Tokens that are not words of the text's language: half-transliterated terms
 * ("hitridiomycosis" for "хітридіомікоз"), Slavic word-formation in Latin letters ("Izmailshchyna",
 * "Kryvorizhtsi"), mangled words ("vestibul").
 *
 * Uses a real spelling dictionary (Hunspell via nspell; English accepts American and British
 * spellings) and a proper-noun policy that leaves alone: capitalised words that recur in the article,
 * words that render a capitalised word of the original (names), gazetteer names, acronyms, words with
 * digits or inner capitals (WhatsApp), words in other scripts, and capitalised words met once unless
 * their form is Slavic. A lowercase unknown word is flagged when a dictionary word is one edit away
 * ("vestibul"), when it transliterates a word of a Cyrillic original and starts in a way no English
 * word does ("hitr…"), or when no English word starts like it. Languages without a dictionary
 * (German: nspell cannot read its inflections) are not checked.
 */
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { gazetteer } from '../../resources/gazetteer.js';
import { originalWords } from '../../analysis/original-names.js';
import { ONSET_LENGTH, speller } from '../../resources/speller.js';
import { insideQuotes } from '../../text/quotes.js';
import { scriptOfLanguage } from '../../text/script.js';
import { fieldWords, sameName, type Word } from '../../analysis/words.js';
import levenshtein from 'fast-levenshtein';
import { lexicalOf } from '../../analysis/sentence-evidence.js';

/** Shorter tokens are abbreviations, interjections or units more often than errors. */
const MIN_LENGTH = 4;
const LATIN_WORD = /^\p{Script=Latin}+$/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * Ukrainian and Russian word-formation written in Latin letters: region nouns (-shchyna), plural
 * demonyms (-tsi, -iany, -chany). English has no words ending like this.
 */
const SLAVIC_FORMATION: readonly RegExp[] = [/(?:shch|chch)[yi]n[aiuy]?$/, /[^aeiouy]ts[iy]$/];
/** Endings that are also common in Italian or Spanish names: only for lowercase words. */
const SLAVIC_FORMATION_LOWER: readonly RegExp[] = [/(?:[iy]an|chan)[iy]$/];

export function slavicFormation(word: string): boolean {
  const w = word.toLowerCase();
  if (SLAVIC_FORMATION.some((re) => re.test(w))) return true;
  return w === word && SLAVIC_FORMATION_LOWER.some((re) => re.test(w));
}

/**
 * Longer than any word a Hunspell dictionary holds or English builds by derivation (the longest in
 * general dictionaries run to about 30 letters): such a token is not a word, and the dictionary
 * look-ups below (every split point, every one-edit variant) are never spent on it.
 */
export const MAX_WORD_LENGTH = 40;

/** Near misses of short words are too often foreign words or slang ("bien", "carb"). */
const MIN_MISSPELT_LENGTH = 6;
/**
 * Short unknown words are loans and units more often than errors ("krai", "kcal", "dacha"): a
 * transliterated or foreign-looking word is reported from this length on.
 */
const MIN_FOREIGN_LENGTH = 6;

/**
 * SUBTLEX-US counts this often or more a word that is really used (its rarer entries include
 * subtitle misspellings such as "untill"); the curated word list beside it (count 0) is all words.
 */
const ENGLISH_WORD_COUNT = 100;

/** Whether the English word list knows the word ("chamfers", "doggie", "lettres"). */
function englishWord(ctx: RuleContext, word: string): boolean {
  const count = lexicalOf(ctx).english().words.count(word.toLowerCase());
  return count !== undefined && (count === 0 || count >= ENGLISH_WORD_COUNT);
}

/** A hashtag ("#apoetinrussia…") or a unit right after a figure ("407 kcal"): not prose. */
function hashtagOrUnit(text: string, w: Word): boolean {
  const before = text.slice(Math.max(0, w.start - 3), w.start);
  return before.endsWith('#') || (w.text.length <= 5 && /\d[\s\u00a0]?$/.test(before));
}

/** Whether a folded republished word is a transliteration of a folded original word. */
function transliterates(rep: string, orig: string): boolean {
  if (sameName(rep, orig)) return true;
  if (rep.length < 6 || orig.length < 6 || rep[0] !== orig[0]) return false;
  const max = Math.floor(Math.min(rep.length, orig.length) / 4);
  return Math.abs(rep.length - orig.length) <= max && levenshtein.get(rep, orig) <= max;
}

interface OriginalWord {
  text: string;
  fold: string;
  cap: boolean;
}

function originalVocabulary(ctx: RuleContext): OriginalWord[] {
  if (!ctx.original) return [];
  const seen = new Map<string, OriginalWord>();
  for (const w of originalWords(ctx.original)) {
    if (!w.fold) continue;
    const prev = seen.get(w.fold);
    if (prev) prev.cap ||= w.cap || w.acronym;
    else seen.set(w.fold, { text: w.text, fold: w.fold, cap: w.cap || w.acronym });
  }
  return [...seen.values()];
}

export const nonword = defineRule({
  meta: {
    id: 'fluency/nonword',
    kind: 'nonword',
    mqm: 'Linguistic conventions/Spelling',
    severity: 'minor',
    description:
      'Tokens that are not words of the language (half-transliterations, Slavic word-formation, mangled words); names, acronyms and recurring capitalised words are left alone.',
    hasSuggestions: true,
    needs: [],
    messages: {
      halfTransliterated: '"{{text}}" is not a word: it transliterates "{{source}}" from the original',
      slavicForm: '"{{text}}" is not a word: Slavic word-formation in Latin letters',
      misspelt: '"{{text}}" is not a word; did you mean "{{expected}}"?',
      nonword: '"{{text}}" is not a word of the text\'s language',
    },
  },
  check(ctx) {
    const g = gazetteer(ctx.resources);
    const vocabulary = originalVocabulary(ctx);
    const fields = [
      { lang: ctx.title.lang, text: ctx.title.text, words: fieldWords(ctx.title, ctx.title.lang) },
      { lang: ctx.body.lang, text: ctx.body.text, words: fieldWords(ctx.body, ctx.body.lang) },
    ];
    // capitalised words met more than once in the article are names
    const capCount = new Map<string, number>();
    for (const f of fields)
      for (const w of f.words) if (w.cap) capCount.set(w.fold, (capCount.get(w.fold) ?? 0) + 1);

    const latinSource = ctx.original !== null && scriptOfLanguage(ctx.original.lang) === 'Latin';
    const findings: Finding[] = [];
    for (const { lang, text, words } of fields) {
      const spell = speller(ctx.resources, lang);
      if (!spell?.checksText) continue;
      for (const w of words) {
        if (!candidate(w)) continue;
        const tooLong = w.text.length > MAX_WORD_LENGTH;
        // a dictionary word is no finding: asked first, as it settles most words for less than the scans below
        if (
          !tooLong &&
          (spell.correct(w.text) || spell.correct(w.text.toLowerCase()) || spell.correct(w.plain))
        )
          continue;
        // a word in quotes was chosen on purpose: a transliterated title, a quoted foreign term
        if (insideQuotes(text, w.start, w.end) || hashtagOrUnit(text, w)) continue;
        if (reduplicated(text, words, w)) continue;
        if (tooLong) {
          findings.push({
            field: w.field,
            start: w.start,
            end: w.end,
            messageId: 'nonword',
            data: { text: w.text },
          });
          continue;
        }
        if (g.latinWords.has(w.plain) || g.latinFolds.has(w.fold) || g.givenPlain.has(w.plain)) continue;
        if (lang === 'en' && englishWord(ctx, w.plain)) continue;
        const source = vocabulary.find((o) => transliterates(w.fold, o.fold));
        // a name of the original, or a word borrowed as it is from a Latin-script original ("polder")
        if (source && (source.cap || latinSource)) continue;
        const base = { field: w.field, start: w.start, end: w.end };
        if (slavicFormation(w.text)) {
          findings.push({ ...base, messageId: 'slavicForm', data: { text: w.text }, severity: 'major' });
          continue;
        }
        // a capitalised word is most likely a name syndiq does not know
        if (w.cap || (capCount.get(w.fold) ?? 0) > 1) continue;
        const foreignOnset = !spell.startsWord(w.plain.slice(0, ONSET_LENGTH));
        if (source && foreignOnset && w.text.length >= MIN_FOREIGN_LENGTH) {
          findings.push({
            ...base,
            messageId: 'halfTransliterated',
            data: { text: w.text, source: source.text },
            severity: 'major',
          });
          continue;
        }
        if (derived(w.plain, spell.correct)) continue;
        const near = w.text.length >= MIN_MISSPELT_LENGTH ? spell.oneEditAway(w.text) : undefined;
        if (near)
          findings.push({
            ...base,
            messageId: 'misspelt',
            data: { text: w.text, expected: near },
            suggestion: near,
          });
        else if (foreignOnset && w.text.length >= MIN_FOREIGN_LENGTH)
          findings.push({ ...base, messageId: 'nonword', data: { text: w.text } });
      }
    }
    return findings;
  },
});

const PREFIXES = [
  're',
  'un',
  'pre',
  'non',
  'over',
  'under',
  'co',
  'anti',
  'multi',
  'de',
  'post',
  'sub',
  'inter',
  'mis',
  'counter',
];
const SUFFIXES = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'or', 'ors', 'ly', 'ness', 'ism', 'ist', 'ists'];
/** Suffixes that replace the end of a known word: "oncology" → "oncological", "irony" → "ironic". */
const REPLACING_SUFFIXES: readonly [string, string][] = [
  ['ical', 'y'],
  ['ic', 'y'],
  ['ically', 'y'],
  ['ist', 'y'],
  ['ists', 'y'],
];

/**
 * Words the dictionary lacks but English builds freely: plurals and derivations of known words
 * ("financials"), prefixed words ("reinjected"), closed compounds of two known words ("headwear").
 */
function derived(w: string, correct: (s: string) => boolean): boolean {
  for (const s of SUFFIXES)
    if (w.length - s.length >= 3 && w.endsWith(s) && correct(w.slice(0, -s.length))) return true;
  for (const [s, base] of REPLACING_SUFFIXES)
    if (w.length - s.length >= 4 && w.endsWith(s) && correct(w.slice(0, -s.length) + base)) return true;
  for (const p of PREFIXES)
    if (w.length - p.length >= 4 && w.startsWith(p) && correct(w.slice(p.length))) return true;
  for (let i = 2; i <= w.length - 3; i++)
    if (correct(w.slice(0, i)) && correct(w.slice(i))) return i >= 3 || w.length - i >= 4;
  return false;
}

/** Leading consonants: what rhyming reduplication swaps ("hocus-pocus", "mumbo-jumbo"). */
const ONSET = /^y?[^aeiouy]*/;

/**
 * Whether two halves of a hyphenated pair are word play rather than garble: a rhyme that differs only
 * in its first consonants ("hocus-pocus", "tumba-yumba") or the same consonants with one vowel
 * changed ("zig-zag", "chit-chat"). Such a pair is made up on purpose and need not be in a dictionary.
 */
export function wordPlay(a: string, b: string): boolean {
  if (a === b || a.length < 2 || b.length < 2) return false;
  const rimeA = a.slice(ONSET.exec(a)![0].length);
  const rimeB = b.slice(ONSET.exec(b)![0].length);
  if (rimeA.length >= 2 && rimeA === rimeB) return true;
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i] && !(/[aeiouy]/.test(a[i]!) && /[aeiouy]/.test(b[i]!))) return false;
    else if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** The word is one half of a hyphenated word-play pair with its neighbour. */
function reduplicated(text: string, words: readonly Word[], w: Word): boolean {
  const before = words[w.index - 1];
  const after = words[w.index + 1];
  if (before && text.slice(before.end, w.start) === '-' && wordPlay(before.plain, w.plain)) return true;
  return after !== undefined && text.slice(w.end, after.start) === '-' && wordPlay(w.plain, after.plain);
}

function candidate(w: Word): boolean {
  return w.text.length >= MIN_LENGTH && !w.acronym && LATIN_WORD.test(w.text) && !INNER_CAPITAL.test(w.text);
}
