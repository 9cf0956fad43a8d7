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

warmLexicons(['ru', 'uk']);

ruleTester(sentenceAddition, {
  valid: [
    ...COMPLETE_TRANSLATIONS,
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
