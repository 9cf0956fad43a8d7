/**
 * Numbers in running text, with every value they can mean.
 *
 * "98,6 млн" and "98.6 million" are the same amount; "18,4 тис." and "18,400" too; "18,400" may be
 * eighteen thousand four hundred (English) or 18.4 (where the comma is the decimal mark), so a number
 * carries all its readings and two numbers are equal when any readings agree. Times and scores
 * ("2:08:41", "4.5:1") keep their exact digits.
 */

import { committedNumberWords, normalizeNumberWord, type NumberWordTable } from '../lexicon/number-words.js';

export interface NumberMention {
  start: number;
  end: number;
  /** The number as written (digits and separators, without the scale word). */
  text: string;
  /** Every value it can mean, scale words applied ("18,4 тис." → 18400). */
  values: number[];
  /** `time`: clock times, durations and dates ("2:08:41", "1.1.2022"); `code`: digits glued to letters ("A320"). Both compare as written. */
  kind: 'number' | 'time' | 'code';
  /** The scale word that followed, if any ("млн", "million"). */
  scale?: string;
  /** What the scale word multiplies by (1e6 for "million"). */
  multiplier?: number;
  /** "11:35 pm", "9 a.m.": the clock half the text names. */
  meridiem?: 'am' | 'pm';
}

// digits with optional grouping (space, nbsp, thin space, comma, dot, apostrophe) and decimals; at most
// 8 separators (more than any amount or date has), so a flattened table of numbers is read a few
// numbers at a time and scanning it stays linear
const NUMBER_RE = /\d+(?:[ \u00a0\u202f\u2009'’.,]\d+){0,8}(?::\d+){0,3}/g;

/** One or two words right after a number: where a scale word would be ("млн", "тис.", "mil millones"). */
const WORDS_AFTER = /^[ \u00a0\u202f\u2009]?([\p{L}\p{M}'’]+)(?:([ \u00a0])([\p{L}\p{M}'’]+))?/u;

/** The scale word after a number, as written, with its multiplier (the number-words table's after-digits words). */
function scaleAfter(
  after: string,
  table: NumberWordTable,
): { scale: string; multiplier: number } | undefined {
  const m = WORDS_AFTER.exec(after);
  if (!m) return undefined;
  const first = normalizeNumberWord(m[1]!, '');
  if (m[3]) {
    const two = table.afterDigits.get(`${first} ${normalizeNumberWord(m[3], '')}`);
    if (two !== undefined) return { scale: `${m[1]}${m[2]}${m[3]}`, multiplier: two };
  }
  const one = table.afterDigits.get(first);
  return one === undefined ? undefined : { scale: m[1]!, multiplier: one };
}

/**
 * Short scales that only mean money after a currency ("$12.4m", "£3bn"); "186 m" is metres. */
const MONEY_SCALES: readonly [RegExp, number][] = [
  [/^(bn|b)\b/i, 1e9],
  [/^[ \u00a0]?(mn|m)\b/i, 1e6],
  [/^(k)\b/i, 1e3],
];
const CURRENCY_BEFORE = /(?:[£$€¥₴₽]|\b[A-Z]{3})[ \u00a0]?$/u;
const CLOCK = /^\d{1,2}(?::\d{2}){1,2}$/;
/** "9pm", "9 p.m.": the 24-hour reading is added. */
const PM = /^[ \u00a0]?p\.?m\b/i;
const AM = /^[ \u00a0]?a\.?m\b/i;
/** A letter glued before digits makes a code ("A320"); Chinese writes digits against its characters ("地铁19号线"). */
const CODE_PREFIX = /(?!\p{Script=Han})\p{L}/u;

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** All numeric readings of a digit string with separators. */
export function readings(raw: string): number[] {
  const s = raw.replace(/[\u00a0\u202f\u2009'’]/g, ' ');
  const parts = s.split(/([ .,])/);
  const groups: string[] = [];
  const seps: string[] = [];
  for (let i = 0; i < parts.length; i++) (i % 2 ? seps : groups).push(parts[i]!);
  if (seps.length === 0) return [Number(s)];
  const out = new Set<number>();
  const sepSet = new Set(seps);
  const tailGroups = groups.slice(1);
  const allThree = tailGroups.every((g) => g.length === 3);
  // grouping only: "18 400", "18,400", "1.234.567"
  if (sepSet.size === 1 && allThree && (groups[0]!.length <= 3 || seps[0] === ' '))
    out.add(Number(groups.join('')));
  // one decimal mark: "98,6", "98.6", "42,195"
  if (seps.length === 1 && seps[0] !== ' ') out.add(Number(`${groups[0]}.${groups[1]}`));
  // grouping then a different decimal mark: "1,234.5", "1.234,5", "18 400,5"
  if (seps.length >= 2 && sepSet.size === 2) {
    const dec = seps[seps.length - 1]!;
    const head = seps.slice(0, -1);
    if (head.every((x) => x === head[0] && x !== dec) && tailGroups.slice(0, -1).every((g) => g.length === 3))
      out.add(Number(`${groups.slice(0, -1).join('')}.${groups[groups.length - 1]}`));
  }
  return [...out].filter((v) => Number.isFinite(v));
}

/**
 * Every number in `text` with its offsets and readings. Spaces inside a number only group digits
 * when the groups after them have exactly three digits ("18 400", not "5 12").
 */
export function extractNumbers(
  text: string,
  table: NumberWordTable = committedNumberWords(),
): NumberMention[] {
  const out = scanNumbers(text, table);
  // "18 to 24 million", "de 18 a 24 millones", "від 18 до 24 млн": the first bound shares the scale
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.scale || !b.scale || a.kind !== 'number' || b.kind !== 'number') continue;
    if (!RANGE_GAP.test(text.slice(a.end, b.start))) continue;
    const mult = b.values[0]! / (readings(b.text)[0] ?? 1);
    if (Number.isFinite(mult) && mult > 1) a.values = [...a.values, ...a.values.map((v) => round(v * mult))];
  }
  // "from 1 to 2 pm": the first bound shares the clock half
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.meridiem || !b.meridiem || !RANGE_GAP.test(text.slice(a.end, b.start))) continue;
    a.meridiem = b.meridiem;
    if (a.kind === 'number' && b.meridiem === 'pm')
      a.values = [...a.values, ...a.values.filter((v) => v >= 1 && v < 12).map((v) => v + 12)];
  }
  return out;
}

const RANGE_GAP = /^\s*(?:-|–|—|to|and|a|y|à|et|bis|und|до|і|и|i)\s*$/iu;

function scanNumbers(text: string, table: NumberWordTable): NumberMention[] {
  const out: NumberMention[] = [];
  // One pass: where a match splits into several numbers, scanning resumes right after the first one
  // (not by scanning the rest again recursively: a flattened table of thousands of numbers is one match).
  const re = new RegExp(NUMBER_RE.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let raw = m[0];
    // a space-separated tail that is not a three-digit group is a separate number
    const spaced = raw.match(/^(\d+(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))*)/);
    if (/[ \u00a0\u202f\u2009]/.test(raw) && spaced && spaced[1]!.length < raw.length && !/[.,:]/.test(raw))
      raw = spaced[1]!;
    // trailing punctuation is not part of the number ("in 2025." / "6,")
    raw = raw.replace(/(?<![ \u00a0\u202f\u2009'’.,])[ \u00a0\u202f\u2009'’.,]+$/, '');
    // a colon makes a clock time or duration only with two-digit minutes/seconds ("2:08:41", "15:00");
    // otherwise it is a score or a ratio ("2:0", "4,5:1"): separate numbers
    // "31:27" is a score, not a time: a clock has hours under 24 (durations "1:04:31" have small hours too)
    if (raw.includes(':') && (!CLOCK.test(raw) || Number(raw.slice(0, raw.indexOf(':'))) >= 24))
      raw = raw.slice(0, raw.indexOf(':'));
    const start = m.index;
    const end = start + raw.length;
    // letters glued before the digits (a model name "A320") make it an identifier, not an amount
    const before = text[start - 1] ?? '';
    if (CODE_PREFIX.test(before)) {
      out.push({ start, end, text: raw, values: [Number(raw.replace(/\D/g, ''))], kind: 'code' });
      if (raw.length < m[0].length) re.lastIndex = end;
      continue;
    }
    if (raw.includes(':')) {
      const clock: NumberMention = {
        start,
        end,
        text: raw,
        values: [Number(raw.replace(/\D/g, ''))],
        kind: 'time',
      };
      const meridiem = meridiemAfter(text.slice(end, end + 8));
      if (meridiem) clock.meridiem = meridiem;
      out.push(clock);
    } else {
      const money = CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start));
      let values = readings(raw);
      const after = text.slice(end, end + 20);
      if (PM.test(after)) values = [...values, ...values.filter((v) => v >= 1 && v < 12).map((v) => v + 12)];
      let { scale, multiplier } = scaleAfter(after, table) ?? { scale: undefined, multiplier: 1 };
      if (!scale && money) {
        for (const [re, mult] of MONEY_SCALES) {
          const sm = after.match(re);
          if (sm) {
            scale = sm[1]!;
            multiplier = mult;
            break;
          }
        }
      }
      if (scale) values = values.map((v) => round(v * multiplier));
      // no numeric reading ("1.1.2022", "12.05.2025"): a date or code, compared as written
      if (values.length === 0) {
        out.push({ start, end, text: raw, values: [Number(raw.replace(/\D/g, ''))], kind: 'time' });
        if (raw.length < m[0].length) re.lastIndex = end;
        continue;
      }
      const mention: NumberMention = { start, end, text: raw, values, kind: 'number' };
      if (scale) {
        mention.scale = scale;
        mention.multiplier = multiplier;
      }
      const meridiem = meridiemAfter(after);
      if (meridiem) mention.meridiem = meridiem;
      out.push(mention);
    }
    if (raw.length < m[0].length) re.lastIndex = end;
  }
  return out;
}

function meridiemAfter(after: string): 'am' | 'pm' | undefined {
  return PM.test(after) ? 'pm' : AM.test(after) ? 'am' : undefined;
}

/** Canonical keys of a mention (one per reading) for indexing and comparison. */
export function numberKeys(n: NumberMention): string[] {
  if (n.kind === 'time') {
    const t = to24Hour(n.text.replace(/[./,]/g, ':').replace(/\b0+(\d)/g, '$1'), n.meridiem);
    // "15:00" is also the whole hour 15 ("3 p.m.", "15 Uhr")
    return /^\d+:0$/.test(t) ? [t, t.slice(0, t.indexOf(':'))] : [t];
  }
  if (n.kind === 'code') return [`~${n.text}`];
  const keys = n.values.map((v) => String(v));
  // "7.55am", "11.15 BST": a point between hours and minutes is also a clock time ("7:55")
  const clock = /^(\d{1,2})[.,](\d{2})$/.exec(n.text);
  if (clock && Number(clock[1]) < 24 && Number(clock[2]) < 60)
    keys.push(to24Hour(`${Number(clock[1])}:${Number(clock[2])}`, n.meridiem));
  return keys;
}

/** "11:35" with pm is 23:35, "12:10" with am is 0:10; without a meridiem the clock is read as written. */
function to24Hour(clock: string, meridiem: 'am' | 'pm' | undefined): string {
  const m = /^(\d{1,2}):(\d{1,2}(?::\d{1,2})?)$/.exec(clock);
  if (!m || !meridiem) return clock;
  const hour = Number(m[1]);
  if (hour < 1 || hour > 12) return clock;
  const h24 = meridiem === 'pm' ? (hour % 12) + 12 : hour % 12;
  return `${h24}:${m[2]}`;
}

/** True when two mentions can denote the same value. */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  const ka = numberKeys(a);
  const kb = new Set(numberKeys(b));
  return ka.some((k) => kb.has(k));
}
