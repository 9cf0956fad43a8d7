/**
 * Ukrainian -> Russian spelling correspondences, for the cognates a dictionary misses: the candidate
 * Russian spellings of a Ukrainian word, to be checked against a Russian lexicon (only candidates the
 * lexicon knows mean anything). The correspondences are the regular ones of the two orthographies:
 * і ~ и/е/о (кіт ~ кот, світ ~ свет), и ~ ы/и, є ~ е, ї ~ и/е (Київ ~ Киев), е ~ э at the start, ґ ~ г, apostrophe ~ ъ/ь, and the
 * common endings (-ння ~ -ние, -ття ~ -тие, -ій ~ -ий/-ый/-ой, -ий ~ -ый/-ий/-ой).
 */
const LETTER_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  і: ['и', 'е', 'о'],
  и: ['ы', 'и'],
  є: ['е'],
  ї: ['и', 'е'],
  ґ: ['г'],
  "'": ['ъ', 'ь', ''],
};

const ENDINGS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/ння$/, ['ние']],
  [/ття$/, ['тие']],
  [/ння$/, ['нье']],
  [/ість$/, ['ость', 'есть']],
  [/ий$/, ['ый', 'ий', 'ой']],
  [/ій$/, ['ий', 'ый', 'ой']],
  [/ція$/, ['ция']],
  [/ія$/, ['ия']],
];

/** Candidate Russian spellings of a lower-case Ukrainian word, at most `max`, the likeliest first. */
export function ukToRuCandidates(word: string, max = 48): string[] {
  let stems: { stem: string; ending: string }[] = [{ stem: word, ending: '' }];
  for (const [re, subs] of ENDINGS) {
    if (re.test(word)) {
      const stem = word.replace(re, '');
      stems = subs.map((ending) => ({ stem, ending }));
      break;
    }
  }
  const out: string[] = [];
  for (const { stem, ending } of stems) {
    let partial = [''];
    for (const [i, ch] of [...stem].entries()) {
      const opts = i === 0 && ch === 'е' ? ['е', 'э'] : (LETTER_OPTIONS[ch] ?? [ch]);
      const next: string[] = [];
      for (const p of partial) for (const o of opts) if (next.length < max) next.push(p + o);
      partial = next;
    }
    for (const p of partial) {
      const candidate = p + ending;
      if (!out.includes(candidate)) out.push(candidate);
      if (out.length >= max) return out;
    }
  }
  return out;
}
