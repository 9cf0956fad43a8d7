/**
 * Romanisation of Ukrainian and Russian names. Ukrainian follows the national standard (Cabinet of
 * Ministers resolution 55 of 2010: Київ -> Kyiv, Кривий Ріг -> Kryvyi Rih, Запоріжжя -> Zaporizhzhia),
 * which is the official English form of Ukrainian place names. Russian follows BGN/PCGN without
 * diacritics (Екатеринбург -> Yekaterinburg). `placeSkeleton` reduces a romanised name to a key that
 * tolerates the usual spelling variants between systems (Odesa/Odessa, Mykolaiv/Mykolayiv).
 */
const UK: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  "'": '',
  '’': '',
  ʼ: '',
};
// At the start of a word: є ї й ю я are ye yi y yu ya.
const UK_INITIAL: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const RU: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const RU_VOWELS = new Set([...'аеёиоуыэюяъь']);

function capitalise(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function romanise(
  text: string,
  letter: (ch: string, prev: string | undefined) => string | undefined,
): string {
  return text.replace(/[\p{L}'’ʼ]+/gu, (word) => {
    const chars = [...word.toLowerCase()];
    let out = '';
    chars.forEach((ch, i) => {
      out += letter(ch, i === 0 ? undefined : chars[i - 1]) ?? ch;
    });
    return capitalise(out, word);
  });
}

export function transliterateUk(text: string): string {
  return romanise(text, (ch, prev) => {
    if (prev === undefined) return UK_INITIAL[ch] ?? UK[ch];
    if (ch === 'г' && prev === 'з') return 'gh'; // зг -> zgh (Zghurivka), distinct from zh
    return UK[ch];
  });
}

export function transliterateRu(text: string): string {
  return romanise(text, (ch, prev) => {
    if (ch === 'е' && (prev === undefined || RU_VOWELS.has(prev))) return 'ye';
    return RU[ch];
  });
}

/** Lower case, letters only, y as i, repeated letters once: Odesa ~ Odessa, Mykolaiv ~ Mykolayiv. */
export function placeSkeleton(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/y/g, 'i')
    .replace(/zhzh/g, 'zh')
    .replace(/(.)\1+/g, '$1');
}
