/**
 * @fileoverview Names that are wrong on their own, without an original to compare with: a known
 * name misspelt ("Maripul", "Pitt Hegset"), a russified or outdated form ("Nikolaev"), and a
 * Ukrainian given name followed by a plain English word, the mark of a translated surname
 * ("Iryna Cherry").
 *
 * English given names garbled by a Cyrillic round trip ("Dzheffri" for Jeffrey) and misspelt known
 * names are checked always (a finding made without the original must not vanish when it is
 * supplied); russified forms and translated surnames only when the article has no matched original
 * (`fidelity/name-mismatch` judges them against the original's names then).
 * Leaves alone: accepted variants (Kiev, Odessa), other transliterations of the same name
 * (Zaluzhny / Zaluzhnyi), words the dictionary knows, surnames that are not English words
 * (Horobets, Koval), capitals in title-case headlines.
 */
import levenshtein from 'fast-levenshtein';
import { defineRule, type Finding } from '../types.js';
import { gazetteer, plainFormOf, wordsOf } from '../../resources/gazetteer.js';
import type { Resources } from '../../resources.js';
import { isCommonWord, speller } from '../../resources/speller.js';
import { fieldWords, findPhrase, nearMiss, translitVariant, type Word } from '../../analysis/words.js';

export const nameForm = defineRule({
  meta: {
    id: 'fluency/name-form',
    kind: 'name',
    mqm: 'Terminology/Wrong term',
    severity: 'major',
    description:
      'Without an original: known names misspelt or russified, and Ukrainian given names followed by an English common word (a translated surname).',
    hasSuggestions: true,
    needs: [],
    messages: {
      misspelt: '"{{text}}" looks like a misspelling of {{expected}}',
      russified: '"{{text}}" is a russified or outdated form of {{expected}}',
      translatedSurname: '"{{text}}" after the given name {{given}} reads as a translated surname',
      backTransliterated: '"{{text}}" is the name {{expected}} transliterated back from Cyrillic',
    },
  },
  check(ctx) {
    const g = gazetteer(ctx.resources);
    const orphan = !ctx.original;
    const findings: Finding[] = [];
    const taken = new Set<string>();
    const push = (f: Finding): void => {
      const key = `${f.field}:${f.start}:${f.end}`;
      if (taken.has(key)) return;
      taken.add(key);
      findings.push(f);
    };
    for (const [ft, lang] of [
      [ctx.title, ctx.title.lang],
      [ctx.body, ctx.body.lang],
    ] as const) {
      const spell = speller(ctx.resources, lang);
      if (!spell?.checksText) continue;
      const ws = fieldWords(ft, lang);
      // English given names garbled by a Cyrillic round trip ("Dzheffri"), with or without an original
      for (const w of ws) {
        if (!w.cap || !ROUND_TRIP.test(w.plain) || spell.correct(w.text) || g.givenPlain.has(w.plain))
          continue;
        const hit = [...g.englishGiven].find(([fold]) => loose(w.fold) === loose(fold));
        if (!hit) continue;
        push({
          messageId: 'backTransliterated',
          field: w.field,
          start: w.start,
          end: w.end,
          data: { text: w.text, expected: hit[1] },
          suggestion: hit[1],
        });
      }
      // russified forms: with an original, `fidelity/name-mismatch` judges them against its names
      for (const e of orphan ? g.entries : []) {
        for (const form of e.russified) {
          for (const hit of findPhrase(ws, wordsOf(form))) {
            const a = ws[hit.from]!;
            const b = ws[hit.to]!;
            push({
              messageId: 'russified',
              field: a.field,
              start: a.start,
              end: b.end,
              data: { text: ft.text.slice(a.start, b.end), expected: e.canonical },
              severity: 'minor',
              suggestion: e.canonical,
            });
          }
        }
      }
      for (const w of ws) {
        if (!w.cap || w.text.length < MIN_MISSPELT_LENGTH || /\p{Ll}\p{Lu}/u.test(w.text)) continue;
        if (spell.correct(w.text) || g.latinWords.has(w.plain)) continue;
        const e = g.entries.find((x) => {
          const main = plainFormOf(g, wordsOf(x.canonical).at(-1)!);
          if (!nearMiss(w.plain, main)) return false;
          // two edits only when a letter is missing or extra ("Maripul"), never two swaps ("Polyova")
          if (w.plain.length === main.length && levenshtein.get(w.plain, main) > 1) return false;
          // a derivation, not a misspelling: "Brovarsky", "Transcarpathian", "Cherkasov"
          if (w.plain.length > main.length && w.plain.startsWith(main.slice(0, -1))) return false;
          return ![x.canonical, ...x.accepted, ...x.russified].some((f) =>
            translitVariant(w.text, wordsOf(f).at(-1)!),
          );
        });
        if (!e) continue;
        // extend over a misspelt first name right before ("Pitt Hegset")
        const canon = wordsOf(e.canonical);
        const prev = ws[w.index - 1];
        const from =
          canon.length > 1 && prev && w.joined && prev.cap && prev.plain[0] === plainFormOf(g, canon[0]!)[0]
            ? prev
            : w;
        push({
          messageId: 'misspelt',
          field: w.field,
          start: from.start,
          end: w.end,
          data: { text: ft.text.slice(from.start, w.end), expected: e.canonical },
          suggestion: e.canonical,
        });
      }
      // a misspelt known name stays an error when an original is supplied ("Maripul" whatever the
      // original says); translated surnames are judged against the original's names then
      for (let i = 1; i < (orphan ? ws.length : 0); i++) {
        const given = ws[i - 1]!;
        const w = ws[i]!;
        if (!g.ukrainianGiven.has(given.plain) || !w.cap || w.initial || !w.joined) continue;
        const next = ws[i + 1];
        if (next && next.cap && next.joined) continue; // part of a longer name or title
        if (!translatedSurname(ctx.resources, w, lang, g.latinWords, g.givenPlain)) continue;
        push({
          messageId: 'translatedSurname',
          field: w.field,
          start: w.start,
          end: w.end,
          data: { text: w.text, given: given.text },
        });
      }
    }
    return findings;
  },
});

/**
 * The mark of an English name that went through Cyrillic: "Dzh" for J ("Dzheffri", "Dzhon").
 * Without it, names that merely sound alike (Kolya, Hana, Ronaldo) would be flagged.
 */
const ROUND_TRIP = /^d[zž]h/;

/** Vowels and doubled letters do not survive the round trip: compare what does. */
function loose(fold: string): string {
  return fold.replace(/[aeiouy]+/g, 'i').replace(/(.)\1+/g, '$1');
}

/** Shorter capitalised words near a known name are too often other names ("Risa", "Rady"). */
const MIN_MISSPELT_LENGTH = 6;

/** A plain dictionary entry (not an inflected form: "Stets" is a surname, not "stet"+s). */
function translatedSurname(
  resources: Resources,
  w: Word,
  lang: string,
  names: ReadonlySet<string>,
  given: ReadonlySet<string>,
): boolean {
  return (
    !names.has(w.plain) &&
    !given.has(w.plain) &&
    isCommonWord(resources, w.text, lang) &&
    (speller(resources, lang)?.isStem(w.text) ?? false)
  );
}
