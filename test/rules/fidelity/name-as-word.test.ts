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
      name: 'a city English names by an exonym (Москва: Moscow) is rendered',
      title: 'Foreign ministers meet',
      body: 'Foreign ministers of four countries met in Moscow on Wednesday. They discussed grain exports.',
      original: ru(
        'Министры иностранных дел встретились',
        'Министры иностранных дел четырёх стран встретились в Москве в среду. Они обсудили экспорт зерна.',
      ),
    },
    {
      name: 'names that are also English words (Bill, Grace, Rose) kept as names',
      title: 'Concert in Odesa',
      body: 'Bill Turner and the singer Grace Miller performed in Odesa on Friday. Rose Kovalenko sang with them.',
      original: uk(
        'Концерт в Одесі',
        "Білл Тернер і співачка Грейс Міллер виступили в Одесі в п'ятницю. Роуз Коваленко співала з ними.",
      ),
    },
    {
      name: 'a name the original writes in Latin letters, kept inside a longer word',
      title: 'Shop opens an office',
      body: 'The HelloShop company opened a new office in Lviv last week.',
      original: uk('Магазин відкрив офіс', 'Компанія HelloShop минулого тижня відкрила новий офіс у Львові.'),
    },
    {
      name: 'a place rendered by an English form the tables do not know stands as a capitalised word',
      title: 'Protest in Germany',
      body: 'Residents of Cologne came out to protest against the new bridge tolls.',
      original: uk(
        'Протест у Німеччині',
        'Мешканці Кельна вийшли на протест проти нової плати за проїзд мостом.',
      ),
    },
    {
      name: 'a capitalised courtesy pronoun is no name',
      title: 'Thank you',
      body: 'We thank you for your letter and will answer within three days.',
      original: ru('Спасибо', 'Мы благодарим Вас за письмо и ответим в течение трёх дней.'),
    },
    {
      name: 'a given name left out before its surname, a role noun before the surname',
      title: 'School reopens',
      body: 'The school will reopen in May, the head teacher Pasichnyk said at the meeting.',
      original: uk(
        'Школа відкриється знову',
        'Школа знову відкриється у травні, сказала на зборах директорка Тетяна Пасічник.',
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
      name: 'a city put into English as a common word wherever it occurs',
      title: 'Exhibition opens',
      body: 'A large exhibition of modern art opened in bread on Saturday. Tickets cost two hundred crowns.',
      original: uk(
        'Відкрилася виставка',
        'У Празі в суботу відкрилася велика виставка сучасного мистецтва. Квитки коштують двісті крон.',
      ),
      errors: [{ messageId: 'replaced', field: 'body', text: 'bread' }],
    },
    {
      name: 'a country read as a common word in Russian',
      title: 'Grain exports grow',
      body: 'Grain exports from stone grew by a fifth in March, the ministry said.',
      original: ru(
        'Экспорт зерна вырос',
        'Экспорт зерна из Германии в марте вырос на пятую часть, сообщило министерство.',
      ),
      errors: [{ messageId: 'replaced', field: 'body', text: 'stone' }],
    },
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
    {
      name: 'a surname read as a common word right after its kept given name',
      title: 'President visits the plant',
      body: 'President Mykola hope visited the tractor plant on Tuesday.',
      original: uk(
        'Президент відвідав завод',
        'Президент Микола Шевчук у вівторок відвідав тракторний завод.',
      ),
      errors: [{ messageId: 'replaced', field: 'body', text: 'hope' }],
    },
    {
      name: 'a holy book the dictionary knows only capitalised, however rare, read as a common word',
      title: 'Evening reading',
      body: 'Every evening he read the bread to his children.',
      original: uk('Вечірнє читання', 'Щовечора він читав дітям Коран.'),
      errors: [{ messageId: 'replaced', field: 'body', text: 'bread' }],
    },
    {
      name: 'a city read as the same word in every sentence, beside another name left out freely',
      title: 'Festival ends',
      body: 'The music festival ended in field on Sunday. Guests from field went home by train. As the mother said, she would come back next year.',
      original: uk(
        'Фестиваль завершився',
        "Музичний фестиваль завершився в Полтаві в неділю. Гості з Полтави роз'їхалися потягом. Як сказала Марина, вона приїде наступного року.",
      ),
      errors: [
        { messageId: 'replaced', field: 'body', text: 'field' },
        { messageId: 'replaced', field: 'body', text: 'field' },
      ],
    },
  ],
});
