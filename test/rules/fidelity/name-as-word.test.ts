import { nameAsWord } from '../../../src/rules/fidelity/name-as-word.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const uk = (title: string, body: string) => ({ title, body, lang: 'uk' });
const ru = (title: string, body: string) => ({ title, body, lang: 'ru' });

ruleTester(nameAsWord, {
  valid: [
    {
      name: 'the name transliterated in full',
      title: 'Rada backs the new fisheries law',
      body: 'The Verkhovna Rada backed the fisheries law on Thursday, and 251 deputies voted for it.',
      original: uk(
        'Рада підтримала новий закон про рибальство',
        'Верховна Рада у четвер підтримала закон про рибальство, за нього проголосував 251 депутат.',
      ),
    },
    {
      name: 'a given name mentioned alone later, before an ordinary word',
      title: 'Teacher wins the regional award',
      body: 'The teacher Olena Marchuk won the award. Olena Said she would spend the prize on books.',
      original: uk(
        'Вчителька отримала обласну нагороду',
        'Вчителька Олена Марчук отримала нагороду. Олена сказала, що витратить премію на книжки.',
      ),
    },
    {
      name: 'an acronym of the name spelt out',
      title: 'Kharkiv Regional State Administration opens shelters',
      body: 'The Kharkiv Regional State Administration opened ten shelters in schools.',
      original: uk('Харківська ОДА відкриває укриття', 'Харківська ОДА відкрила десять укриттів у школах.'),
    },
    {
      name: 'a name that sounds alike in English is kept, not translated',
      title: 'Volunteers from Bila Tserkva deliver generators',
      body: 'Volunteers from Bila Tserkva delivered twelve generators to the hospital.',
      original: uk(
        'Волонтери з Білої Церкви доставили генератори',
        'Волонтери з Білої Церкви доставили дванадцять генераторів до лікарні.',
      ),
    },
    {
      name: 'a modifier before the kept word put into English, as English usage often does',
      title: 'Greater Odesa ports handle more grain',
      body: 'The ports of Greater Odesa handled more grain in June, and ships from Old Oskol waited.',
      original: uk(
        'Порти Великої Одеси перевалили більше зерна',
        'Порти Великої Одеси у червні перевалили більше зерна, а судна зі Старого Осколу чекали.',
      ),
    },
    {
      name: 'a name whose fixed English form translates a word (the gazetteer knows it)',
      title: 'Journalists of Radio Liberty win the award',
      body: 'Two journalists of Radio Liberty won the award for their reports from the front.',
      original: uk(
        'Журналісти Радіо Свобода отримали премію',
        'Двоє журналістів Радіо Свобода отримали премію за репортажі з фронту.',
      ),
    },
    {
      name: 'an English original is not judged',
      title: 'Bank raises rates',
      body: 'The Federal Reserve raised rates.',
      original: { title: 'Bank raises rates', body: 'The Federal Reserve raised rates.', lang: 'en' },
    },
  ],
  invalid: [
    {
      name: 'the second word of a parliament read as a common word, and again alone in the headline',
      title: 'Glad passes the new fisheries law',
      body: 'The Verkhovna Glad passed the fisheries law on Thursday, and 251 deputies voted for it.',
      original: uk(
        'Рада ухвалила новий закон про рибальство',
        'Верховна Рада у четвер ухвалила закон про рибальство, за нього проголосував 251 депутат.',
      ),
      errors: [
        { messageId: 'nameAsWord', field: 'title', text: 'Glad' },
        { messageId: 'nameAsWord', field: 'body', text: 'Glad' },
      ],
    },
    {
      name: 'a city whose second word is read as a common word',
      title: 'Volunteers from Bila Church deliver generators',
      body: 'Volunteers from Bila Church delivered twelve generators to the hospital.',
      original: uk(
        'Волонтери з Білої Церкви доставили генератори',
        'Волонтери з Білої Церкви доставили дванадцять генераторів до лікарні.',
      ),
      errors: [
        { messageId: 'nameAsWord', field: 'title', text: 'Church' },
        { messageId: 'nameAsWord', field: 'body', text: 'Church' },
      ],
    },
    {
      name: 'the head of a Russian place name read as a common word',
      title: 'Theatre festival opens',
      body: 'The festival opened in Nizhny Town and in Stary Oskol on Friday.',
      original: ru(
        'Открылся театральный фестиваль',
        'Фестиваль открылся в Нижнем Новгороде и в Старом Осколе в пятницу.',
      ),
      errors: [{ messageId: 'nameAsWord', field: 'body', text: 'Town' }],
    },
  ],
});
