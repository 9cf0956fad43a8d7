import { ruleTester } from '../../helpers/rule-tester.js';
import { omission } from '../../../src/rules/fidelity/omission.js';

const P1_UK = 'У Полтаві після ремонту відкрили краєзнавчий музей, повідомила директорка Марія Литвиненко.';
const P2_UK =
  'Ремонт тривав 14 місяців і коштував 12 млн грн, кошти виділили з міського бюджету та фонду «Спадщина».';
const P3_UK = 'Литвиненко розповіла, що наступного року музей планує виставку в Кременчуці та Миргороді.';
const P1_EN =
  'The local history museum in Poltava has reopened after repairs, director Mariia Lytvynenko said.';
const P2_EN =
  'The repairs took 14 months and cost UAH 12 million, paid from the city budget and the Spadshchyna fund.';
const P3_EN = 'Lytvynenko said that next year the museum plans an exhibition in Kremenchuk and Myrhorod.';
const TITLE = 'Poltava museum reopens after repairs';
// a paragraph without a name or a figure: only its words show whether it was translated
const P4_UK = 'Відвідувачі зможуть оглянути старовинні вишиванки, глиняний посуд, ікони та рідкісні книги.';
const P4_EN = 'Visitors will be able to see old embroidered shirts, clay pottery, icons and rare books.';
const ORIGINAL4 = {
  title: 'У Полтаві відкрили музей',
  lang: 'uk',
  body: [P1_UK, P2_UK, P4_UK, P3_UK].join('\n\n'),
};
const ORIGINAL = { title: 'У Полтаві відкрили музей', lang: 'uk', body: [P1_UK, P2_UK, P3_UK].join('\n\n') };

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

ruleTester(omission, {
  valid: [
    {
      name: 'a paragraph of everyday words translated into its neighbour (it accounts for words there)',
      title: FAMILY_TITLE,
      body: [FAMILY_EN[0], `${FAMILY_EN[1]} ${FAMILY_EN[2]}`, FAMILY_EN[3]].join('\n\n'),
      original: FAMILY,
    },
    {
      name: 'a complete translation of paragraphs of everyday words',
      title: FAMILY_TITLE,
      body: FAMILY_EN.join('\n\n'),
      original: FAMILY,
    },
    {
      name: 'a complete translation of a paragraph with no name or figure',
      title: TITLE,
      body: [P1_EN, P2_EN, P4_EN, P3_EN].join('\n\n'),
      original: ORIGINAL4,
    },
    {
      name: 'a complete translation',
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
      name: 'a dropped photo credit (too short to matter)',
      title: TITLE,
      body: [P1_EN, P2_EN, P3_EN].join('\n\n'),
      original: { ...ORIGINAL, body: [P1_UK, P2_UK, P3_UK, 'Фото: Іван Петренко.'].join('\n\n') },
    },
    {
      name: 'a paragraph with promo lines added does not make an original paragraph omitted',
      title: TITLE,
      body: [P1_EN, P2_EN, 'Subscribe to our Telegram channel!', P3_EN].join('\n\n'),
      original: ORIGINAL,
    },
    {
      name: 'a paragraph translated with its names left out',
      title: TITLE,
      body: [
        P1_EN,
        P2_EN,
        'Photos: museum press office.',
        'Next year, the director said, the museum plans to show its exhibition in two other towns of the region.',
      ].join('\n\n'),
      original: ORIGINAL,
    },
  ],
  invalid: [
    {
      name: 'a dropped paragraph whose everyday words its neighbours share: it accounts for nothing there',
      title: FAMILY_TITLE,
      body: [FAMILY_EN[0], FAMILY_EN[2], FAMILY_EN[3]].join('\n\n'),
      original: FAMILY,
      errors: [{ messageId: 'omitted', text: FAMILY_UK[1] }],
    },
    {
      name: 'a paragraph of another story in the place of one of the original: neither renders the other',
      title: TITLE,
      body: [
        P1_EN,
        P2_EN,
        'Farmers in the south expect a smaller wheat harvest this summer because the spring was dry and windy.',
        P3_EN,
      ].join('\n\n'),
      original: ORIGINAL4,
      errors: [{ messageId: 'replaced', text: P4_UK }],
    },
    {
      name: 'a paragraph with no name or figure dropped: its words are nowhere in the translation',
      title: TITLE,
      body: [P1_EN, P2_EN, P3_EN].join('\n\n'),
      original: ORIGINAL4,
      errors: [{ messageId: 'omitted', text: P4_UK }],
    },
    {
      name: 'the middle paragraph dropped',
      title: TITLE,
      body: [P1_EN, P3_EN].join('\n\n'),
      original: ORIGINAL,
      errors: [{ messageId: 'omitted', field: 'original.body', text: P2_UK }],
    },
    {
      name: 'the closing paragraph cut off',
      title: TITLE,
      body: [P1_EN, P2_EN].join('\n\n'),
      original: ORIGINAL,
      errors: [{ messageId: 'omitted', text: P3_UK }],
    },
    {
      name: 'an original paragraph replaced by one from another story',
      title: TITLE,
      body: [
        P1_EN,
        'Earlier, the Kharkiv regional council allocated UAH 310 million to repair 58 schools, governor Oleh Syniehubov said.',
        P3_EN,
      ].join('\n\n'),
      original: ORIGINAL,
      errors: [{ messageId: 'omitted', text: P2_UK }],
    },
    {
      name: 'an original paragraph swapped for another story that shares a word with it',
      title: TITLE,
      body: [
        P1_EN,
        'Earlier, the regional council allocated money from the city budget to repair 58 schools in Kharkiv and Sumy, governor Oleh Syniehubov said.',
        P3_EN,
      ].join('\n\n'),
      original: ORIGINAL,
      errors: [{ messageId: 'omitted', text: P2_UK }],
    },
  ],
});
