/**
 * Words written in two scripts at once: a Latin "K" or "o" inside a Cyrillic word, a Cyrillic "а"
 * inside an English word. They look right but are non-words to search, spelling and speech.
 * Where every odd letter has a look-alike in the word's main script, the repair is mechanical.
 */
import { scriptOf, type Script } from '../text/script.js';
import { words } from '../text/segment.js';

/** Latin letters and their Cyrillic look-alikes (both directions are used). */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([l, c]) => [c, l]),
);
// Russian "и"-less look-alikes that only exist one way.
CYRILLIC_TO_LATIN['і'] = 'i';
CYRILLIC_TO_LATIN['І'] = 'I';

export interface MixedWord {
  start: number;
  end: number;
  text: string;
  /** The word's main script. */
  script: Script;
  /** The word with its look-alike letters replaced, when every odd letter has one. */
  repaired: string | null;
}

const SCRIPTS_CHECKED = new Set<Script>(['Latin', 'Cyrillic', 'Greek']);

/**
 * One-letter Latin words that stand for Ukrainian or Russian one-letter words ("Україна i Польща",
 * "a також"): a homoglyph typed or converted by mistake. Capitals are left alone (brands, "X").
 */
const LATIN_ONE_LETTER = new Set(['i', 'y', 'a', 'o', 'c']);

/** True when the words on both sides of `index` are Cyrillic and only spaces separate them. */
function betweenCyrillic(
  text: string,
  ws: { start: number; end: number; text: string }[],
  index: number,
): boolean {
  const prev = ws[index - 1];
  const next = ws[index + 1];
  const w = ws[index]!;
  const cyr = (x: { text: string }): boolean => scriptOf([...x.text][0] ?? '') === 'Cyrillic';
  return (
    !!prev &&
    !!next &&
    cyr(prev) &&
    cyr(next) &&
    /^ +$/.test(text.slice(prev.end, w.start)) &&
    /^ +$/.test(text.slice(w.end, next.start))
  );
}

/** Words mixing Latin, Cyrillic or Greek letters. */
export function findMixedScriptWords(text: string): MixedWord[] {
  const out: MixedWord[] = [];
  const all = words(text);
  all.forEach((w, i) => {
    if (LATIN_ONE_LETTER.has(w.text) && betweenCyrillic(text, all, i))
      out.push({
        start: w.start,
        end: w.end,
        text: w.text,
        script: 'Cyrillic',
        repaired: LATIN_TO_CYRILLIC[w.text]!,
      });
  });
  // Apostrophes and hyphens join parts that may differ in script ("O'Хейген", "iPhone-версія").
  const parts = all.flatMap((w) =>
    [...w.text.matchAll(/[^'’\-‐]+/gu)].map((m) => ({
      start: w.start + m.index,
      end: w.start + m.index + m[0].length,
      text: m[0],
    })),
  );
  for (const w of parts) {
    const counts = new Map<Script, number>();
    for (const ch of w.text) {
      const s = scriptOf(ch);
      if (s && SCRIPTS_CHECKED.has(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    if (counts.size < 2) continue;
    const [main] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === 'Cyrillic' ? -1 : 1))[0]!;
    const table = main === 'Cyrillic' ? LATIN_TO_CYRILLIC : main === 'Latin' ? CYRILLIC_TO_LATIN : null;
    let repaired: string | null = '';
    for (const ch of w.text) {
      const s = scriptOf(ch);
      if (!s || s === main || !SCRIPTS_CHECKED.has(s)) repaired += ch;
      else if (table?.[ch]) repaired += table[ch];
      else {
        repaired = null;
        break;
      }
    }
    out.push({ start: w.start, end: w.end, text: w.text, script: main, repaired });
  }
  return out.sort((a, b) => a.start - b.start);
}
