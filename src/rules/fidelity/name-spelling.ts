/**
 * @fileoverview A word of the original that English writes in a fixed form, spelt otherwise: a name
 * back-transliterated ("Прага" → "Pragua" for Prague, "Україна" → "Ukrayne"), a proper adjective or
 * noun mangled the same way ("православний" → "Ortodox", "німці" → "Garmans").
 *
 * The fixed form comes from the original, not from a list of names: the English name of a place or
 * language of the aligned original paragraph (the place-name table), a place English writes in one
 * form (country, language, city of 100,000 or more, gazetteer place) one letter away that sounds
 * like a word of that paragraph, a given name of the gazetteer one letter away that a name of the
 * original transliterates, or an English rendering of one of its words (the bilingual lexicon).
 * The republished word must be capitalised, unknown to the English dictionary, the word list and
 * the name tables, and one or two letters from that form. A capitalised word that renders no word
 * of the original and is one letter from a common word or such a place is reported as no word at
 * all ("Republyc").
 *
 * Leaves alone: other romanisations of the same letters ("Kolia" / "Kolya", "Borodyanka" /
 * "Borodianka"), a transliteration of an original word where only a dictionary word is near it
 * ("Maryna", not "Marina"; "Gazeta", not "Gazette"), English derivations ("Belarusians"),
 * adjectival district names ("Slobozhanskyi"), brands with inner capitals, words the original
 * writes as they are.
 */
import { nearMiss, plain, sameName, soundsAlike, fieldWords, type Word } from '../../analysis/words.js';
import { originalWords } from '../../analysis/original-names.js';
import { lexicalOf } from '../../analysis/sentence-evidence.js';
import { gazetteer } from '../../resources/gazetteer.js';
import { oneEdit, speller } from '../../resources/speller.js';
import { vocabulary } from '../../resources/vocabulary.js';
import { scriptOfLanguage } from '../../text/script.js';
import { foldWord, romanisationKey, ROMANISING, transliterate } from '../../text/translit.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';

const LATIN = /^\p{Script=Latin}+$/u;
/** Shorter words are initials, abbreviations and particles more often than names. */
const MIN_LENGTH = 4;
/** SUBTLEX-US counts this often or more a word that is really used, even when Hunspell lacks it. */
const ENGLISH_WORD_COUNT = 100;
/** Cities this large have one English spelling that news keeps to; smaller ones share spellings with anything. */
const MAJOR_CITY = 100_000;
/** Letters a case ending adds to a romanised name ("Tarkhun-a", "Kyiv-om"). */
const MAX_ENDING = 2;
/** Shorter names are one letter from too many places ("Otar" / Otaru). */
const MIN_SOUND_LENGTH = 5;
/** A capitalised word that renders nothing in the original is judged a misspelling from this length on. */
const MIN_MISSPELT_LENGTH = 6;
/** Capitals inside a word (BelTA, WhatsApp) mark a brand or an acronym, not a transliteration. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/** The original's words beside a republished word: its aligned paragraphs (the title's for the title). */
function originalRegion(ctx: RuleContext, w: Word, title: readonly Word[], body: readonly Word[]): Word[] {
  if (w.field === 'title') return title.slice();
  const paras = new Set<number>();
  for (const p of ctx.alignment?.pairs ?? [])
    if (p.republished === w.para && p.original !== null) paras.add(p.original);
  return paras.size ? body.filter((o) => paras.has(o.para)) : body.slice();
}

interface FixedForm {
  /** The English form, as the table or dictionary writes it. */
  form: string;
  /** The original word it renders. */
  original: string;
}

/** Latin endings of Slavic adjectives (district and street names keep them: "Slobozhanskyi"). */
const ADJECTIVE_ENDING = /(?:sk|tsk|zk|ts?k)(?:yi|yy|iy|ij|ii|y|i|a|e|oe|aya|oho|omu|ogo)$/;

export const nameSpelling = defineRule({
  meta: {
    id: 'fidelity/name-spelling',
    kind: 'name',
    mqm: 'Accuracy/Mistranslation',
    severity: 'major',
    description:
      'A word of the original that English writes in a fixed form (a place, a language, a name the dictionary knows) spelt otherwise, as a back-transliteration would ("Ukrayne" for "Україна"); keeps every faithful transliteration.',
    hasSuggestions: true,
    needs: ['original'],
    messages: {
      misspelt: '"{{text}}" misspells {{expected}}, the English form of "{{original}}" in the original',
      notAWord: '"{{text}}" is neither a word nor a name of the original; did you mean "{{expected}}"?',
    },
  },
  check(ctx) {
    const o = ctx.original;
    if (!o || ctx.body.lang !== 'en' || o.lang === 'en') return [];
    const spell = speller(ctx.resources, 'en');
    if (!spell?.checksText) return [];
    const g = gazetteer(ctx.resources);
    const names = vocabulary(ctx.resources);
    const lex = lexicalOf(ctx);
    const source = lex.source(o.lang);
    const english = lex.english();
    const all = originalWords(o);
    const latinSource = scriptOfLanguage(o.lang) === 'Latin';
    const oTitle = all.filter((w) => w.field === 'original.title');
    const oBody = all.filter((w) => w.field === 'original.body');
    const written = new Set(all.map((w) => w.plain));

    const unknown = (w: Word): boolean => {
      if (!w.cap || w.text.length < MIN_LENGTH || !LATIN.test(w.text) || INNER_CAPITAL.test(w.text))
        return false;
      if (spell.correct(w.text) || spell.correct(w.plain)) return false;
      if (g.latinWords.has(w.plain) || g.givenPlain.has(w.plain)) return false;
      const count = english.words.count(w.plain);
      if (count !== undefined && (count === 0 || count >= ENGLISH_WORD_COUNT)) return false;
      return !written.has(w.plain) && !names.isName(w.text);
    };

    // the fixed English forms an original word offers, once per word: a place's or language's
    // English name (or the word itself when the original writes it in Latin letters), and the
    // English renderings of a word the bilingual lexicon knows
    const memo = new Map<string, { places: readonly string[]; renderings: readonly string[] }>();
    const formsOf = (ow: Word): { places: readonly string[]; renderings: readonly string[] } => {
      let forms = memo.get(ow.text);
      if (forms) return forms;
      const places = new Set<string>();
      const renderings = new Set<string>();
      // a Latin word of a Cyrillic original is written as English writes it ("Facebook")
      if (LATIN.test(ow.text) && !latinSource) places.add(ow.text);
      if (source) {
        for (const n of source.places?.englishOf(ow.text)?.english ?? [])
          for (const part of n.split(/[ -]+/)) places.add(part);
        for (const r of source.evidence.renderings(ow.text.toLowerCase()))
          if (!/[ -]/.test(r)) renderings.add(r);
      }
      const long = (xs: Set<string>): string[] => [...xs].filter((f) => f.length >= MIN_LENGTH);
      forms = { places: long(places), renderings: long(renderings) };
      memo.set(ow.text, forms);
      return forms;
    };
    const placeForms = (ow: Word): readonly string[] => formsOf(ow).places;
    const renderingForms = (ow: Word): readonly string[] => formsOf(ow).renderings;

    const close = (a: string, b: string): boolean =>
      nearMiss(a, b) || nearMiss(english.stem(a), english.stem(b));

    const capitalised = (c: string): string => c[0]!.toUpperCase() + c.slice(1);
    // a candidate form one edit from the word: same first letter, neither an English derivation of
    // it nor its stem ("Belarusians" for Belarusian, "Romani" for Romania), nor another romanisation
    const nearName = (c: string): boolean =>
      c[0] === w0 &&
      !wPlain.startsWith(c) &&
      !c.startsWith(wPlain) &&
      romanisationKey(c) !== romanisationKey(wPlain);
    let w0 = '';
    let wPlain = '';
    const soundsLike = (c: string, region: readonly Word[]): Word | undefined => {
      const f = foldWord(c);
      return region.find((ow) => ow.cap && (sameName(f, ow.fold) || soundsAlike(f, ow.fold)));
    };

    /** The fixed English form a republished word misspells, and the original word it renders. */
    const fixedFormFor = (w: Word, transliteration: boolean): FixedForm | null => {
      const region = originalRegion(ctx, w, oTitle, oBody);
      // a place's or language's English name
      for (const ow of region) {
        const form = placeForms(ow).find((f) => close(w.plain, plain(f)));
        if (form && romanisationKey(form) !== romanisationKey(w.text) && !romanises(w, [ow]))
          return { form, original: ow.text };
      }
      // a place or language English writes in one form (a country, a large city, a gazetteer place)
      // one letter away and sounding like a word of the original ("Pragua" for Prague: "Празі");
      // when the word itself renders an original word by sound, the form must render that same word
      // ("Ukraynian" and Ukrainian both render "Україні")
      // a transliteration may render a word anywhere in the original ("Ukraynian" of the title's
      // "України" in a paragraph that says "українські")
      const rendered = transliteration ? all.filter((ow) => sameName(w.fold, ow.fold)) : [];
      let from: Word | undefined;
      const near =
        w.text.length < MIN_SOUND_LENGTH || romanises(w, region) || romanises(w, rendered)
          ? undefined
          : oneEdit(w.text, (c) => {
              // the place look-up first: it turns down most candidates, and for less than nearName costs
              if (!names.isMajorPlace(c, MAJOR_CITY) || !nearName(c)) return false;
              const f = foldWord(c);
              from = transliteration ? rendered.find((ow) => sameName(f, ow.fold)) : soundsLike(c, region);
              return from !== undefined;
            });
      if (near && from) return { form: near, original: from.text };
      // a given name whose spellings the gazetteer knows, one letter off them all, where the
      // original has that name ("Vyktor" for "Віктор": Viktor); a spelling some romanisation gives
      // for the original word ("Boris" for "Борис") was left alone above
      if (transliteration && !romanises(w, rendered)) {
        let named: Word | undefined;
        const given = oneEdit(w.text, (c) => {
          if (!nearName(c) || !g.givenPlain.has(c)) return false;
          const f = foldWord(c);
          named = rendered.find((ow) => ow.cap && sameName(f, ow.fold));
          return named !== undefined;
        });
        if (given && named) return { form: given, original: named.text };
      }
      // a word that renders a word of the original by sound is a transliteration of it ("Maryna",
      // "Gazeta"), whatever the dictionary says
      if (transliteration) return null;
      // an English rendering of a word of the original ("Ortodox" for "православний": orthodox)
      for (const ow of region) {
        const form = renderingForms(ow).find((f) => close(w.plain, plain(f)));
        if (form) return { form, original: ow.text };
      }
      return null;
    };

    // a word that some romanisation of the language table gives for a word of the original is written
    // as the table writes it, whatever place it is one letter from ("Tarkhuna" for "Тархуна", not
    // Tarhuna): only a spelling no romanisation gives is a misspelt place
    const romanises = (w: Word, region: readonly Word[]): boolean => {
      const key = romanisationKey(w.text);
      // the same up to a case ending ("Tarkhuna" and "Тархун")
      const sameUpToEnding = (k: string): boolean =>
        Math.abs(k.length - key.length) <= MAX_ENDING &&
        (k.startsWith(key) || key.startsWith(k)) &&
        Math.min(k.length, key.length) >= MIN_LENGTH;
      return region.some(
        (ow) =>
          sameName(w.fold, ow.fold) &&
          ROMANISING.some((lang) => sameUpToEnding(romanisationKey(transliterate(ow.text, lang)))),
      );
    };

    const findings: Finding[] = [];
    const fields = [fieldWords(ctx.title, 'en'), fieldWords(ctx.body, 'en')];
    for (const words of fields) {
      for (const w of words) {
        if (!unknown(w) || ADJECTIVE_ENDING.test(w.plain)) continue;
        const transliteration = all.some((ow) => sameName(w.fold, ow.fold));
        wPlain = w.plain;
        w0 = wPlain[0]!;
        const hit = fixedFormFor(w, transliteration);
        const base = { field: w.field, start: w.start, end: w.end };
        if (hit) {
          const expected = capitalised(hit.form);
          if (plain(expected) !== w.plain)
            findings.push({
              ...base,
              messageId: 'misspelt',
              data: { text: w.text, expected, original: hit.original },
              suggestion: expected,
            });
          continue;
        }
        // Renders no word of the original, yet is one letter from a dictionary word or a known name
        // ("Republyc", "Ukraynian"): a capitalised misspelling, not a name syndiq does not know.
        if (w.text.length < MIN_MISSPELT_LENGTH) continue;
        if (all.some((ow) => ow.cap && soundsAlike(w.fold, ow.fold))) continue;
        const near = oneEdit(
          w.text,
          (c) =>
            // a common word or a place: the dictionary's proper nouns ("Romano") are as many names as any
            (names.isMajorPlace(c, MAJOR_CITY) || spell.correct(c)) && nearName(c),
        );
        if (near)
          findings.push({
            ...base,
            messageId: 'notAWord',
            data: { text: w.text, expected: capitalised(near) },
            suggestion: capitalised(near),
          });
      }
    }
    return findings;
  },
});
