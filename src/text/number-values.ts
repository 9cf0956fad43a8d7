/**
 * Numbers of any default language with offsets into the text as written: what the fidelity rules
 * compare. On top of the shared reader (`extractNumbers`, which applies the scale words of every
 * default language: "18 bin", "٣٫٢ مليار"): Arabic-Indic and full-width digits, Chinese 万/亿 after
 * digits ("120亿") and Chinese numerals ("三千五百", "两万").
 */
import {
  ARABIC_INDIC,
  asciiDigit,
  chineseNumeral,
  CN_COUNTED,
  CN_NUMERAL_RUN,
  OTHER_SCALE_VALUES,
} from '../match/numerals.js';
import { extractNumbers, type NumberMention } from './numbers.js';

/**
 * A scale word right after a number that the shared reader (the number-words table) does not apply:
 * Chinese 万/亿 written against the digits, and two Arabic spellings CLDR does not list (the plural
 * مليارات, ألف written without hamza).
 */
const SCALE_AFTER = /^[ \u00a0]?(?:(万亿|亿|万)|(مليارات|الف)(?![\p{L}]))/u;
const CN_SCALE_VALUES: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };
const HAN = /\p{Script=Han}/u;
/** Chinese numeral characters that are also units (a run made only of them is not a number). */
const UNITS_ONLY = /^[十百千万亿]+$/u;
const DIGIT_BY_DIGIT = /^[零〇一二两三四五六七八九]+$/u;

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Every number in `text`, in the text's own offsets, with all its readings. */
export function extractNumberValues(text: string): NumberMention[] {
  // Arabic-Indic and full-width digits are one UTF-16 unit each, like ASCII digits: offsets survive
  const ascii = text.replace(ARABIC_INDIC, asciiDigit);
  // `text` stays in ASCII digits (keys read it); show the number as written with `text.slice(start, end)`
  const out = extractNumbers(ascii).map((n) => withOtherScale(n, ascii));
  if (HAN.test(text)) out.push(...chineseNumerals(text));
  return out.sort((a, b) => a.start - b.start);
}

function withOtherScale(n: NumberMention, text: string): NumberMention {
  if (n.kind !== 'number' || n.scale) return n;
  const m = SCALE_AFTER.exec(text.slice(n.end, n.end + 12));
  if (!m) return n;
  const scale = (m[1] ?? m[2])!;
  const multiplier = CN_SCALE_VALUES[scale] ?? OTHER_SCALE_VALUES[scale]!;
  return { ...n, values: n.values.map((v) => round(v * multiplier)), scale, multiplier };
}

/**
 * Runs of Chinese numerals that are numbers: with a unit or scale inside ("三千五百", "两万"), four
 * or more digits read one by one (a year, "二〇二三"), or any run before a counter ("三个", "五月").
 */
function chineseNumerals(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(CN_NUMERAL_RUN)) {
    const run = m[0];
    const next = text.slice(m.index + run.length, m.index + run.length + 1);
    if (UNITS_ONLY.test(run) && !/^[十百千]$/.test(run)) continue;
    const counted = CN_COUNTED.test(next);
    const chars = [...run];
    const isNumber = counted || (chars.length >= 2 && (!DIGIT_BY_DIGIT.test(run) || chars.length >= 4));
    if (!isNumber) continue;
    const value = chineseNumeral(run);
    if (value === null) continue;
    out.push({ start: m.index, end: m.index + run.length, text: run, values: [value], kind: 'number' });
  }
  return out;
}
