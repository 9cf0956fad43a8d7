/** ISO 639-3 (franc's codes) to ISO 639-1 for the languages syndiq knows. */
const ISO3_TO_1: Record<string, string> = {
  eng: 'en',
  ukr: 'uk',
  rus: 'ru',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  pol: 'pl',
  ita: 'it',
  por: 'pt',
  tur: 'tr',
  arb: 'ar',
  cmn: 'zh',
  nld: 'nl',
  ces: 'cs',
  ron: 'ro',
  ind: 'id',
  swe: 'sv',
  hun: 'hu',
  fin: 'fi',
  dan: 'da',
  bel: 'be',
  bul: 'bg',
  srp: 'sr',
  kaz: 'kk',
  ell: 'el',
  pes: 'fa',
  heb: 'he',
  jpn: 'ja',
  kor: 'ko',
  nob: 'no',
  slk: 'sk',
  hrv: 'hr',
  slv: 'sl',
  lit: 'lt',
  lav: 'lv',
  est: 'et',
  cat: 'ca',
  vie: 'vi',
};
const ISO1_TO_3: Record<string, string> = Object.fromEntries(
  Object.entries(ISO3_TO_1).map(([k, v]) => [v, k]),
);

export function toIso1(code3: string): string {
  return ISO3_TO_1[code3] ?? 'und';
}

export function toIso3(code1: string): string | undefined {
  return ISO1_TO_3[code1];
}
