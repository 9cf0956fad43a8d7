import { ruleTester } from '../../helpers/rule-tester.js';
import { wrongScript } from '../../../src/rules/language/wrong-script.js';

const EN =
  'The exhibition opened at the national art gallery on Friday. It presents sixty works by nineteen artists from the occupied city.';
const UK =
  'Виставка відкрилася в національній галереї мистецтв у пʼятницю. На ній представлено шістдесят робіт девʼятнадцяти художників.';

ruleTester(wrongScript, {
  valid: [
    { title: 'Exhibition of artists from Mariupol opens in Lviv', body: EN },
    {
      name: 'Latin brand names inside Cyrillic text',
      lang: 'uk',
      title: 'НАТО і WhatsApp: як Signal став головним месенджером',
      body: `${UK}\n\nКористувачі WhatsApp і Signal отримали сповіщення, а в НАТО (NATO) заявили про нові правила.`,
    },
    {
      name: 'a quoted Cyrillic slogan in an English article',
      body: `${EN}\n\n«Слава Україні, героям слава, разом переможемо»\n\nThe curator said the works would travel to Krakow next year.`,
    },
    {
      name: 'a list of names',
      lang: 'uk',
      title: 'Виставка у Львові',
      body: `${UK}\n\nReuters Gleb Garanich`,
    },
    {
      name: 'a short Cyrillic name in an English paragraph',
      body: `${EN} The village of Костилівка lies nearby.`,
    },
    {
      name: 'a French headline over an English body is not a script problem',
      title: 'Lyon : des navettes fluviales sur la Saône',
      body: EN,
    },
  ],
  invalid: [
    {
      title: 'У Львові відкрили виставку художників, чиї роботи вдалося вивезти',
      body: EN,
      errors: [{ messageId: 'titleInOtherScript', field: 'title' }],
    },
    {
      name: 'a Cyrillic paragraph in an English article',
      body: `${EN}\n\n${UK}\n\nThe curator said the works would travel to Krakow next year.`,
      errors: [{ messageId: 'paragraphInOtherScript', field: 'body', text: UK }],
    },
    {
      name: 'a Latin paragraph in a Ukrainian article',
      lang: 'uk',
      title: 'У Львові відкрили виставку художників',
      body: `${UK}\n\n${EN}\n\nКуратор розповіла, що виставку покажуть у Кракові наступного року.`,
      errors: [{ messageId: 'paragraphInOtherScript', text: EN }],
    },
    {
      name: 'a Latin headline over a Ukrainian article',
      lang: 'uk',
      title: 'Exhibition of artists from Mariupol opens in Lviv',
      body: UK,
      errors: [{ messageId: 'titleInOtherScript' }],
    },
  ],
});
