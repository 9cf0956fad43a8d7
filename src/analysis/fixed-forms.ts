/**
 * Words of an original that English writes in one fixed form, and whether an English passage renders
 * them: a name (a capitalised word whose capital means something), a place or language of the name
 * tables ("Москвы": Moscow, "українська": Ukrainian), or a word whose dictionary renderings in use are
 * proper nouns or adjectives English capitalises ("вівторок": Tuesday, "чеських": Czech). A translation that
 * renders such a word nowhere has dropped it or put something else in its place; which of the two is
 * the caller's to judge.
 */
import type { LexicalResources, SourceSide } from '../meaning/lexical.js';
import type { Resources } from '../resources.js';
import { gazetteer } from '../resources/gazetteer.js';
import { speller } from '../resources/speller.js';
import { foldWord, prefixKey } from '../text/translit.js';
import { languageInfo } from '../lang/languages.js';
import { plain, sameName, soundsAlike, type Word } from './words.js';

const LETTERS = /^\p{L}+$/u;
const LATIN = /^\p{Script=Latin}+$/u;
/** Two capitals in a word mark an acronym or a word built on one ("КДБістський", "УрФО"). */
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
/** Shorter words are initials and particles. */
const MIN_LENGTH = 3;
/**
 * The second-person pronoun that Ukrainian and Russian letters, adverts and replies capitalise out of
 * courtesy ("Дякуємо Вам", "Мы ждём Вас"); the bilingual lexicons list no pronoun forms to tell it by.
 */
const COURTESY_PRONOUNS: ReadonlySet<string> = new Set(
  [
    'ви',
    'вас',
    'вам',
    'вами',
    'ваш',
    'ваша',
    'ваше',
    'ваші',
    'вашого',
    'вашої',
    'вашому',
    'вашій',
    'вашим',
    'вашими',
    'вашу',
    'ваших',
  ].concat(['вы', 'ваши', 'вашего', 'вашей', 'вашему', 'вашем']),
);
/** SUBTLEX-US count from which a rendering is a word people use ("Tuesday"), not a dictionary's rarity ("Lethe" for "лета"). */
const COMMON_PROPER_COUNT = 100;
/** Letters an English derivation keeps of its base ("Ukrain-ian", "Czech-s", "Europe-an"). */
const MIN_SHARED_PREFIX = 4;

export interface FixedForms {
  /** The English forms of an original word (plain letters, single words), or null when it has no fixed form. */
  formsOf(w: Word): readonly string[] | null;
  /** Whether some of `ws` renders the original word: transliterated, sounding alike, or in one of its forms or their derivations. */
  renders(w: Word, ws: readonly Word[]): boolean;
  /** Whether some of `ws` is the original word in one of its forms (by English stem) or, lacking forms, its transliteration. */
  rendersExactly(w: Word, ws: readonly Word[]): boolean;
}

function words(forms: readonly string[]): string[] {
  return forms.flatMap((f) => f.split(/[ -]+/)).map(plain);
}

/** A republished word is a form of an English name or one of its derivations ("Ukrainian" of Ukraine). */
function derives(w: string, form: string, stem: (s: string) => string): boolean {
  if (w === form || stem(w) === stem(form)) return true;
  const shared = Math.max(MIN_SHARED_PREFIX, Math.min(w.length, form.length) - 2);
  return form.length >= MIN_SHARED_PREFIX && w.slice(0, shared) === form.slice(0, shared);
}

/** Words whose forms are kept across articles (a few days of news vocabulary); past it, all are dropped. */
const FORMS_MEMO_MAX = 50_000;

/** One `FixedForms` per resources, lexical resources and language: its memo serves every article. */
const built = new WeakMap<Resources, WeakMap<LexicalResources, Map<string, FixedForms | null>>>();

export function fixedForms(lang: string, resources: Resources, lex: LexicalResources): FixedForms | null {
  let byLex = built.get(resources);
  if (!byLex) built.set(resources, (byLex = new WeakMap()));
  let byLang = byLex.get(lex);
  if (!byLang) byLex.set(lex, (byLang = new Map()));
  if (!byLang.has(lang)) byLang.set(lang, buildFixedForms(lang, resources, lex));
  return byLang.get(lang)!;
}

function buildFixedForms(lang: string, resources: Resources, lex: LexicalResources): FixedForms | null {
  const source: SourceSide | undefined = lex.source(lang);
  const spell = speller(resources, 'en');
  if (!source || !spell) return null;
  const english = lex.english();
  const capitalisesNouns = languageInfo(lang)?.capitalisesNouns ?? false;
  const g = gazetteer(resources);
  // an English word the dictionary knows only capitalised is a proper noun or adjective ("Tuesday")
  const proper = (r: string): boolean =>
    LETTERS.test(r) && !spell.correct(r) && spell.correct(r[0]!.toUpperCase() + r.slice(1));
  const gazetteerForms = (w: Word): string[] =>
    g.entries
      .filter((e) => e.native.some((n) => n.length === 1 && sameName(w.fold, foldWord(n[0]!, lang))))
      .flatMap((e) => words([e.canonical, ...e.accepted, ...e.russified]));

  // a word's forms depend on its text, fold and whether its capital means a name, nothing else
  const memo = new Map<string, { forms: readonly string[] | null; stems: ReadonlySet<string> }>();
  const known = (w: Word): { forms: readonly string[] | null; stems: ReadonlySet<string> } => {
    const key = `${w.cap && !w.initial ? 'N' : 'w'}${w.text}\u0000${w.fold}`;
    let hit = memo.get(key);
    if (!hit) {
      const forms = computeForms(w);
      hit = { forms, stems: new Set((forms ?? []).map(english.stem)) };
      if (memo.size >= FORMS_MEMO_MAX) memo.clear();
      memo.set(key, hit);
    }
    return hit;
  };
  const formsOf = (w: Word): readonly string[] | null => known(w).forms;
  const computeForms = (w: Word): readonly string[] | null => {
    let out: readonly string[] | null = null;
    const lower = w.text.toLowerCase();
    const renderings = source.evidence.renderings(lower).filter((r) => !/[ -]/.test(r));
    // a place only where the original capitalises it, and at a sentence start only a word the
    // dictionary does not know: lower-case "того" is "that", not Togo
    const places =
      w.cap && (!w.initial || !renderings.length) ? (source.places?.englishOf(w.text)?.english ?? []) : [];
    // a capitalised word the bilingual dictionary knows is a title or a character's capital
    // ("Премии", "Зайца"), unless it is a place or a given name ("Надія")
    const isName =
      w.cap &&
      !w.initial &&
      !w.acronym &&
      !TWO_CAPITALS.test(w.text) &&
      w.text.length >= MIN_LENGTH &&
      !COURTESY_PRONOUNS.has(lower) &&
      // where every noun is capitalised (German) a capital alone makes no name
      (!capitalisesNouns || places.length > 0 || g.isGivenName(w.fold)) &&
      (!renderings.length || places.length > 0 || g.isGivenName(w.fold));
    if (LETTERS.test(w.text) && !source.isFunction(lower)) {
      if (isName || places.length) out = [...words(places), ...gazetteerForms(w), ...renderings.map(plain)];
      else {
        // the dictionary's renderings people use are all proper ("turkish"; its rare "ottoman"
        // aside): slang senses ("tommy" for "рядового") sit beside common ones
        // a word the original capitalises inside a sentence, every rendering of it proper, is a name
        // however rare its English ("Коран": Koran); the capital rules out the rare common senses
        const capitalInside = w.cap && !w.initial && !capitalisesNouns;
        let used = false;
        let allProper = true;
        for (const r of renderings) {
          if (!capitalInside && (english.words.count(r) ?? 0) < COMMON_PROPER_COUNT) continue;
          used = true;
          if (!proper(r)) {
            allProper = false;
            break;
          }
        }
        if (used && allProper) out = renderings.map(plain);
      }
    }
    return out;
  };

  return {
    formsOf,
    renders(w, ws) {
      const forms = formsOf(w) ?? [];
      // a word the original writes in Latin letters is kept as it is, perhaps inside a longer one
      if (LATIN.test(w.text) && ws.some((r) => r.plain.includes(w.plain))) return true;
      return ws.some(
        (r) =>
          sameName(r.fold, w.fold) ||
          // sounding alike is loose ("Grain" and "Германии"): only a word capitalised as a name
          (r.cap &&
            (!r.initial || !spell.correct(r.plain)) &&
            (soundsAlike(r.fold, w.fold) || prefixKey(r.text) === prefixKey(w.text, lang))) ||
          forms.some((f) => derives(r.plain, f, english.stem)),
      );
    },
    rendersExactly(w, ws) {
      const entry = known(w);
      const forms = entry.forms ?? [];
      const stems = entry.stems;
      return ws.some(
        (r) =>
          r.fold === w.fold ||
          stems.has(english.stem(r.plain)) ||
          (!forms.length && sameName(r.fold, w.fold)) ||
          (LATIN.test(w.text) && r.plain.includes(w.plain)),
      );
    },
  };
}
