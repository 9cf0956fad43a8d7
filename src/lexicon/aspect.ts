/**
 * Aspect partners of Ukrainian and Russian verbs, for the perfective verbs a dictionary renders badly.
 * The bilingual lexicons are inverted English->Russian dictionaries, which list verbs by their
 * imperfective ("відкривати", "разрешать" open, allow) and reach most perfectives only through odd
 * senses ("почати": initiate; "разрешить": wind) or not at all ("зрости", "програти"). A perfective
 * and its imperfective mean the same; the imperfective is spelt from the perfective by the regular
 * suffixes of the two grammars (-ити/-ить -> -яти/-ати/-ювати/-увати/-ивать/-ывать, -ати/-ать ->
 * -увати/-авати/-инати/-ивать, -ти -> -тати/-тать, with the consonant alternations т~ч/щ, д~ж,
 * с~ш, з~ж, ст~щ, labial + л), and a candidate counts only when the lexicon knows it.
 *
 * `pastInfinitives` gives the infinitives a past-tense form may come from ("зросли" -> "зрости",
 * "поддержали" -> "поддержать"), for forms of verbs the form tables do not hold.
 */

type Lang = 'uk' | 'ru';

/**
 * Perfective infinitive endings and the imperfective endings they alternate with, likeliest first:
 * the first candidate a lexicon knows is the partner ("почати": починати, not почувати, feel).
 */
const SUFFIXES: Readonly<Record<Lang, readonly (readonly [string, readonly string[]])[]>> = {
  uk: [
    ['ити', ['яти', 'ати', 'ювати', 'увати', 'ивати']],
    ['ати', ['инати', 'авати', 'ювати', 'увати']],
    ['яти', ['ювати', 'увати']],
    ['нути', ['ати']],
    ['ути', ['увати']],
    ['ти', ['тати']],
  ],
  ru: [
    ['ить', ['ять', 'ать', 'ивать', 'ывать']],
    ['ыть', ['ывать']],
    ['ать', ['инать', 'ивать', 'ывать']],
    ['нуть', ['ать']],
    ['ти', ['тать']],
  ],
};

/** Consonant alternations at the end of the stem before an imperfective suffix (both grammars). */
const ALTERNATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['ст', ['щ']],
  ['т', ['ч', 'щ']],
  ['д', ['дж', 'ж']],
  ['с', ['ш']],
  ['з', ['ж']],
  ['б', ['бл']],
  ['п', ['пл']],
  ['в', ['вл']],
  ['м', ['мл']],
  ['ф', ['фл']],
];

const REFLEXIVE: Readonly<Record<Lang, RegExp>> = { uk: /(?:ся|сь)$/, ru: /(?:ся|сь)$/ };

/** Stems with their consonant alternations ("запрет" -> "запрет", "запрещ", "запреч"). */
function alternated(stem: string): string[] {
  const out = [stem];
  for (const [from, tos] of ALTERNATIONS)
    if (stem.endsWith(from)) {
      for (const to of tos) out.push(stem.slice(0, -from.length) + to);
      break;
    }
  return out;
}

/** Candidate imperfective partners of a lower-case infinitive, likeliest first (not checked against any lexicon). */
export function aspectCandidates(infinitive: string, lang: string): string[] {
  if (lang !== 'uk' && lang !== 'ru') return [];
  const reflexive = REFLEXIVE[lang].exec(infinitive)?.[0] ?? '';
  const verb = reflexive ? infinitive.slice(0, -reflexive.length) : infinitive;
  const out: string[] = [];
  for (const [ending, partners] of SUFFIXES[lang]) {
    if (!verb.endsWith(ending) || verb.length < ending.length + 2) continue;
    const stem = verb.slice(0, -ending.length);
    for (const s of ending === 'ити' || ending === 'ить' ? alternated(stem) : [stem])
      for (const p of partners) out.push(s + p + reflexive);
    break;
  }
  return out.filter((c) => c !== infinitive);
}

/** Past-tense endings and the infinitive endings they come from. */
const PAST: Readonly<Record<Lang, readonly (readonly [RegExp, string])[]>> = {
  uk: [[/(?:в|ла|ло|ли)(ся|сь)?$/, 'ти']],
  ru: [[/(?:л|ла|ло|ли)(ся|сь)?$/, 'ть']],
};

/**
 * Infinitives a lower-case past-tense form may come from ("зросли" -> "зрости"): candidates that a
 * lexicon must confirm ("школа" gives "шкоти").
 */
export function pastInfinitives(form: string, lang: string): string[] {
  if (lang !== 'uk' && lang !== 'ru') return [];
  const out: string[] = [];
  for (const [re, ending] of PAST[lang]) {
    const m = re.exec(form);
    if (!m || m.index < 2) continue;
    const reflexive = m[1] ? 'ся' : '';
    const infinitive = form.slice(0, m.index) + ending + reflexive;
    if (!out.includes(infinitive)) out.push(infinitive);
  }
  return out;
}
