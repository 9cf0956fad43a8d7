/**
 * A name of the original that its sentence's translation renders nowhere, with an ordinary English
 * word in lower case standing in its place ("Надія прийшла" → "hope came"; "у Празі" → "in rivers"):
 * the name was read as a common word. Part of `fidelity/name-as-word`.
 *
 * The name is any word English writes in a fixed form (`analysis/fixed-forms`): a capitalised name, a
 * place or language of the name tables, a proper adjective or noun ("українських": Ukrainian). It must
 * be rendered nowhere in the aligned paragraphs, and the sentence's translation must hold no
 * capitalised word that renders nothing of the original sentence: such a word is most often the
 * name in a form syndiq cannot match (an English exonym, "Aiden" for "Ейдіна", "Labor Office" for
 * "Управління"). The word put in its place is a dictionary word that no word of the original sentence
 * explains and that can be a noun; of several, the one after a preposition or article and nearest the
 * name's place in the sentence.
 */
import { alignedGroups } from '../../analysis/aligned-groups.js';
import { fixedForms, type FixedForms } from '../../analysis/fixed-forms.js';
import { lexicalOf, sentenceEvidence } from '../../analysis/sentence-evidence.js';
import { fieldWords, sameName, type Word } from '../../analysis/words.js';
import { isCommonWord, speller } from '../../resources/speller.js';
import type { Span } from '../../text/segment.js';
import { foldWord } from '../../text/translit.js';
import type { Finding, RuleContext } from '../types.js';

const LETTERS = /^\p{L}+$/u;
/** Shorter capitalised words are initials, "I" and abbreviations. */
const MIN_LENGTH = 3;

/** A capitalised word beside another capitalised word of the same sentence. */
function titleCaseRun(ws: readonly Word[], i: number): boolean {
  const capital = (w: Word | undefined): boolean => !!w && (w.cap || w.acronym);
  return (capital(ws[i - 1]) && ws[i]!.joined) || (capital(ws[i + 1]) && ws[i + 1]!.joined);
}

const within = (ws: readonly Word[], s: Span): Word[] =>
  ws.filter((w) => w.start >= s.start && w.end <= s.end);

/**
 * The fixed-form words of an original sentence that its translation renders nowhere. Each name
 * (once per spelling) takes a word of its own, its exact forms first and then derivations, so that
 * "Ukraine" does not render both "українці" and "України"; a name left over is rendered nowhere when
 * the aligned paragraphs hold none of its own forms either ("Ukrainian" there does not render it).
 * `standIn` tells a word of the translation that could stand in for a name (see below).
 */
function unrendered(
  oIn: readonly Word[],
  rIn: readonly Word[],
  rGroup: readonly Word[],
  fixed: FixedForms,
  standIn: (r: Word) => boolean,
): Word[] {
  const seen = new Set<string>();
  const named = oIn.filter((ow) => fixed.formsOf(ow) !== null && !seen.has(ow.fold) && seen.add(ow.fold));
  const used = new Set<Word>();
  const take = (ow: Word, match: (ow: Word, ws: readonly Word[]) => boolean): boolean => {
    const r = rIn.find((x) => !used.has(x) && match(ow, [x]));
    if (r) used.add(r);
    return r !== undefined;
  };
  const inexact = named.filter((ow) => !take(ow, fixed.rendersExactly));
  const left = inexact.filter((ow) => !take(ow, fixed.renders) && !fixed.rendersExactly(ow, rGroup));
  // a word of a longer name whose neighbour is rendered: the name is there, shortened ("Pasichnyk
  // said" for "Тетяна Пасічник"), unless a stand-in sits where the word would be: after the
  // rendered given name ("President Volodymyr spring" for "Володимир Зеленський"), or before the
  // rendered surname right after a capitalised title ("Prime Minister oak Heger"), where English
  // puts no common noun ("the head teacher Pasichnyk" is a role, kept)
  const partOfRendered = (ow: Word): boolean => {
    const at = oIn.indexOf(ow);
    return [oIn[at - 1], oIn[at + 1]].some((n) => {
      if (n === undefined || !n.cap) return false;
      const before = n === oIn[at + 1];
      if (!(before ? n.joined : ow.joined)) return false;
      const i = rIn.findIndex((x) => fixed.renders(n, [x]));
      if (i < 0) return false;
      const beside = rIn[before ? i - 1 : i + 1];
      if (!beside || !standIn(beside) || !(before ? rIn[i]!.joined : beside.joined)) return true;
      const title = rIn[i - 2];
      return before && !(title && beside.joined && (title.cap || title.acronym));
    });
  };
  return left.filter((ow) => !partOfRendered(ow));
}

/** One name of an original sentence rendered nowhere, and the words that could stand in for it. */
interface Missing {
  name: Word;
  candidates: Word[];
  /** Ranks a candidate by its place: lower is likelier. */
  place: (r: Word) => number;
}

/** Findings of names replaced by a common word, in the body (headlines are rewritten too freely). */
export function replacedNames(ctx: RuleContext): Finding<'replaced'>[] {
  const o = ctx.original;
  const evidence = ctx.use(sentenceEvidence);
  if (!o || !evidence || !ctx.alignment) return [];
  const lex = lexicalOf(ctx);
  const fixed = fixedForms(o.lang, ctx.resources, lex);
  if (!fixed) return [];
  const english = lex.english();
  const spell = speller(ctx.resources, 'en');
  // a name read as a common word is read as a noun: the English dictionary gives nouns the
  // possessive ("bread's", "river's"), not verbs, adverbs or pronouns ("flew", "exactly", "his")
  const nounLike = (w: string): boolean =>
    !!spell?.correct(`${w}'s`) || (w.endsWith('s') && !!spell?.correct(`${w.slice(0, -1)}'s`));
  const oWords = fieldWords(o.body, o.lang);
  const rWords = fieldWords(ctx.body, 'en');
  const groups = alignedGroups(ctx.alignment);
  const missing: Missing[] = [];
  for (const s of evidence.sentences) {
    if (!s.original || !s.republished) continue;
    const rSpan = s.republished;
    const oIn = within(oWords, s.original);
    const rIn = within(rWords, rSpan);
    const group = new Set(groups[s.pair.group]?.republished ?? []);
    const rGroup = rWords.filter((w) => group.has(w.para));
    const explained = new Set(s.evidence.target.filter((c) => c.explained).map((c) => c.token.start));
    // a stand-in is a dictionary word no word of the original sentence explains and that can be a noun
    const standIn = (r: Word): boolean =>
      !r.cap &&
      !r.acronym &&
      !explained.has(r.start) &&
      s.evidence.target.some((c) => c.token.start === r.start) &&
      english.isContent(r.plain) &&
      isCommonWord(ctx.resources, r.text, 'en') &&
      nounLike(r.plain);
    const dropped = unrendered(oIn, rIn, rGroup, fixed, standIn);
    // one name missing is a name replaced; several are a sentence put freely or paired wrongly
    if (dropped.length !== 1) continue;
    // a capitalised word rendering nothing of the original sentence: likely the name in another form
    const unclaimed = rIn.some(
      (r, i) =>
        (r.acronym || (r.cap && LETTERS.test(r.text) && r.text.length >= MIN_LENGTH)) &&
        english.isContent(r.plain) &&
        // a lone capitalised common word is a word ("Direct speech: Today…") unless it starts like
        // the name ("Fine" for "Файн"); two side by side are a name put into English ("Armed Forces")
        (!isCommonWord(ctx.resources, r.text, 'en') ||
          titleCaseRun(rIn, i) ||
          dropped.some((ow) => ow.fold[0] === r.fold[0])) &&
        !explained.has(r.start) &&
        !oIn.some((ow) => fixed.renders(ow, [r])),
    );
    if (unclaimed) continue;
    const name = dropped[0]!;
    // a name stands where a noun does: after a preposition or an article ("in bread") rather than
    // after a content word ("art opened"); then nearest the name's place in the sentence
    const afterGrammar = (r: Word): number => {
      const before = rWords[r.index - 1];
      return before && r.joined && !english.isContent(before.plain) ? 0 : 1;
    };
    const at = (name.start - s.original.start) / Math.max(1, s.original.end - s.original.start);
    const place = (r: Word): number =>
      afterGrammar(r) + Math.abs((r.start - rSpan.start) / Math.max(1, rSpan.end - rSpan.start) - at);
    missing.push({ name, candidates: rIn.filter(standIn), place });
  }
  return standIns(missing, o.lang);
}

/**
 * The word standing in for each missing name. A name the translation reads as a word is read as the
 * same word wherever it recurs, so where a name is missing from several sentences, a candidate
 * present in more of them wins over one nearer the name's place ("the village of stone … stone's
 * mayor"). Stand-ins for several different names across the article mark a free translation, not
 * names read as words (measured on professional translations, where such articles drew most
 * findings), unless a name's stand-in recurs: that name alone is kept.
 */
function standIns(missing: readonly Missing[], lang: string): Finding<'replaced'>[] {
  const fold = (m: Missing): string => foldWord(m.name.text, lang);
  const sameAs = (a: Missing) => (b: Missing) => sameName(fold(a), fold(b));
  // in how many sentences missing the same name each candidate word appears
  const recurrence = (m: Missing, word: string): number =>
    missing.filter(sameAs(m)).filter((x) => x.candidates.some((c) => c.plain === word)).length;
  const taken = new Set<number>();
  const chosen: { m: Missing; r: Word; recurs: boolean }[] = [];
  for (const m of missing) {
    const free = m.candidates.filter((r) => !taken.has(r.start));
    const best = free.sort(
      (a, b) => recurrence(m, b.plain) - recurrence(m, a.plain) || m.place(a) - m.place(b),
    )[0];
    if (!best) continue;
    taken.add(best.start);
    chosen.push({ m, r: best, recurs: recurrence(m, best.plain) >= 2 });
  }
  const oneName = chosen.every((c) => sameAs(chosen[0]!.m)(c.m));
  return chosen
    .filter((c) => oneName || c.recurs)
    .map(({ m, r }) => ({
      messageId: 'replaced' as const,
      field: 'body' as const,
      start: r.start,
      end: r.end,
      // minor: inferred from what is missing, not seen as a name beside its kept word; on
      // professional translations it still meets a few names rendered in forms no table knows
      severity: 'minor' as const,
      data: { text: r.text, original: m.name.text },
    }));
}
