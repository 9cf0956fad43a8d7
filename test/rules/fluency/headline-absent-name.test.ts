import { ruleTester } from '../../helpers/rule-tester.js';
import { headlineAbsentName as absentName } from '../../../src/rules/fluency/headline-absent-name.js';

const HEGSETH =
  'US Secretary of Defense Pete Hegseth faces questions over a leak of data. The politician writes about this.';

ruleTester(absentName, {
  valid: [
    // the body names it
    { title: 'In White House, aides prepare the visit', body: 'Aides at the White House prepare the visit.' },
    { title: 'In Supreme Court, judges hear the case', body: 'The court heard the case on Monday.' },
    // known places and proper nouns that are not ordinary words
    { title: 'Protests in Silver Spring after the vote', body: 'Hundreds gathered after the vote.' },
    { title: 'Visas to Canada for families in Czech Republic', body: 'Families can apply now.' },
    // titles of works and events are not after a preposition of place
    { title: 'Painting by numbers, Demon Slayer anime', body: 'A canvas with paints.' },
    { title: 'Which style was used at the 2021 World Cup?', body: 'The marathon was classic style.' },
    // title case says nothing
    { title: 'Aides Gather In Bell House Before The Vote', body: HEGSETH },
  ],
  invalid: [
    {
      title: 'In Bell House, they were a goat goat in a scandal with a signal date',
      body: HEGSETH,
      errors: [{ messageId: 'absent', text: 'Bell House' }],
    },
    {
      title: 'Thousands of protesters gathered at Green Square against the new law',
      body: 'Several thousand people protested in the centre of the capital against the law on Sunday.',
      errors: [{ messageId: 'absent', text: 'Green Square' }],
    },
  ],
});
