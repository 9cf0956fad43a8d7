/**
 * @fileoverview Names of the original that the republished text lost: translated as common words
 * ("Андрій Заєць" → "Andriy Hare", "Кривий Ріг" → "Crooked Horn"), misspelt against their fixed
 * English form ("Піт Гегсет" → "Pitt Hegset", "Маріуполь" → "Mariupil"), or in a russified form.
 *
 * A surname after a kept given name replaced by another name ("Ірина Коваленко" → "Iryna Kovalchuk").
 *
 * Leaves alone: any rendering that folds to the original's name (Kharkiv, Kharkov and "Харкові"
 * fold alike; "Oleg" renders "Олег"); surnames that are common nouns but were kept (Koval,
 * Horobets, Vogel, Herrero); accepted variants (Kiev); names the republished text simply does not
 * mention (that is an omission, not a name error).
 */
import type { Field, Severity } from '../../model.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import {
  entriesNaming,
  foldedFormOf,
  gazetteer,
  plainFormOf,
  wordsOf,
  type Gazetteer,
  type GazetteerEntry,
} from '../../resources/gazetteer.js';
import { extractNames, originalWords, type NameMention } from '../../analysis/original-names.js';
import { isCommonWord, speller } from '../../resources/speller.js';
import {
  fieldWords,
  findPhrase,
  nearMiss,
  plain,
  sameName,
  soundsAlike,
  translitVariant,
  type Word,
} from '../../analysis/words.js';
import levenshtein from 'fast-levenshtein';
import { scriptOfLanguage } from '../../text/script.js';

interface Translation {
  phrase: string[];
  original: string;
}

/** Republished body paragraphs that render an original paragraph (with neighbours, for loose alignments). */
function regionFor(ctx: RuleContext, mention: NameMention, title: Word[], body: Word[]): Word[] {
  if (mention.field === 'original.title') return title;
  const paras = new Set<number>();
  for (const pair of ctx.alignment?.pairs ?? []) {
    if (pair.original === mention.para && pair.republished !== null) {
      for (const d of [-1, 0, 1]) paras.add(pair.republished + d);
    }
  }
  if (paras.size === 0) return body;
  return body.filter((w) => paras.has(w.para));
}

function matchesForm(
  g: Gazetteer,
  words: readonly Word[],
  form: readonly string[],
  lang: string,
  latin: boolean,
): boolean {
  for (let k = 0; k + form.length <= words.length; k++) {
    const ok = form.every((f, j) => {
      const w = words[k + j]!;
      return latin ? w.plain === plainFormOf(g, f) : sameName(w.fold, foldedFormOf(g, f, lang));
    });
    if (ok) return true;
  }
  return false;
}

/**
 * The gazetteer entry an original mention names, by its native forms (or its Latin forms, exactly);
 * persons also by surname alone. A mention with a given name in it is a person, never a place
 * ("Олександру Черкасову" is not Cherkasy).
 */
function gazetteerEntry(g: Gazetteer, m: NameMention, lang: string): GazetteerEntry | null {
  const person = m.words.some((w) => g.isGivenName(w.fold));
  for (const e of entriesNaming(g, m.words, lang)) {
    if (person && e.kind !== 'person') continue;
    const forms: [readonly string[], boolean][] = [
      ...e.native.map((f): [readonly string[], boolean] => [f, false]),
      ...[e.canonical, ...e.accepted, ...e.russified].map((f): [readonly string[], boolean] => [
        wordsOf(f),
        true,
      ]),
    ];
    for (const [form, latin] of forms) {
      if (matchesForm(g, m.words, form, lang, latin)) return e;
      if (
        e.kind === 'person' &&
        form.length >= 2 &&
        m.words.length === 1 &&
        matchesForm(g, m.words, form.slice(-1), lang, latin)
      )
        return e;
    }
  }
  return null;
}

/** Ukrainian and Russian adjectives made from place names (-ський, -ский, -цький, -зький and their forms). */
const PLACE_ADJECTIVE = /(?:ськ|цьк|зьк|ск|цк|зк)(?:ий|ій|ая|ое|ой|ого|ому|ім|им|ої|ою|а|е|і|их|ими|ие)$/u;

const LATIN = /^\p{Script=Latin}+$/u;

/** The same adjective endings transliterated: Pokrovskyi, Saltivska, Ternivske, Pokrovskoho. */
const LATIN_PLACE_ADJECTIVE = /(?:sk|tsk|zk)(?:yi|yy|iy|ij|ii|y|i|a|e|oe|aya|oho|omu|ogo)$/;

/** Nouns after which an adjectival place name stays transliterated: official names of districts, streets… */
const DESIGNATORS = new Set([
  'district',
  'districts',
  'raion',
  'region',
  'oblast',
  'province',
  'county',
  'municipality',
  'community',
  'hromada',
  'street',
  'avenue',
  'lane',
  'boulevard',
  'square',
  'prospect',
  'embankment',
  'highway',
  'road',
  'bridge',
  'park',
  'station',
  'metro',
  'village',
  'settlement',
  'council',
  'court',
  'island',
  'lake',
  'river',
  'reservoir',
  'bay',
  'gulf',
  'spit',
  'estuary',
  'forest',
  'mountain',
  'mountains',
  'ridge',
  'quarter',
  'microdistrict',
  'krai',
]);

/** Consonant alternations before adjective suffixes: Рига / Рижский, Прага / Празький. */
function unalternate(s: string): string {
  return s.replace(/[žz]$/, 'h').replace(/č$/, 'k');
}

/** The gazetteer place an adjective is made from: Рижский → Riga, Львівський → Lviv, Одеський → Odesa. */
function placeOfAdjective(g: Gazetteer, adjFold: string, lang: string): GazetteerEntry | null {
  const m = /^(.*?)(?:sk|zk|k)(?:[aeiouh]|im|omu)*$/.exec(adjFold);
  if (!m || !m[1] || m[1].length < 3) return null;
  const stem = unalternate(m[1]);
  for (const e of g.entries) {
    if (e.kind !== 'place') continue;
    for (const form of e.native) {
      if (form.length !== 1) continue;
      const f = foldedFormOf(g, form[0]!, lang);
      if ((f.startsWith(stem) && f.length - stem.length <= 2) || f === m[1]) return e;
    }
  }
  return null;
}

/** Cyrillic writes an English initial W as У before a vowel ("Уилк" for Wilk): read it as the fold of W. */
function cyrillicW(fold: string): string {
  return fold.replace(/^u(?=[aeiouy])/, 'v');
}

/** Largest edit distance still read as a misspelling of a word this long. */
function allowance(len: number): number {
  return len >= 7 ? 2 : len >= 4 ? 1 : 0;
}

export const nameMismatch = defineRule({
  meta: {
    id: 'fidelity/name-mismatch',
    kind: 'name',
    mqm: 'Accuracy/Mistranslation',
    severity: 'critical',
    description:
      'Names of the original translated as common words, misspelt against their fixed English form, or russified; keeps every faithful transliteration.',
    hasSuggestions: true,
    needs: ['original'],
    messages: {
      translatedName: 'The name "{{original}}" is translated as the common word "{{text}}"',
      misspelt: '"{{text}}" misspells {{expected}} ("{{original}}" in the original)',
      replaced: '"{{text}}" stands where the original has the surname "{{original}}"',
      russified: '"{{text}}" is a russified or outdated form of {{expected}}',
      transliteratedAdjective:
        '"{{text}}" transliterates the adjective "{{original}}"; English names the place: {{expected}}',
    },
  },
  check(ctx) {
    const o = ctx.original;
    if (!o) return [];
    const g = gazetteer(ctx.resources);
    const lang = ctx.body.lang;
    // Names keep the spelling of a Latin-script source ("Tomasz" is read the Polish way).
    const latinSource = scriptOfLanguage(o.lang) === 'Latin';
    // Folds compare a Latin rendering with the original's name reliably, not a Cyrillic one of an
    // English name ("Літгоу" for Lithgow): a replaced surname is judged in Latin-script text only.
    const latinTarget = scriptOfLanguage(lang) === 'Latin';
    const title = fieldWords(ctx.title, latinSource ? o.lang : ctx.title.lang);
    const body = fieldWords(ctx.body, latinSource ? o.lang : lang);
    const rep = [...title, ...body];
    const byField: Record<string, Word[]> = { title, body };
    const origAll = originalWords(o);
    // capitalised words of the original: a republished word that renders one is a cognate, not a translation
    const origFolds = [
      ...new Set(
        origAll
          .filter((w) => w.cap)
          .map((w) => w.fold)
          .filter(Boolean),
      ),
    ];
    const repFolds = [...new Set(rep.map((w) => w.fold).filter(Boolean))];
    const found = (fold: string): boolean => repFolds.some((f) => sameName(f, fold));
    const inOriginal = (w: Word): boolean => origFolds.some((f) => sameName(w.fold, f));
    const ordinary = (w: Word): boolean =>
      w.cap &&
      !g.latinWords.has(w.plain) &&
      !g.givenPlain.has(w.plain) &&
      !inOriginal(w) &&
      isCommonWord(ctx.resources, w.text, w.field === 'title' ? ctx.title.lang : lang);

    // a word the dictionary knows (even as a proper noun: "Russian") is not a misspelt name
    const known = (w: Word): boolean => speller(ctx.resources, lang)?.correct(w.text) ?? false;
    const findings: Finding[] = [];
    const taken = new Set<string>();
    const emit = (
      field: Field,
      from: Word,
      to: Word,
      messageId: string,
      data: Record<string, string>,
      severity?: Severity,
      suggestion?: string,
    ): void => {
      const key = `${field}:${from.start}:${to.end}`;
      if (taken.has(key)) return;
      taken.add(key);
      const f: Finding = { messageId, field, start: from.start, end: to.end, data };
      if (severity) f.severity = severity;
      if (suggestion) f.suggestion = suggestion;
      findings.push(f);
    };
    const translations: Translation[] = [];
    const original = (m: NameMention): string => m.words.map((w) => w.text).join(' ');

    const checkGazetteer = (m: NameMention, e: GazetteerEntry): void => {
      if ([e.canonical, ...e.accepted].some((f) => findPhrase(rep, wordsOf(f)).length > 0)) return;
      let russified = false;
      for (const form of e.russified) {
        for (const hit of findPhrase(rep, wordsOf(form))) {
          const a = rep[hit.from]!;
          const b = rep[hit.to]!;
          if (a.field !== b.field) continue;
          emit(a.field, a, b, 'russified', { text: form, expected: e.canonical }, 'minor', e.canonical);
          russified = true;
        }
      }
      if (russified) return;
      const region = regionFor(ctx, m, title, body);
      const target = wordsOf(e.canonical).map(plain);
      // Misspelt: a run of capitalised words, each within a few edits of the fixed form.
      for (let i = 0; i + target.length <= region.length; i++) {
        const run = region.slice(i, i + target.length);
        if (!run.every((w, k) => w.cap && (k === 0 || (w.joined && w.index === run[k - 1]!.index + 1))))
          continue;
        const last = target.length - 1;
        const ok = run.every((w, k) => {
          const t = target[k]!;
          if (k === last || target.length === 1) return w.plain === t || (nearMiss(w.plain, t) && !known(w));
          return w.plain[0] === t[0] && levenshtein.get(w.plain, t) <= Math.max(2, allowance(t.length));
        });
        const forms = [e.canonical, ...e.accepted].map(wordsOf);
        const variant = forms.some(
          (f) => f.length === run.length && f.every((x, k) => translitVariant(run[k]!.text, x)),
        );
        if (ok && variant) return;
        // The original has an adjective made from the place ("у Покровському районі") and the text
        // transliterates that adjective ("Pokrovskyi district"): a faithful rendering, not a misspelling.
        const adjective =
          PLACE_ADJECTIVE.test(m.words[m.words.length - 1]!.plain) &&
          LATIN_PLACE_ADJECTIVE.test(run[last]!.plain);
        if (ok && !adjective && run.some((w, k) => w.plain !== target[k])) {
          emit(
            run[0]!.field,
            run[0]!,
            run[last]!,
            'misspelt',
            { text: run.map((w) => w.text).join(' '), expected: e.canonical, original: original(m) },
            'major',
            e.canonical,
          );
          return;
        }
      }
      // Translated: a multi-word name rendered as a run of ordinary capitalised words ("Crooked Horn").
      const n = Math.max(target.length, ...e.native.map((f) => f.length));
      if (e.kind !== 'place' || n < 2 || m.words.length < 2) return;
      for (let i = 0; i + m.words.length <= region.length; i++) {
        const run = region.slice(i, i + m.words.length);
        if (
          !run.every(
            (w, k) => (k === 0 ? !w.initial : w.joined && w.index === run[k - 1]!.index + 1) && ordinary(w),
          )
        )
          continue;
        const before = byField[run[0]!.field]![run[0]!.index - 1];
        const after = byField[run[0]!.field]![run[run.length - 1]!.index + 1];
        // part of a longer capitalised name: not this one
        if ((before && before.cap && run[0]!.joined) || (after && after.cap && after.joined)) continue;
        translations.push({ phrase: run.map((w) => w.plain), original: original(m) });
        return;
      }
    };

    const checkGeneric = (m: NameMention): void => {
      if (m.words.length < 2) return;
      const ws = m.words;
      for (let j = 0; j < ws.length; j++) {
        const t = ws[j]!;
        if (found(t.fold)) continue;
        // A surname after a given name that the republished text kept: the word in its place.
        if (j === 0 || !g.isGivenName(ws[j - 1]!.fold) || !found(ws[j - 1]!.fold)) continue;
        const anchor = ws[j - 1]!.fold;
        for (const r of rep) {
          if (!sameName(r.fold, anchor)) continue;
          const cand = byField[r.field]![r.index + 1];
          if (!cand || !cand.joined || !cand.cap) continue;
          if (soundsAlike(cand.fold, t.fold) || soundsAlike(cand.fold, cyrillicW(t.fold))) continue;
          if (ordinary(cand)) translations.push({ phrase: [cand.plain], original: t.text });
          // another name in its place ("Iryna Kovalchuk" for "Ірина Коваленко"): not one of the original's
          else if (latinTarget && !inOriginal(cand) && !g.givenNames.has(cand.fold))
            emit(cand.field, cand, cand, 'replaced', { text: cand.text, original: t.text }, 'major');
        }
      }
    };

    const mentions = extractNames(origAll, o.lang, g.isGivenName, ctx.resources);
    const seen = new Set<string>();
    for (const m of mentions) {
      const key = m.words.map((w) => w.fold).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const e = gazetteerEntry(g, m, o.lang);
      if (e) checkGazetteer(m, e);
      else checkGeneric(m);
    }

    // An adjective made from a known place, transliterated instead of translated ("Рижский марафон"
    // → "Rizhsky marathon" for "Riga Marathon"). Designators keep the adjective: "Saltivskyi district".
    for (const o2 of origAll) {
      if (!o2.cap || !PLACE_ADJECTIVE.test(o2.plain)) continue;
      // used as an adjective: a noun follows it, not a preposition or punctuation ("в Черноморское на…")
      const oNext = origAll[origAll.indexOf(o2) + 1];
      if (!oNext || !oNext.joined || oNext.cap || oNext.text.length < 4 || oNext.field !== o2.field) continue;
      const place = placeOfAdjective(g, o2.fold, o.lang);
      if (!place) continue;
      for (const w of rep) {
        // a transliteration: Latin letters for a Cyrillic adjective (a Russian republication keeps "Рижский")
        if (
          !w.cap ||
          !LATIN.test(w.text) ||
          g.latinWords.has(w.plain) ||
          known(w) ||
          !sameName(w.fold, o2.fold)
        )
          continue;
        const next = byField[w.field]![w.index + 1];
        if (!next || !next.joined || next.cap || next.text.length < 4 || DESIGNATORS.has(next.plain))
          continue;
        emit(
          w.field,
          w,
          w,
          'transliteratedAdjective',
          { text: w.text, original: o2.text, expected: place.canonical },
          'major',
          place.canonical,
        );
      }
    }

    // Every capitalised occurrence of a translated name is the same error (plurals included: "Sabers").
    for (const tr of translations) {
      for (const list of [title, body]) {
        const variants = [tr.phrase];
        const last = tr.phrase[tr.phrase.length - 1]!;
        variants.push([...tr.phrase.slice(0, -1), `${last}s`], [...tr.phrase.slice(0, -1), `${last}es`]);
        for (const v of variants) {
          for (const hit of findPhrase(list, v)) {
            const a = list[hit.from]!;
            const b = list[hit.to]!;
            if (!a.cap) continue;
            emit(a.field, a, b, 'translatedName', {
              text: list
                .slice(hit.from, hit.to + 1)
                .map((w) => w.text)
                .join(' '),
              original: tr.original,
            });
          }
        }
      }
    }
    return findings;
  },
});
