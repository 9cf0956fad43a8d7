import { sentenceAddition } from '../../../src/rules/fidelity/sentence-addition.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { warmLexicons } from './warm-lexicons.js';
import {
  body,
  COMPLETE_TRANSLATIONS,
  EN_HOSPITAL,
  EN_LIBRARY,
  original,
  RU_LIBRARY,
  UK_HOSPITAL,
} from './meaning-fixtures.js';

const [L1, L2] = EN_LIBRARY.paragraphs as [string, string];
const [H1, H2] = EN_HOSPITAL.paragraphs as [string, string];
const FOOTBALL =
  'Meanwhile, the regional football championship ended with a win for the visitors and thousands of fans celebrating late into the evening.';

// a sentence added after one of a short story: the aligner joins it to its neighbour (2-1)
const VILLAGE = {
  title: 'Життя в Орлівці',
  lang: 'uk',
  body: 'Родина Мельників живе в Орлівці біля Дунаю. Вранці Оксана Мельник працює в магазині, а ввечері гуляє з собакою.',
};
const VILLAGE_EN_1 = 'The Melnyk family lives in Orlivka on the Danube.';
const VILLAGE_EN_2 = 'In the morning Oksana Melnyk works in a shop, and in the evening she walks the dog.';
const BRIDGE_PROMISE =
  'The council has promised to repair the old bridge next spring, before the floods come.';

warmLexicons(['ru', 'uk']);

ruleTester(sentenceAddition, {
  valid: [
    ...COMPLETE_TRANSLATIONS,
    {
      name: 'a sentence rendered as two (each half renders words of the original)',
      title: 'Life in Orlivka',
      body: `${VILLAGE_EN_1} In the morning Oksana Melnyk works in a shop. In the evening she walks the dog.`,
      original: VILLAGE,
    },
    {
      name: 'a translator’s clarification built from the original’s words',
      title: EN_LIBRARY.title,
      body: body([L1, `${L2} Tver is a city on the Volga.`]),
      original: original(RU_LIBRARY),
    },
    {
      name: 'a short added sentence',
      title: EN_HOSPITAL.title,
      body: body([H1, `${H2} Good news indeed.`]),
      original: original(UK_HOSPITAL),
    },
  ],
  invalid: [
    {
      name: 'a sentence added and joined by the aligner to its neighbour (2-1): the original renders none of it',
      title: 'Life in Orlivka',
      body: `${VILLAGE_EN_1} ${BRIDGE_PROMISE} ${VILLAGE_EN_2}`,
      original: VILLAGE,
      errors: [{ messageId: 'added', text: BRIDGE_PROMISE }],
    },
    {
      name: 'a sentence of another story inside a Russian translation',
      title: EN_LIBRARY.title,
      body: body([L1, L2.replace('books. ', `books. ${FOOTBALL} `)]),
      original: original(RU_LIBRARY),
      errors: [{ messageId: 'added', text: FOOTBALL }],
    },
    {
      name: 'a sentence of another story inside a Ukrainian translation',
      title: EN_HOSPITAL.title,
      body: body([H1.replace('months. ', `months. ${FOOTBALL} `), H2]),
      original: original(UK_HOSPITAL),
      errors: [{ messageId: 'added', text: FOOTBALL }],
    },
  ],
});
