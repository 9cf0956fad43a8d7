/**
 * Numbers and dates written differently across the default languages, brought to one form before
 * number keys are taken: Arabic-Indic and full-width digits, Chinese numerals and the 万/亿 scales,
 * 年/月/日 dates, and day-month dates with month names in any default language ("12 мая",
 * "May 12", "12. Mai", "12 de mayo", "12 Mayıs", "12 مايو", "5月12日" all give the key `#d5-12`).
 */

export const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u066b\u066c]/g;

export function asciiDigit(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10);
  if (c === '\u066b') return '.'; // Arabic decimal separator
  return ','; // U+066C Arabic thousands separator
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The value of a run of Chinese numerals ("三千五百" 3500, "十五" 15, "二〇二三" 2023), or null. */
export function chineseNumeral(run: string): number | null {
  const chars = [...run];
  if (chars.length === 0) return null;
  // digit by digit, as years are written ("二〇二三")
  if (chars.every((c) => c in CN_DIGITS) && chars.length > 1)
    return Number(chars.map((c) => CN_DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of chars) {
    if (c in CN_DIGITS) digit = CN_DIGITS[c]!;
    else if (c in CN_UNITS) {
      section += (digit < 0 ? 1 : digit) * CN_UNITS[c]!;
      digit = -1;
    } else if (c in CN_SCALES) {
      total += (section + Math.max(0, digit)) * CN_SCALES[c]!;
      section = 0;
      digit = -1;
    } else return null;
  }
  return total + section + Math.max(0, digit);
}

export const CN_NUMERAL_RUN = /[零〇一二两三四五六七八九十百千万亿]+/g;
/** Characters after which a single numeral is a number, not part of a word (一月, 三日, 五万). */
export const CN_COUNTED = /^[年月日号万亿个人名岁次%％]/;

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
}

/** Chinese numerals and digit+万/亿 amounts as plain digits ("3.5万" → "35000", "两千" → "2000"). */
function chineseNumbers(text: string): string {
  // digits written against characters ("19号线", "地铁19") are amounts, not codes like "A320"
  let out = text.replace(/(?<=\p{Script=Han})(?=\d)|(?<=\d)(?=\p{Script=Han})/gu, ' ');
  const spaced = out;
  out = out.replace(CN_NUMERAL_RUN, (run, offset: number) => {
    const next = spaced.slice(offset + run.length, offset + run.length + 1);
    if ([...run].length < 2 && !CN_COUNTED.test(next)) return run;
    if (/^[万亿]+$/.test(run)) return run;
    const v = chineseNumeral(run);
    return v === null ? run : ` ${formatNumber(v)} `;
  });
  // digits followed by a scale character: "3.5 万" after the pass above, or "120亿"
  out = out.replace(/(?<!\d)(\d+(?:[.,]\d+)?)\s*(万亿|亿|万)/g, (_m, n: string, scale: string) => {
    const mult = scale === '万亿' ? 1e12 : scale === '亿' ? 1e8 : 1e4;
    return ` ${formatNumber(Number(n.replace(',', '.')) * mult)} `;
  });
  return out;
}

const HAN = /\p{Script=Han}/u;

/**
 * Scale words the shared number reader does not know, in default languages: Turkish and Arabic
 * (Arabic also writes the dual and plural: "ملايين"). "18 bin" is 18000, "٣٫٢ مليار" 3.2e9.
 */
const OTHER_SCALES =
  /(?<!\d)(\d+(?:[.,]\d+)?)[ \u00a0]?(milyar|milyon|bin|مليارات|مليار|ملايين|مليون|آلاف|ألف|الف)(?![\p{L}])/gu;
export const OTHER_SCALE_VALUES: Record<string, number> = {
  milyar: 1e9,
  milyon: 1e6,
  bin: 1e3,
  مليارات: 1e9,
  مليار: 1e9,
  ملايين: 1e6,
  مليون: 1e6,
  آلاف: 1e3,
  ألف: 1e3,
  الف: 1e3,
};

/** The text with every number in ASCII digits, for number keys (offsets are not preserved). */
export function normalizeNumerals(text: string): string {
  let out = text.replace(ARABIC_INDIC, asciiDigit);
  if (HAN.test(out)) out = chineseNumbers(out);
  out = out.replace(OTHER_SCALES, (m, n: string, scale: string) => {
    // "1,2 milyar" and "3.2 مليار": one decimal mark, either way
    const v = Number(n.replace(',', '.'));
    return Number.isFinite(v) ? ` ${formatNumber(v * OTHER_SCALE_VALUES[scale]!)} ` : m;
  });
  return out;
}

/** Languages whose month names are recognised (besides Chinese 月). */
const MONTH_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'tr', 'ru', 'uk', 'ar'];

/**
 * Month names in every default language from the runtime's CLDR data (Intl), in the forms news
 * uses: standalone, inside a date (the genitive of Slavic languages: "мая", "травня", "maja") and
 * abbreviated. Lowercased, without a final period.
 */
function buildMonths(): Map<string, number> {
  const months = new Map<string, number>();
  for (const lang of MONTH_LANGUAGES) {
    const formats = [
      new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    ];
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2023, m, 15));
      for (const f of formats) {
        const part = f.formatToParts(date).find((p) => p.type === 'month')?.value;
        const name = part?.toLocaleLowerCase(lang).replace(/\.$/, '');
        // short forms under three letters ("mai" is fine, "m" is not) would catch ordinary words
        if (name && [...name].length >= 3 && !/\d/.test(name) && !months.has(name)) months.set(name, m + 1);
      }
    }
  }
  return months;
}

let MONTHS: Map<string, number> | null = null;

/** The month names, read from Intl the first time (the resource preload of a run). */
export function monthNames(): ReadonlyMap<string, number> {
  return (MONTHS ??= buildMonths());
}

/** A day of the month: one or two digits standing alone. */
const DAY = /(?<![\d.,])\d{1,2}(?!\d|[.,]\d)/g;
const MONTH_AFTER = /^\.?\s+(?:de\s+|of\s+)?(\p{L}+)/u;
const MONTH_BEFORE = /(?<!\p{L})(\p{L}+)\.?\s+$/u;
const CN_DATE = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d.])/g;

/** Date keys `#dM-D` of every day-month date in a text whose numerals are normalised. */
export function dateKeys(text: string): string[] {
  const months = monthNames();
  const out = new Set<string>();
  const add = (month: number, day: number): void => {
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) out.add(`#d${month}-${day}`);
  };
  for (const m of text.matchAll(CN_DATE)) add(Number(m[1]), Number(m[2]));
  // "12 May", "12. Mai", "12 de mayo", "12 мая" and "May 12": the word next to a small number
  for (const m of text.matchAll(DAY)) {
    const end = m.index + m[0].length;
    const after = MONTH_AFTER.exec(text.slice(end, end + 24))?.[1];
    const before = MONTH_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
    const month = (after && months.get(after.toLowerCase())) || (before && months.get(before.toLowerCase()));
    if (month) add(month, Number(m[0]));
  }
  // day.month.year, as most of Europe writes dates
  for (const m of text.matchAll(NUMERIC_DATE)) add(Number(m[2]), Number(m[1]));
  return [...out];
}
