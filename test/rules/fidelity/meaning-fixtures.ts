/** A Russian and a Ukrainian story written for these tests, with faithful English translations. */
export const RU_LIBRARY = {
  title: 'В Твери открыли новую библиотеку',
  lang: 'ru',
  paragraphs: [
    'В Твери открыли новую библиотеку на улице Советской. Здание площадью 1200 квадратных метров строили три года. Работы обошлись в 85 миллионов рублей.',
    'Директор библиотеки Анна Ветрова рассказала, что фонд составляет 40 тысяч книг. Читальный зал рассчитан на 60 мест. Библиотека будет работать с 9:00 до 21:00.',
  ],
};

export const EN_LIBRARY = {
  title: 'Tver opens a new library',
  paragraphs: [
    'A new library has opened on Sovetskaya Street in Tver. The 1,200 square metre building took three years to build. The works cost 85 million roubles.',
    'Library director Anna Vetrova said its collection holds 40,000 books. The reading room has 60 seats. The library will be open from 9:00 to 21:00.',
  ],
};

export const UK_HOSPITAL = {
  title: 'У Вінниці відремонтували дитячу лікарню',
  lang: 'uk',
  paragraphs: [
    'У Вінниці завершили ремонт дитячої лікарні на вулиці Хмельницькій. Роботи тривали вісім місяців. Лікарня отримала нове обладнання для операційної.',
    'Головний лікар Олег Мороз подякував будівельникам за швидку роботу. У лікарні тепер є окрема палата для матерів з немовлятами. Пацієнтів почнуть приймати з понеділка.',
  ],
};

export const EN_HOSPITAL = {
  title: 'Children’s hospital repaired in Vinnytsia',
  paragraphs: [
    'Repairs of the children’s hospital on Khmelnytska Street in Vinnytsia have been completed. The work lasted eight months. The hospital received new equipment for the operating room.',
    'Chief doctor Oleh Moroz thanked the builders for their quick work. The hospital now has a separate ward for mothers with babies. Patients will be admitted from Monday.',
  ],
};

export const original = (o: { title: string; lang: string; paragraphs: string[] }) => ({
  title: o.title,
  lang: o.lang,
  body: o.paragraphs.join('\n\n'),
});

export const body = (paragraphs: string[]): string => paragraphs.join('\n\n');

/** The faithful translations of both stories: cases every sentence-level rule must leave alone. */
export const COMPLETE_TRANSLATIONS = [
  {
    name: 'a complete Russian translation',
    title: EN_LIBRARY.title,
    body: body(EN_LIBRARY.paragraphs),
    original: original(RU_LIBRARY),
  },
  {
    name: 'a complete Ukrainian translation',
    title: EN_HOSPITAL.title,
    body: body(EN_HOSPITAL.paragraphs),
    original: original(UK_HOSPITAL),
  },
];
