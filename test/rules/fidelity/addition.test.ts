import { ruleTester } from '../../helpers/rule-tester.js';
import { addition } from '../../../src/rules/fidelity/addition.js';

const P1_UK = 'У Вінниці відкрили новий міст через Південний Буг, повідомив міський голова Сергій Моргунов.';
const P2_UK =
  'Будівництво тривало 22 місяці й коштувало 415 млн грн, роботи виконала компанія «Будмост» з Житомира.';
const P3_UK = 'Моргунов додав, що наступного року місто планує відремонтувати ще 9 вулиць у Замості.';
const P1_EN = 'A new bridge across the Southern Bug has opened in Vinnytsia, mayor Serhii Morhunov said.';
const P2_EN =
  'Construction took 22 months and cost UAH 415 million; the work was done by the Budmost company from Zhytomyr.';
const P3_EN = 'Morhunov added that next year the city plans to repair another 9 streets in Zamostia.';
const TITLE = 'New bridge opens in Vinnytsia';
const ORIGINAL = { title: 'У Вінниці відкрили міст', lang: 'uk', body: [P1_UK, P2_UK, P3_UK].join('\n\n') };

const PASTED =
  'Meanwhile, in Odesa the port authority reported that 37 grain ships left Chornomorsk and Pivdennyi in April, carrying 1.2 million tonnes to Egypt, Spain and Turkey.';
const PASTED_NO_NAMES =
  'Many readers have written to us asking for more recipes with seasonal vegetables and fewer stories about celebrities and their holidays.';
const RELATED_HEADLINE = 'Kherson farmers count losses after the spring floods';
const RELATED_TEASER =
  'Farmers near Kherson and Beryslav say the floods of March destroyed 4,300 hectares of winter wheat, and the Ministry of Agrarian Policy promised compensation of UAH 60 million before the end of 2025.';

// a family's news with no figure: names anchor the outer paragraphs, the others share everyday words
const FAMILY_UK = [
  'Родина Ковальчуків з Ірпеня вже два тижні живе в маленькому селі біля Дунаю.',
  'Діти дуже люблять нову школу і вже мають там друзів.',
  'Діти ходять до школи в Ізмаїлі, а Ірина Ковальчук шукає роботу в селі.',
  'Увечері родина гуляє біля Дунаю і дякує сусідам за допомогу.',
];
const FAMILY_EN = [
  'The Kovalchuk family from Irpin has been living in a small village on the Danube for two weeks.',
  'The children really love their new school and already have friends there.',
  'The children go to school in Izmail, and Iryna Kovalchuk is looking for work in the village.',
  'In the evening the family walks along the Danube and thanks the neighbours for their help.',
];
const FAMILY = { title: 'Родина з Ірпеня живе біля Дунаю', lang: 'uk', body: FAMILY_UK.join('\n\n') };
const FAMILY_TITLE = 'A family from Irpin settles on the Danube';
const PASTED_ON_TOPIC =
  'Many children of the village also go to a school in the city, and they travel there by bus every day.';

ruleTester(addition, {
  valid: [
    {
      name: 'paragraphs of everyday words split in two (each half accounts for words of the original)',
      title: FAMILY_TITLE,
      body: [
        FAMILY_EN[0],
        FAMILY_EN[1],
        'The children go to school in Izmail.',
        'Iryna Kovalchuk is looking for work in the village.',
        FAMILY_EN[3],
      ].join('\n\n'),
      original: FAMILY,
    },
    {
      name: 'a complete translation of paragraphs of everyday words',
      title: FAMILY_TITLE,
      body: FAMILY_EN.join('\n\n'),
      original: FAMILY,
    },
    {
      name: 'a faithful translation',
      title: TITLE,
      body: [P1_EN, P2_EN, P3_EN].join('\n\n'),
      original: ORIGINAL,
    },
    {
      name: 'two original paragraphs merged into one',
      title: TITLE,
      body: [P1_EN, `${P2_EN} ${P3_EN}`].join('\n\n'),
      original: ORIGINAL,
    },
    {
      name: 'one original paragraph split into two',
      title: TITLE,
      body: [
        P1_EN,
        'Construction took 22 months and cost UAH 415 million.',
        'The work was done by the Budmost company from Zhytomyr.',
        P3_EN,
      ].join('\n\n'),
      original: ORIGINAL,
    },
    {
      name: 'a one-line photo credit',
      title: TITLE,
      body: [P1_EN, P2_EN, P3_EN, 'Photo: Vinnytsia City Council / Oksana Petrenko'].join('\n\n'),
      original: ORIGINAL,
    },
    {
      name: "a translator's explanation of an acronym",
      title: 'Anti-corruption bureau searches the Rivne council',
      body: [
        'Detectives of NABU searched the Rivne regional council on Tuesday, the bureau said.',
        '(NABU is the National Anti-Corruption Bureau of Ukraine.)',
        'The searches concern a 2023 contract for road repairs worth UAH 86 million.',
      ].join('\n\n'),
      original: {
        title: 'НАБУ проводить обшуки в Рівненській облраді',
        lang: 'uk',
        body: [
          'Детективи НАБУ у вівторок провели обшуки в Рівненській обласній раді, повідомили в бюро.',
          'Обшуки стосуються договору 2023 року на ремонт доріг вартістю 86 млн грн.',
        ].join('\n\n'),
      },
    },
    {
      name: 'a lightly reworded same-language copy',
      title: 'New bridge opens in Vinnytsia',
      body: [
        'A new bridge over the Southern Bug opened in Vinnytsia, according to mayor Serhii Morhunov.',
        'Building it took 22 months and UAH 415 million; Budmost, a Zhytomyr firm, did the work.',
        'Next year the city means to repair 9 more streets in Zamostia, Morhunov added.',
      ].join('\n\n'),
      original: { title: TITLE, lang: 'en', body: [P1_EN, P2_EN, P3_EN].join('\n\n') },
    },
    {
      name: 'a long added paragraph whose names are all in the original (moved content, not foreign)',
      title: TITLE,
      body: [
        P1_EN,
        P2_EN,
        P3_EN,
        'Morhunov thanked the builders from Zhytomyr and the Budmost company, and said the bridge over the Southern Bug in Vinnytsia would serve the city for many decades to come.',
      ].join('\n\n'),
      original: ORIGINAL,
    },
    {
      name: 'a leaked CSS paragraph (markup, not an addition)',
      title: TITLE,
      body: [
        P1_EN,
        P2_EN,
        '.wp-block-quote_x12 .News-Inline {Margin: 0 Auto 18px; Text-Align: Center; Border-Left: 3px Solid #C00; Font-Family: Georgia, Serif; Max-Width: 640px; }',
        P3_EN,
      ].join('\n\n'),
      original: ORIGINAL,
    },
  ],
  invalid: [
    {
      name: 'a pasted paragraph on the same subject: it shares topic words but renders nothing of its own',
      title: FAMILY_TITLE,
      body: [FAMILY_EN[0], FAMILY_EN[1], PASTED_ON_TOPIC, FAMILY_EN[2], FAMILY_EN[3]].join('\n\n'),
      original: FAMILY,
      errors: [{ messageId: 'addedWords', text: PASTED_ON_TOPIC }],
    },
    {
      name: 'a paragraph of another story pasted into a translation',
      title: TITLE,
      body: [P1_EN, P2_EN, PASTED, P3_EN].join('\n\n'),
      original: ORIGINAL,
      errors: [{ messageId: 'added', field: 'body', text: PASTED }],
    },
    {
      name: 'a related headline with its teaser at the end',
      title: TITLE,
      body: [P1_EN, P2_EN, P3_EN, RELATED_HEADLINE, RELATED_TEASER].join('\n\n'),
      original: ORIGINAL,
      errors: [{ messageId: 'added', text: RELATED_TEASER }],
    },
    {
      name: 'a pasted paragraph in a same-language copy',
      title: TITLE,
      body: [P1_EN, P2_EN, P3_EN, PASTED].join('\n\n'),
      original: { title: TITLE, lang: 'en', body: [P1_EN, P2_EN, P3_EN].join('\n\n') },
      errors: [{ messageId: 'added', text: PASTED }],
    },
    {
      name: 'a pasted paragraph without a name or a figure: none of its words renders the original',
      title: TITLE,
      body: [P1_EN, P2_EN, PASTED_NO_NAMES, P3_EN].join('\n\n'),
      original: ORIGINAL,
      errors: [{ messageId: 'addedWords', text: PASTED_NO_NAMES }],
    },
    {
      name: 'a paragraph of another story in the place of one of the original (paired by place, renders none of it)',
      title: TITLE,
      body: [P1_EN, PASTED_NO_NAMES, P3_EN].join('\n\n'),
      original: ORIGINAL,
      errors: [{ messageId: 'replacing', text: PASTED_NO_NAMES }],
    },
  ],
});
