import { ruleTester } from '../../helpers/rule-tester.js';
import { headlineUnknownWord as unknownWord } from '../../../src/rules/fluency/headline-unknown-word.js';

const ARMY =
  'The Russian army is trying to create the appearance of a ceasefire, but keeps attacking near the front line.';
const FESTIVAL =
  'The spring folk festival returns to Lviv this year after three years of pause, the organisers said.';

ruleTester(unknownWord, {
  valid: [
    // names the body repeats, in another transliteration or inflection
    {
      title: 'Zelenskyy army commanders meet in Lviv',
      body: 'Zelensky met the commanders of the army in Lviv.',
    },
    {
      title: 'Horobets family returns to Kharkiv',
      body: 'The Horobets family came back to Kharkiv on Monday.',
    },
    // rare real words and known places
    { title: 'Quokka numbers rise on the island', body: 'Rangers counted more animals this year.' },
    { title: 'Bratislava council approves the budget', body: 'The council voted on Tuesday.' },
    // names syndiq cannot know stand beside other names, after prepositions, or as subjects
    { title: 'Serhiy Sydorenko: membership is no longer distant', body: 'The journalist wrote a column.' },
    { title: 'Seven bodies found in Borodyanka near the capital', body: 'Rescuers dismantled the wreckage.' },
    { title: 'Promtex Micropacket mattress 105x195', body: 'A firm mattress for everyday use.' },
    { title: 'Kolya is working again', body: 'Good afternoon, we are fine.' },
    { title: 'Sveta, hey, hi!', body: 'How are you doing today?' },
    // the first line of a post that speaks as "I": no headline, its names need not recur
    {
      title: 'Dear Olena, I use Tsitramon tablets when my head aches.',
      body: 'They help me within an hour.',
    },
    // acronyms and words with inner capitals are not judged here
    { title: 'NATO summit opens', body: 'Leaders gathered on Tuesday.' },
    // languages without a word list
    { lang: 'de', title: 'Rossius Armee ist wütend', body: 'Die Armee greift weiter an.' },
  ],
  invalid: [
    {
      title: 'Rossius army is angry, seeing the appearance',
      body: ARMY,
      errors: [{ messageId: 'unknownLike', text: 'Rossius', suggestion: 'Russian' }],
    },
    {
      title: 'Mother and son met after three Plenid flights',
      body: 'Mother and son met at the exchange after three years of captivity.',
      errors: [{ messageId: 'unknown', text: 'Plenid' }],
    },
    // the same garble in other words
    {
      title: 'Frolk festival returns to Lviv after three years',
      body: FESTIVAL,
      errors: [{ messageId: 'unknownLike', text: 'Frolk', suggestion: 'folk' }],
    },
    {
      name: 'an attributed quote in the first person is still a headline',
      title: 'Mayor: I will not let Vordish traders close the market',
      body: 'The mayor said on Monday that the market would stay open through the winter.',
      errors: [{ messageId: 'unknown', text: 'Vordish' }],
    },
    {
      title: 'Farmers fear Grozhal weather for the harvest',
      body: 'Farmers in the south fear hail will damage the wheat harvest this week.',
      errors: [{ messageId: 'unknown', text: 'Grozhal' }],
    },
    {
      lang: 'es',
      title: 'El Rosiyski ejército se retira',
      body: 'El ejército ruso se retira de la región después de tres años.',
      errors: [{ messageId: 'unknown', text: 'Rosiyski' }],
    },
  ],
});
