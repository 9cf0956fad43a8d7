/**
 * Numbers written in words ("forty-eight", "сорока восьми", "achtundvierzig", "cuarenta y ocho",
 * "czterdziestu ośmiu"): what a translation writes where the original has digits. The words come from
 * the number-words table (src/lexicon/number-words.ts); this combines them into one value per run of
 * number words ("two hundred and forty-seven thousand" = 247,000, "тысячи" alone = 1000).
 *
 * A lone word for one ("one of them", "ein Mann", "un homme", "bir gün") is not read: in most of the
 * default languages it is also the indefinite article or a pronoun. It counts inside a longer number
 * ("twenty-one", "one million").
 */
import {
  committedNumberWords,
  normalizeNumberWord,
  type NumberWordLanguage,
  type NumberWordTable,
} from '../lexicon/number-words.js';

export interface NumberWords {
  start: number;
  end: number;
  value: number;
}

interface Token {
  start: number;
  end: number;
  /** Normalised word. */
  word: string;
}

/** A run of number words being read: settled scale groups plus the group still open. */
interface Run {
  start: number;
  end: number;
  total: number;
  current: number;
  /** Multiplier of the last scale applied: the next must be smaller ("two million three thousand"). */
  lastScale: number;
  /** The last cardinal added to `current`: a following one must be smaller ("twenty" then "five"). */
  lastCardinal: number;
  /** Words read, for the lone-"one" rule. */
  words: number;
}

interface Part {
  kind: 'cardinal' | 'scale';
  value: number;
}

/** A cardinal or scale phrase read at a token; `next` is the token index after it. */
interface Item extends Part {
  next: number;
  end: number;
}

const WORD = /[\p{L}\p{M}'’ʼ\u00ad]+/gu;

function tokens(text: string, lang: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD))
    out.push({ start: m.index, end: m.index + m[0].length, word: normalizeNumberWord(m[0], lang) });
  return out;
}

/** Words of one number are separated by a space or a hyphen only. */
function joined(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0-]$/.test(text.slice(a.end, b.start));
}

/** The longest cardinal or scale phrase starting at token `i`. */
function phraseAt(
  text: string,
  toks: readonly Token[],
  i: number,
  words: NumberWordLanguage,
): Item | undefined {
  if (!words.starts.has(toks[i]!.word)) return undefined;
  let phrase = toks[i]!.word;
  let best: Item | undefined;
  for (let j = i; j < toks.length && j < i + words.longest; j++) {
    if (j > i) {
      if (!joined(text, toks[j - 1]!, toks[j]!)) break;
      phrase += ` ${toks[j]!.word}`;
    }
    const cardinal = words.cardinals.get(phrase);
    const scale = words.scales.get(phrase);
    if (cardinal !== undefined) best = { kind: 'cardinal', value: cardinal, next: j + 1, end: toks[j]!.end };
    else if (scale !== undefined) best = { kind: 'scale', value: scale, next: j + 1, end: toks[j]!.end };
  }
  return best;
}

/**
 * A word that glues numbers and scales together ("zweitausendfünfhundert", "duemilacinque") split into
 * its cardinals and scales, or undefined when it is not made only of them.
 */
function splitGlued(word: string, words: NumberWordLanguage, depth = 0): Part[] | undefined {
  if (!word) return [];
  const cardinal = words.cardinals.get(word);
  if (cardinal !== undefined) return [{ kind: 'cardinal', value: cardinal }];
  if (depth > 3) return undefined;
  for (const scale of words.gluedScales) {
    const at = word.indexOf(scale);
    if (at < 0) continue;
    const before = word.slice(0, at);
    const head = before ? words.cardinals.get(before) : undefined;
    if (before && head === undefined) continue;
    const rest = splitGlued(word.slice(at + scale.length), words, depth + 1);
    if (!rest) continue;
    return [
      ...(head === undefined ? [] : [{ kind: 'cardinal' as const, value: head }]),
      { kind: 'scale', value: words.scales.get(scale)! },
      ...rest,
    ];
  }
  return undefined;
}

/** Whether `item` continues the number read so far ("forty" then "eight"; "million" then "thousand"). */
function fits(run: Run, item: Part): boolean {
  if (item.kind === 'cardinal') return run.current === 0 || run.lastCardinal > item.value;
  // "hundred" multiplies a small open group ("five hundred"); larger scales must fall ("million … thousand")
  if (item.value < 1000) return run.current < 100;
  return item.value < run.lastScale;
}

function add(run: Run, item: Part, end: number): void {
  if (item.kind === 'cardinal') {
    run.current += item.value;
    run.lastCardinal = item.value;
  } else if (item.value < 1000) {
    // "hundred" multiplies what is open and leaves it open ("five hundred thousand")
    run.current = (run.current || 1) * item.value;
    run.lastCardinal = item.value;
  } else {
    run.total += (run.current || 1) * item.value;
    run.current = 0;
    run.lastScale = item.value;
    run.lastCardinal = Infinity;
  }
  run.end = end;
  run.words++;
}

/**
 * Every run of number words in `text` (a language the table does not spell: none), with its value. A
 * scale word alone counts as one of it ("тысячи" = 1000); a scale word after digits ("5 тысяч")
 * belongs to that number, which the digit reader has.
 */
export function numberWords(
  text: string,
  lang: string,
  table: NumberWordTable = committedNumberWords(),
): NumberWords[] {
  const words = table.language(lang);
  if (!words) return [];
  const toks = tokens(text, lang);
  const out: NumberWords[] = [];
  let run: Run | undefined;
  const close = (): void => {
    if (!run) return;
    const value = run.total + run.current;
    // a lone "one": an article or pronoun as often as a number
    if (!(value === 1 && run.words === 1)) out.push({ start: run.start, end: run.end, value });
    run = undefined;
  };
  const take = (item: Part, start: number, end: number): void => {
    if (run && !fits(run, item)) close();
    run ??= { start, end, total: 0, current: 0, lastScale: Infinity, lastCardinal: Infinity, words: 0 };
    add(run, item, end);
  };
  for (let i = 0; i < toks.length;) {
    const t = toks[i]!;
    if (run && !joined(text, toks[i - 1]!, t)) close();
    const item = phraseAt(text, toks, i, words);
    if (item) {
      // a scale word after digits ("5 тысяч") belongs to the digits
      if (!(
        item.kind === 'scale' &&
        !run &&
        /\d[\s\u00a0]*$/.test(text.slice(Math.max(0, t.start - 3), t.start))
      ))
        take(item, t.start, item.end);
      i = item.next;
      continue;
    }
    // a joiner after a scale group: "one thousand and five", "mil e cinco"
    if (
      run &&
      run.current === 0 &&
      words.joiners.has(t.word) &&
      i + 1 < toks.length &&
      joined(text, t, toks[i + 1]!)
    ) {
      const after = phraseAt(text, toks, i + 1, words);
      if (after?.kind === 'cardinal') {
        take(after, t.start, after.end);
        i = after.next;
        continue;
      }
    }
    const parts = gluedParts(t.word, words, run !== undefined);
    if (parts) for (const p of parts) take(p, t.start, t.end);
    else close();
    i++;
  }
  close();
  return out;
}

/**
 * A word made of number words glued together: a joiner against a cardinal after a scale group (Arabic
 * "ألف وخمسة"), or cardinals and scales written as one word ("zweitausendfünfhundert", "duemilacinque").
 */
function gluedParts(word: string, words: NumberWordLanguage, inRun: boolean): Part[] | undefined {
  if (inRun) {
    for (const j of words.gluedJoiners) {
      const value = word.startsWith(j) ? words.cardinals.get(word.slice(j.length)) : undefined;
      if (value !== undefined) return [{ kind: 'cardinal', value }];
    }
  }
  if (!words.gluedScales.length) return undefined;
  const parts = splitGlued(word, words);
  return parts && parts.length > 1 ? parts : undefined;
}
