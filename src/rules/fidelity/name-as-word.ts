/**
 * @fileoverview A word of a name read as a common word: the translation keeps one word of a
 * multi-word name and puts an unrelated English word in place of the next ("Верховна Рада" →
 * "Verkhovna Glad", as if "рада" were "glad"; "Біла Церква" → "Bila Church"), and then the same
 * wrong word wherever the original repeats that part of the name alone ("Рада ухвалила…" → "Glad
 * adopted…").
 *
 * Only the last word of a name is judged (the word a Slavic name is built on), only where the
 * aligned paragraphs render it nowhere, and only beside its kept neighbour. The kept word anchors the place: the word beside it must render the name's next word as a name
 * does, by transliterating it or sounding like it ("Rada", "Tserkva"). A capitalised, ordinary
 * English word there, whether a dictionary rendering ("Church", "Council") or a misreading ("Glad"),
 * read the name as a common word. Only such a word counts, so partial mentions ("Oleg said"), titles and
 * designators the original has in lower case, acronyms ("ОДА" → "Regional State Administration") and
 * surnames after a kept given name (`fidelity/name-mismatch` judges those) are left alone.
 *
 * A name put into English as a common word in full, with no kept word beside it, is judged in
 * `name-replaced.ts`.
 */
import { extractNames, originalWords, type NameMention } from '../../analysis/original-names.js';
import { fieldWords, sameName, soundsAlike, type Word } from '../../analysis/words.js';
import { gazetteer } from '../../resources/gazetteer.js';
import { isCommonWord } from '../../resources/speller.js';
import type { Resources } from '../../resources.js';
import levenshtein from 'fast-levenshtein';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { replacedNames } from './name-replaced.js';

const LETTERS_ONLY = /^\p{L}+$/u;
/** Shorter name words are particles or initials ("de", "Ю."). */
const MIN_NAME_WORD = 3;

interface Replaced {
  /** The name word of the original that was read as a common word. */
  original: Word;
  /** The English word put in its place, as written (lowercased for matching). */
  word: string;
  name: string;
}

/**
 * The original's name mentions, each with a capitalised word joined before it even where that word
 * opens a sentence ("Верховна Рада 10 червня…": "Верховна" says nothing by its capital alone).
 */
function mentions(
  all: readonly Word[],
  lang: string,
  isGivenName: (fold: string) => boolean,
  resources: Resources,
): NameMention[] {
  return extractNames(all, lang, isGivenName, resources).map((m) => {
    const first = m.words[0]!;
    const before = all[all.indexOf(first) - 1];
    if (!before || !first.joined || !before.cap || before.field !== first.field || !before.fold) return m;
    return { ...m, words: [before, ...m.words] };
  });
}

/** Largest edit distance between folds still read as the same name word ("Лайт" / "Light"). */
const MAX_NAME_DISTANCE = 2;

/** A republished word renders a name word as a name does: transliterated or sounding alike. */
function rendersName(w: Word, target: Word): boolean {
  if (!w.fold || !target.fold) return false;
  if (sameName(w.fold, target.fold) || soundsAlike(w.fold, target.fold)) return true;
  return w.fold[0] === target.fold[0] && levenshtein.get(w.fold, target.fold) <= MAX_NAME_DISTANCE;
}

/** The republished body paragraphs aligned with an original paragraph, with their neighbours. */
function alignedBody(ctx: RuleContext, para: number, body: Word[]): Word[] {
  const paras = new Set<number>();
  for (const pair of ctx.alignment?.pairs ?? [])
    if (pair.original === para && pair.republished !== null)
      for (const d of [-1, 0, 1]) paras.add(pair.republished + d);
  return paras.size ? body.filter((w) => paras.has(w.para)) : body;
}

export const nameAsWord = defineRule({
  meta: {
    id: 'fidelity/name-as-word',
    kind: 'mistranslation',
    mqm: 'Accuracy/Mistranslation',
    severity: 'critical',
    description:
      'A word of a name put into English as an unrelated common word beside the name\'s kept word ("Verkhovna Glad" for "Верховна Рада"), and wherever that part of the name recurs; a name its sentence renders nowhere with a common noun in its place ("opened in bread" for "у Празі"), minor.',
    needs: ['original'],
    messages: {
      nameAsWord:
        '"{{text}}" stands for "{{original}}" in the name "{{name}}": the name is read as a common word',
      replaced:
        '"{{text}}" stands where the original has "{{original}}", which the translation renders nowhere: the name is read as a common word',
    },
  },
  check(ctx) {
    const o = ctx.original;
    if (!o || ctx.body.lang !== 'en' || o.lang === 'en') return [];
    const g = gazetteer(ctx.resources);
    const origAll = originalWords(o);
    const capitalFolds = [...new Set(origAll.filter((w) => w.cap).map((w) => w.fold))].filter(Boolean);
    const title = fieldWords(ctx.title, ctx.title.lang);
    const body = fieldWords(ctx.body, ctx.body.lang);
    const lists = [title, body];

    // an ordinary English word that is no name, renders no capitalised word of the original, and is capitalised
    const ordinary = (w: Word): boolean =>
      w.cap &&
      !w.initial &&
      LETTERS_ONLY.test(w.text) &&
      !g.latinWords.has(w.plain) &&
      !g.givenPlain.has(w.plain) &&
      !capitalFolds.some((f) => sameName(w.fold, f)) &&
      isCommonWord(ctx.resources, w.text, 'en');

    const findings: Finding[] = [...replacedNames(ctx)];
    const replaced: Replaced[] = [];
    for (const m of mentions(origAll, o.lang, g.isGivenName, ctx.resources)) {
      // the word a Slavic name is built on comes last ("Біла Церква", "Верховна Рада"); a modifier
      // before it is often put into English on purpose ("Greater Odesa"), and a longer run is often
      // two names side by side ("України Володимир Зеленський")
      const target = m.words[m.words.length - 1]!;
      const anchor = m.words[m.words.length - 2];
      if (!anchor || target.acronym || target.text.length < MIN_NAME_WORD || !LETTERS_ONLY.test(target.text))
        continue;
      // people's names: fidelity/name-mismatch judges a surname after a kept given name
      if (g.isGivenName(anchor.fold) || g.isGivenName(target.fold)) continue;
      const region = m.field === 'original.title' ? title : alignedBody(ctx, m.para, body);
      if (region.some((w) => rendersName(w, target))) continue;
      for (const r of region) {
        if (!r.cap || !sameName(r.fold, anchor.fold)) continue;
        const n = lists[r.field === 'title' ? 0 : 1]![r.index + 1];
        if (!n || !n.joined || !ordinary(n)) continue;
        replaced.push({ original: target, word: n.plain, name: m.words.map((w) => w.text).join(' ') });
      }
    }
    if (!replaced.length) return findings;

    // the same wrong word, capitalised, in a field whose original has that name word: "Glad adopted…"
    const taken = new Set<string>();
    const inOriginalField = (field: string, target: Word): boolean =>
      origAll.some((w) => w.field === `original.${field}` && sameName(w.fold, target.fold));
    for (const rp of replaced) {
      for (const list of lists) {
        if (!list[0] || !inOriginalField(list[0].field, rp.original)) continue;
        for (const w of list) {
          if (w.plain !== rp.word || !w.cap) continue;
          const key = `${w.field}:${w.start}`;
          if (taken.has(key)) continue;
          taken.add(key);
          findings.push({
            messageId: 'nameAsWord',
            field: w.field,
            start: w.start,
            end: w.end,
            data: { text: w.text, original: rp.original.text, name: rp.name },
          });
        }
      }
    }
    return findings;
  },
});
