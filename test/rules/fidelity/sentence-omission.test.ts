import { sentenceOmission } from '../../../src/rules/fidelity/sentence-omission.js';
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

const [L1] = EN_LIBRARY.paragraphs as [string, string];
const [H1] = EN_HOSPITAL.paragraphs as [string, string];

// everyday sentences with no name or figure: lengths alone would join a dropped one to its neighbour
const VILLAGE_UK =
  'Ми живемо в маленькому селі біля річки. Діти дуже люблять нову школу і своїх вчителів. Вранці я працюю в магазині, а ввечері гуляю з собакою.';
const VILLAGE = { title: 'Життя в селі', lang: 'uk', body: VILLAGE_UK };
const VILLAGE_TITLE = 'Life in the village';

warmLexicons(['ru', 'uk']);

ruleTester(sentenceOmission, {
  valid: [
    ...COMPLETE_TRANSLATIONS,
    {
      name: 'two everyday sentences rendered as one keep the words of both',
      title: VILLAGE_TITLE,
      body: 'We live in a small village by the river. The children really love their new school and teachers, and in the morning I work in a shop and walk the dog in the evening.',
      original: VILLAGE,
    },
    {
      name: 'everyday sentences translated one by one',
      title: VILLAGE_TITLE,
      body: 'We live in a small village by the river. The children really love their new school and their teachers. In the morning I work in a shop, and in the evening I walk the dog.',
      original: VILLAGE,
    },
    {
      name: 'two sentences joined into one keep their words',
      title: EN_LIBRARY.title,
      body: body([
        L1,
        'Library director Anna Vetrova said its collection holds 40,000 books and its reading room 60 seats. The library will be open from 9:00 to 21:00.',
      ]),
      original: original(RU_LIBRARY),
    },
    {
      name: 'a short sentence left out is not worth a finding',
      title: EN_HOSPITAL.title,
      body: body([
        H1,
        'Chief doctor Oleh Moroz thanked the builders for their quick work. The hospital now has a separate ward for mothers with babies.',
      ]),
      original: original({
        ...UK_HOSPITAL,
        paragraphs: [UK_HOSPITAL.paragraphs[0]!, `${UK_HOSPITAL.paragraphs[1]!} Усім дякуємо.`],
      }),
    },
  ],
  invalid: [
    {
      name: 'a dropped everyday sentence the aligner joined to its neighbour (1-2): its words are not rendered',
      title: VILLAGE_TITLE,
      body: 'We live in a small village by the river. In the morning I work in a shop, and in the evening I walk the dog.',
      original: VILLAGE,
      errors: [
        {
          messageId: 'omitted',
          field: 'original.body',
          text: 'Діти дуже люблять нову школу і своїх вчителів.',
        },
      ],
    },
    {
      name: 'a dropped Russian sentence',
      title: EN_LIBRARY.title,
      body: body([
        L1,
        'Library director Anna Vetrova said its collection holds 40,000 books. The library will be open from 9:00 to 21:00.',
      ]),
      original: original(RU_LIBRARY),
      errors: [{ messageId: 'omitted', field: 'original.body', text: 'Читальный зал рассчитан на 60 мест.' }],
    },
    {
      name: 'a dropped Ukrainian sentence',
      title: EN_HOSPITAL.title,
      body: body([
        H1,
        'Chief doctor Oleh Moroz thanked the builders for their quick work. Patients will be admitted from Monday.',
      ]),
      original: original(UK_HOSPITAL),
      errors: [
        {
          messageId: 'omitted',
          field: 'original.body',
          text: 'У лікарні тепер є окрема палата для матерів з немовлятами.',
        },
      ],
    },
  ],
});
