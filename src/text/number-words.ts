/**
 * Numbers written in words ("forty-eight", "сорока восьми", "свыше тысячи", "п'ятдесят двох"): what a
 * translation writes where the original has digits. English, Russian and Ukrainian cardinals in every
 * case form, combined into one value per run of number words ("two hundred and forty-seven" = 247,
 * "тысячи" alone = 1000).
 */

/** One entry per value: the word forms (all cases) that mean it. Apostrophes are normalised to '. */
type Table = readonly (readonly [number, string])[];

const RU: Table = [
  [1, 'один|одна|одно|одного|одной|одному|одним|одном|одну'],
  [2, 'два|две|двух|двум|двумя'],
  [3, 'три|трех|трёх|трем|трём|тремя'],
  [4, 'четыре|четырех|четырёх|четырем|четырём|четырьмя'],
  [5, 'пять|пяти|пятью'],
  [6, 'шесть|шести|шестью'],
  [7, 'семь|семи|семью'],
  [8, 'восемь|восьми|восемью|восьмью'],
  [9, 'девять|девяти|девятью'],
  [10, 'десять|десяти|десятью'],
  [11, 'одиннадцать|одиннадцати|одиннадцатью'],
  [12, 'двенадцать|двенадцати|двенадцатью'],
  [13, 'тринадцать|тринадцати|тринадцатью'],
  [14, 'четырнадцать|четырнадцати|четырнадцатью'],
  [15, 'пятнадцать|пятнадцати|пятнадцатью'],
  [16, 'шестнадцать|шестнадцати|шестнадцатью'],
  [17, 'семнадцать|семнадцати|семнадцатью'],
  [18, 'восемнадцать|восемнадцати|восемнадцатью'],
  [19, 'девятнадцать|девятнадцати|девятнадцатью'],
  [20, 'двадцать|двадцати|двадцатью'],
  [30, 'тридцать|тридцати|тридцатью'],
  [40, 'сорок|сорока'],
  [50, 'пятьдесят|пятидесяти|пятьюдесятью'],
  [60, 'шестьдесят|шестидесяти|шестьюдесятью'],
  [70, 'семьдесят|семидесяти|семьюдесятью'],
  [80, 'восемьдесят|восьмидесяти|восемьюдесятью'],
  [90, 'девяносто|девяноста'],
  [100, 'сто|ста'],
  [200, 'двести|двухсот|двумстам|двумястами|двухстах'],
  [300, 'триста|трехсот|трёхсот|тремстам|трёмстам|тремястами|трехстах|трёхстах'],
  [400, 'четыреста|четырехсот|четырёхсот|четыремстам|четырьмястами|четырехстах|четырёхстах'],
  [500, 'пятьсот|пятисот|пятистам|пятьюстами|пятистах'],
  [600, 'шестьсот|шестисот|шестистам|шестьюстами|шестистах'],
  [700, 'семьсот|семисот|семистам|семьюстами|семистах'],
  [800, 'восемьсот|восьмисот|восьмистам|восемьюстами|восьмьюстами|восьмистах'],
  [900, 'девятьсот|девятисот|девятистам|девятьюстами|девятистах'],
];

const UK: Table = [
  [1, 'один|одна|одне|одно|одного|одної|одному|одній|одним|одною|одну'],
  [2, 'два|дві|двох|двом|двома'],
  [3, 'три|трьох|трьом|трьома'],
  [4, 'чотири|чотирьох|чотирьом|чотирма'],
  [5, "п'ять|п'яти|п'ятьох|п'ятьом|п'ятьма"],
  [6, 'шість|шести|шістьох|шістьом|шістьма'],
  [7, 'сім|семи|сімох|сімом|сьома|сімома'],
  [8, 'вісім|восьми|вісьмох|вісьмом|вісьма|вісьмома'],
  [9, "дев'ять|дев'яти|дев'ятьох|дев'ятьом|дев'ятьма"],
  [10, 'десять|десяти|десятьох|десятьом|десятьма'],
  [11, 'одинадцять|одинадцяти|одинадцятьох|одинадцятьом|одинадцятьма'],
  [12, 'дванадцять|дванадцяти|дванадцятьох|дванадцятьом|дванадцятьма'],
  [13, 'тринадцять|тринадцяти|тринадцятьох|тринадцятьом|тринадцятьма'],
  [14, 'чотирнадцять|чотирнадцяти|чотирнадцятьох|чотирнадцятьом|чотирнадцятьма'],
  [15, "п'ятнадцять|п'ятнадцяти|п'ятнадцятьох|п'ятнадцятьом|п'ятнадцятьма"],
  [16, 'шістнадцять|шістнадцяти|шістнадцятьох|шістнадцятьом|шістнадцятьма'],
  [17, 'сімнадцять|сімнадцяти|сімнадцятьох|сімнадцятьом|сімнадцятьма'],
  [18, 'вісімнадцять|вісімнадцяти|вісімнадцятьох|вісімнадцятьом|вісімнадцятьма'],
  [19, "дев'ятнадцять|дев'ятнадцяти|дев'ятнадцятьох|дев'ятнадцятьом|дев'ятнадцятьма"],
  [20, 'двадцять|двадцяти|двадцятьох|двадцятьом|двадцятьма'],
  [30, 'тридцять|тридцяти|тридцятьох|тридцятьом|тридцятьма'],
  [40, 'сорок|сорока|сорокох|сорокам'],
  [50, "п'ятдесят|п'ятдесяти|п'ятдесятьох|п'ятдесятьом|п'ятдесятьма"],
  [60, 'шістдесят|шістдесяти|шістдесятьох|шістдесятьом|шістдесятьма'],
  [70, 'сімдесят|сімдесяти|сімдесятьох|сімдесятьом|сімдесятьма'],
  [80, 'вісімдесят|вісімдесяти|вісімдесятьох|вісімдесятьом|вісімдесятьма'],
  [90, "дев'яносто|дев'яноста"],
  [100, 'сто|ста'],
  [200, 'двісті|двохсот|двомстам|двомастами|двохстах'],
  [300, 'триста|трьохсот|трьомстам|трьомастами|трьохстах'],
  [400, 'чотириста|чотирьохсот|чотирьомстам|чотирмастами|чотирьохстах'],
  [500, "п'ятсот|п'ятисот|п'ятистам|п'ятьмастами|п'ятистах"],
  [600, 'шістсот|шестисот|шестистам|шістьмастами|шестистах'],
  [700, 'сімсот|семисот|семистам|сьомастами|семистах'],
  [800, 'вісімсот|восьмисот|восьмистам|вісьмастами|восьмистах'],
  [900, "дев'ятсот|дев'ятисот|дев'ятистам|дев'ятьмастами|дев'ятистах"],
];

const EN: Table = [
  [1, 'one'],
  [2, 'two'],
  [3, 'three'],
  [4, 'four'],
  [5, 'five'],
  [6, 'six'],
  [7, 'seven'],
  [8, 'eight'],
  [9, 'nine'],
  [10, 'ten'],
  [11, 'eleven'],
  [12, 'twelve'],
  [13, 'thirteen'],
  [14, 'fourteen'],
  [15, 'fifteen'],
  [16, 'sixteen'],
  [17, 'seventeen'],
  [18, 'eighteen'],
  [19, 'nineteen'],
  [20, 'twenty'],
  [30, 'thirty'],
  [40, 'forty'],
  [50, 'fifty'],
  [60, 'sixty'],
  [70, 'seventy'],
  [80, 'eighty'],
  [90, 'ninety'],
  [100, 'hundred'],
];

/** Scale words in any case form (stems), with what they multiply by. */
const SCALES: readonly [RegExp, number][] = [
  [/^(?:тысяч|тисяч|thousand)/u, 1e3],
  [/^(?:миллион|мільйон|million)/u, 1e6],
  [/^(?:миллиард|мільярд|billion)/u, 1e9],
];
/** A word a scale word may carry inside ("thousands", "тисячами") but that is not one of its forms. */
const SCALE_FORM = /^[\p{L}']{0,6}$/u;

const TABLES: Record<string, Table> = { en: EN, ru: RU, uk: UK };
const VALUES = new Map<string, Map<string, number>>(
  Object.entries(TABLES).map(([lang, table]) => [
    lang,
    new Map(table.flatMap(([value, forms]) => forms.split('|').map((f) => [f, value] as const))),
  ]),
);

/** Words that join number words inside one number ("two hundred and five"). */
const JOINERS = new Set(['and']);

export interface NumberWords {
  start: number;
  end: number;
  value: number;
}

function scaleOf(word: string): number | undefined {
  for (const [re, mult] of SCALES) {
    const m = re.exec(word);
    if (m && SCALE_FORM.test(word.slice(m[0].length))) return mult;
  }
  return undefined;
}

/**
 * Every run of number words in `text` (languages without a table: none), with its value. A scale word
 * alone counts as one of it ("тысячи" = 1000).
 */
export function numberWords(text: string, lang: string): NumberWords[] {
  const values = VALUES.get(lang);
  if (!values) return [];
  const out: NumberWords[] = [];
  let run: { start: number; end: number; total: number; current: number } | null = null;
  // end of the last word taken into the run, joiners included
  let last = 0;
  const close = (): void => {
    if (run) out.push({ start: run.start, end: run.end, value: run.total + run.current });
    run = null;
  };
  for (const m of text.matchAll(/[\p{L}'’ʼ]+/gu)) {
    const word = m[0].toLowerCase().replace(/[’ʼ]/g, "'");
    // words of one number are separated by a space or a hyphen only
    if (run && !/^[ \u00a0-]$/.test(text.slice(last, m.index))) close();
    const value = values.get(word);
    const scale = value === undefined ? scaleOf(word) : undefined;
    if (value === undefined && scale === undefined) {
      if (run && JOINERS.has(word)) last = m.index + m[0].length;
      else close();
      continue;
    }
    // a scale word after digits ("5 тысяч") belongs to that number, which the digit reader has
    if (!run && scale !== undefined && /\d[\s\u00a0]*$/.test(text.slice(Math.max(0, m.index - 3), m.index)))
      continue;
    run ??= { start: m.index, end: m.index, total: 0, current: 0 };
    if (value === 100 && lang === 'en') run.current = (run.current || 1) * 100;
    else if (value !== undefined) run.current += value;
    else {
      run.total += (run.current || 1) * scale!;
      run.current = 0;
    }
    run.end = last = m.index + m[0].length;
  }
  close();
  return out;
}
