/**
 * The one spelling under which lexicon keys are stored and looked up, so that the build script and the
 * loaders agree: lower case, NFC, no combining stress marks, one apostrophe, and for Russian and
 * Ukrainian-pivoted Russian `ё` folded to `е` (Russian news prints `е` for both).
 */
const STRESS = /[\u0300\u0301]/g;
const APOSTROPHES = /[ʼ’‘`´]/g;

export function normalizeKey(word: string, lang: string): string {
  // After NFC, accented Latin letters are single code points; a combining acute or grave left over is a
  // stress mark (Cyrillic has no precomposed stressed vowels).
  let w = word.normalize('NFC').replace(STRESS, '').toLowerCase().replace(APOSTROPHES, "'");
  if (lang === 'ru') w = w.replace(/ё/g, 'е');
  if (lang === 'de') w = w.replace(/ß/g, 'ss');
  return w;
}
