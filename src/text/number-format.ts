/**
 * A number written the way a text in a given language writes it, for suggestions: the republished
 * text's decimal mark and grouping ("98.6" in English, "98,6" in Spanish, "1 987" in Ukrainian) and
 * its scale word, so that a fix can be pasted over the wrong figure as is.
 */
import type { NumberMention } from './numbers.js';

/** Each language's decimal mark, asked of Intl once per language (a NumberFormat costs ~0.2 ms). */
const decimalMarks = new Map<string, string>();

export function decimalMark(lang: string): string {
  let mark = decimalMarks.get(lang);
  if (mark === undefined) {
    try {
      mark = new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    } catch {
      mark = '.';
    }
    decimalMarks.set(lang, mark);
  }
  return mark;
}

/**
 * The value a mention means in its own language: "18,400" is 18400 in English and 18.4 in
 * Ukrainian; a reading the language rules out is used only when it is the only one.
 */
export function valueIn(n: NumberMention, lang: string): number {
  const mark = decimalMark(lang);
  const plain = n.text
    .replace(/[\s\u00a0\u202f\u2009'’]/g, '')
    .replace(mark === ',' ? /\./g : /,/g, '')
    .replace(',', '.');
  const value = Number(plain) * (n.multiplier ?? 1);
  const close = n.values.find((v) => Math.abs(v - value) < 1e-6 * Math.max(1, Math.abs(v)));
  return close ?? n.values[0]!;
}

function fractionDigits(v: number): number {
  const s = String(Math.round(v * 1e6) / 1e6);
  return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
}

/** Digits written with a group separator ("1,978", "18 400"). */
const GROUPED = /\d[\s\u00a0\u202f\u2009,.'’]\d{3}(?!\d)/;

/** English scale words a suggestion may use when the figure itself moved between scales. */
const ENGLISH_SCALES: readonly [string, number][] = [
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
];

export interface NumberSuggestion {
  /** Replacement text. */
  text: string;
  /** True when the replacement also covers the scale word after the digits. */
  withScale: boolean;
}

/**
 * `value` written to replace `target` (a mention of the republished text in `lang`): divided by the
 * target's scale when that leaves a plain figure, otherwise with an English scale word of its own.
 */
export function formatLike(value: number, target: NumberMention, lang: string): NumberSuggestion {
  const multiplier = target.multiplier ?? 1;
  let shown = value / multiplier;
  let scaleWord: string | undefined;
  if (target.scale && lang === 'en' && (shown >= 1000 || shown < 0.1)) {
    const scale = ENGLISH_SCALES.find(([, m]) => value >= m);
    if (scale) {
      shown = value / scale[1];
      scaleWord = scale[0];
    }
  }
  const grouping = GROUPED.test(target.text) || Math.abs(shown) >= 10000;
  const digits = fractionDigits(shown);
  let text: string;
  try {
    text = new Intl.NumberFormat(lang, {
      useGrouping: grouping,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(shown);
  } catch {
    text = String(shown);
  }
  return scaleWord ? { text: `${text} ${scaleWord}`, withScale: true } : { text, withScale: false };
}
