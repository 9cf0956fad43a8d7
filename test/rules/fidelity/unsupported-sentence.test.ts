import { unsupportedSentence } from '../../../src/rules/fidelity/unsupported-sentence.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { warmLexicons } from './warm-lexicons.js';
import { body, COMPLETE_TRANSLATIONS, EN_HOSPITAL, original, UK_HOSPITAL } from './meaning-fixtures.js';

const [H1, H2] = EN_HOSPITAL.paragraphs as [string, string];
const GARBLED =
  'Yesterday the weather was cold and wet, with heavy snow expected on northern roads by night.';

warmLexicons(['ru', 'uk']);

ruleTester(unsupportedSentence, {
  valid: [
    ...COMPLETE_TRANSLATIONS,
    {
      name: 'a free but faithful rendering keeps some of the words',
      title: EN_HOSPITAL.title,
      body: body([
        H1.replace(
          'The hospital received new equipment for the operating room.',
          'Its surgery got modern new equipment.',
        ),
        H2,
      ]),
      original: original(UK_HOSPITAL),
    },
    {
      name: 'two sentences given in the other order: each pair is misaligned, not mistranslated',
      title: EN_HOSPITAL.title,
      body: body([
        H1,
        'Thanks to the builders and designers, chief doctor Oleh Moroz said, for the quick and good work on the new building of the hospital. The doctor added that a separate ward for mothers with newborn babies and a new playroom for young patients had opened on the second floor.',
      ]),
      original: original({
        ...UK_HOSPITAL,
        paragraphs: [
          UK_HOSPITAL.paragraphs[0]!,
          'Лікар додав, що на другому поверсі відкрили окрему палату для матерів з немовлятами та нову ігрову кімнату для маленьких пацієнтів. Головний лікар Олег Мороз подякував будівельникам і проєктувальникам за швидку та якісну роботу над новим корпусом лікарні.',
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a long Ukrainian sentence rendered as something else entirely',
      title: EN_HOSPITAL.title,
      body: body([H1, GARBLED]),
      original: original({
        ...UK_HOSPITAL,
        paragraphs: [
          UK_HOSPITAL.paragraphs[0]!,
          'Головний лікар подякував будівельникам і проєктувальникам за швидку та якісну роботу над новим корпусом лікарні.',
        ],
      }),
      errors: [{ messageId: 'unsupported', text: GARBLED }],
    },
  ],
});
