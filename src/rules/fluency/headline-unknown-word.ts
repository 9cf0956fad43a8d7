/**
 * @fileoverview A capitalised headline word that is no known word, name or place and occurs nowhere
 * in the article ("Rossius army is angry…", "…after three Plenid flights"): a real headline's names
 * recur in its body, so an unknown one is garbled. The suggestion is the body word it most likely
 * stands for, when one is close ("Russian").
 *
 * Known means: a word of the headline's language (English frequency list, Hunspell), a gazetteer
 * name or given name, a GeoNames city, a CLDR country or language name. Leaves alone names that
 * recur in the body in any inflection or transliteration ("Zelenskyy" / "Zelensky"), acronyms,
 * words with inner capitals or digits, and languages syndiq has no word list for.
 *
 * Names syndiq cannot know (villages, surnames, brands) stand where names stand: beside other
 * capitalised words or codes ("Elena Shushunova", "Promtex Micropacket Mattress 105x195"), after a
 * preposition ("near Osipovichi"), as an address ("Sveta, hey") or as a subject ("Kolya is working").
 * So an unknown word counts only where a garble stands and a name rarely does: alone, before an
 * ordinary lowercase word that is no function word and no verb form ("Rossius army", "three Plenid
 * flights"). A first line that speaks as "I" opens a post or message, not a news story, and is left
 * alone: its names need not recur.
 */
import levenshtein from 'fast-levenshtein';
import { defineRule, type Finding } from '../types.js';
import { headlineReading } from '../../analysis/headline-reading.js';
import { vocabulary, type Vocabulary } from '../../resources/vocabulary.js';
import type { Word } from '../../analysis/words.js';
import { lexiconSet } from '../../resources/derived.js';

const MIN_LENGTH = 4;
/** After these an unknown word is most likely a village or street syndiq does not know. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'outside',
]);
const LETTERS_ONLY = /^\p{L}+$/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Share of a word's letters that may differ from the body word it stands for. */
const MAX_SUGGESTION_DISTANCE = 0.45;

/** The body word closest to a garbled headline word (same first letter), if any is close enough. */
export function closestBodyWord(w: Word, body: readonly Word[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.floor(w.plain.length * MAX_SUGGESTION_DISTANCE) + 1;
  for (const b of body) {
    if (b.plain[0] !== w.plain[0] || b.plain.length < 3) continue;
    const d = levenshtein.get(b.plain, w.plain);
    if (d < bestDistance) {
      bestDistance = d;
      best = b.text;
    }
  }
  return best;
}

/** Capitalised, an acronym or carrying digits: part of a longer name, a brand or a product code. */
function namelike(w: Word | undefined, functionWords: ReadonlySet<string>): boolean {
  // a headline's first word is capitalised anyway: "In" says nothing, "Promtex" does
  return w !== undefined && (w.cap || w.acronym || /\d/.test(w.text)) && !functionWords.has(w.plain);
}

/** A lowercase ordinary word that is neither a function word nor visibly a verb form. */
function modifiedNoun(
  w: Word | undefined,
  lang: string,
  vocab: Vocabulary,
  functionWords: ReadonlySet<string>,
): boolean {
  if (!w || !w.joined || w.cap || w.acronym || !/^\p{Ll}+$/u.test(w.text)) return false;
  if (functionWords.has(w.plain) || !vocab.isWord(w.text, lang)) return false;
  return lang !== 'en' || !(vocab.isIrregularForm(w.plain) || /(?:ed|ing)$/.test(w.plain));
}

export const headlineUnknownWord = defineRule({
  meta: {
    id: 'fluency/headline-unknown-word',
    kind: 'nonword',
    mqm: 'Linguistic conventions/Spelling',
    severity: 'major',
    description:
      'A capitalised headline word that is no known word, name or place and occurs nowhere in the article; names the body repeats are left alone.',
    hasSuggestions: true,
    needs: [],
    messages: {
      unknown: '"{{text}}" in the headline is no known word or name and does not occur in the article',
      unknownLike: '"{{text}}" in the headline is no known word or name; the article has "{{expected}}"',
    },
  },
  check(ctx) {
    const lang = ctx.title.lang;
    const vocab = vocabulary(ctx.resources);
    if (!vocab.judges(lang)) return [];
    const reading = ctx.use(headlineReading);
    // a post that opens with "I know X ointment" need not name X again: the premise is a headline's
    if (reading.firstPerson) return [];
    const findings: Finding[] = [];
    const functionWords = lexiconSet(ctx.resources, `lang-function.${lang}`);
    const ws = reading.title;
    for (const w of ws) {
      if (!w.cap || w.text.length < MIN_LENGTH || !LETTERS_ONLY.test(w.text) || INNER_CAPITAL.test(w.text))
        continue;
      if (vocab.isWord(w.text, lang) || vocab.isName(w.text) || reading.nameInArticle(w)) continue;
      const before = ws[w.index - 1];
      if ((w.joined && namelike(before, functionWords)) || namelike(ws[w.index + 1], functionWords)) continue;
      if (before && PLACE_PREPOSITIONS.has(before.plain)) continue;
      if (!modifiedNoun(ws[w.index + 1], lang, vocab, functionWords)) continue;
      const expected = closestBodyWord(w, reading.body);
      const base = { field: 'title' as const, start: w.start, end: w.end };
      findings.push(
        expected
          ? { ...base, messageId: 'unknownLike', data: { text: w.text, expected }, suggestion: expected }
          : { ...base, messageId: 'unknown', data: { text: w.text } },
      );
    }
    return findings;
  },
});
