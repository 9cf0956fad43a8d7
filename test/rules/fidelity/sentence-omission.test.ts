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

warmLexicons(['ru', 'uk']);

ruleTester(sentenceOmission, {
  valid: [
    ...COMPLETE_TRANSLATIONS,
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
