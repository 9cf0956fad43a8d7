import { nameSpelling } from '../../../src/rules/fidelity/name-spelling.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const uk = (title: string, body: string) => ({ title, body, lang: 'uk' });
const ru = (title: string, body: string) => ({ title, body, lang: 'ru' });
const pl = (title: string, body: string) => ({ title, body, lang: 'pl' });

ruleTester(nameSpelling, {
  valid: [
    {
      name: 'a faithful romanisation of the original word one letter from a place it is not',
      title: 'Soft drink maker expands',
      body: 'The maker of the soft drink Tarkhuna is expanding its plant near Samara.',
      original: {
        title: 'Производитель лимонада расширяется',
        body: 'Производитель лимонада «Тархуна» расширяет свой завод под Самарой.',
        lang: 'ru',
      },
    },
    {
      name: 'other romanisations of the same letters (ya / ia, final -yi / -iy)',
      title: 'Volunteers rebuild the school in Borodyanka',
      body: 'Volunteers led by Kolya Marchenko rebuilt the school in Borodyanka, said Andriy Zelenskiy, a teacher there.',
      original: uk(
        'Волонтери відбудували школу в Бородянці',
        'Волонтери на чолі з Колею Марченком відбудували школу в Бородянці, розповів учитель Андрій Зеленський.',
      ),
    },
    {
      name: 'a transliterated name or title that a dictionary word is one letter from',
      title: 'Maryna Hordiienko joins the newspaper',
      body: 'The journalist Maryna Hordiienko has joined the staff of Novaya Gazeta, the editor said on Monday.',
      original: ru(
        'Марина Гордиенко переходит в газету',
        'Журналистка Марина Гордиенко перешла в редакцию «Новой газеты», сообщил в понедельник редактор.',
      ),
    },
    {
      name: 'English derivations of a name, adjectival district names, brands with inner capitals, a surname written back',
      title: 'Belarusians protest in Minsk',
      body: 'Thousands of Belarusians marched through the Frunzenskyi district, BelTA reported, and the envoy Downes watched.',
      original: ru(
        'Белорусы протестуют в Минске',
        'Тысячи белорусов прошли по Фрунзенскому району, сообщило БелТА, а посланник Даунс наблюдал.',
      ),
    },
    {
      name: 'a Polish surname written without its diacritics and a correct country name',
      title: 'Minister visits Germany',
      body: 'Minister Pawel Wojcik has been in Germany since Tuesday for talks on energy.',
      original: pl(
        'Minister odwiedza Niemcy',
        'Minister Paweł Wójcik od wtorku przebywa w Niemczech na rozmowach o energii.',
      ),
    },
    {
      name: 'a surname in another case than the original, a name romanised the Russian way, a foreign name in its own spelling',
      title: 'Coach thanks the team',
      body: 'The coach thanked Denysenko and Boris Melnyk, and the guest player Kwiatkowski scored twice.',
      original: uk(
        'Тренер подякував команді',
        'Тренер подякував Денисенкові та Борису Мельнику, а гравець Квятковський забив двічі.',
      ),
    },
    {
      name: 'an English original is not judged',
      title: 'Council meets in Pragua',
      body: 'The council met in Pragua on Monday.',
      original: {
        title: 'Council meets in Pragua',
        body: 'The council met in Pragua on Monday.',
        lang: 'en',
      },
    },
  ],
  invalid: [
    {
      name: "a country's English name back-transliterated (place-name table)",
      title: 'Government approves the budget',
      body: 'The government of Ukrayne approved the budget for next year on Friday.',
      original: uk('Уряд затвердив бюджет', "Уряд України в п'ятницю затвердив бюджет на наступний рік."),
      errors: [{ messageId: 'misspelt', field: 'body', text: 'Ukrayne', suggestion: 'Ukraine' }],
    },
    {
      name: 'a large city one letter from the misspelling, sounding like the original',
      title: 'Artists open an exhibition',
      body: 'Ukrainian artists opened an exhibition of their paintings in Pragua last week.',
      original: uk(
        'Художники відкрили виставку',
        'Українські художники минулого тижня відкрили в Празі виставку своїх картин.',
      ),
      errors: [{ messageId: 'misspelt', field: 'body', text: 'Pragua', suggestion: 'Prague' }],
    },
    {
      name: 'a proper adjective mangled (bilingual lexicon rendering)',
      title: 'Parish restores the church',
      body: 'The local Ortodox parish restored the wooden church with money from residents.',
      original: uk(
        'Парафія відновила церкву',
        "Місцева православна парафія відновила дерев'яну церкву коштом мешканців.",
      ),
      errors: [{ messageId: 'misspelt', field: 'body', text: 'Ortodox', suggestion: 'Orthodox' }],
    },
    {
      name: 'Russian original: a country name misspelt',
      title: 'Minister arrives for talks',
      body: 'The foreign minister arrived in Garmany for talks on gas supplies.',
      original: ru(
        'Министр прибыл на переговоры',
        'Министр иностранных дел прибыл в Германию на переговоры о поставках газа.',
      ),
      errors: [{ messageId: 'misspelt', field: 'body', text: 'Garmany', suggestion: 'Germany' }],
    },
    {
      name: 'Polish original: a country name misspelt',
      title: 'Minister visits Germany',
      body: 'Minister Pawel Wojcik has been in Germeny since Tuesday for talks on energy.',
      original: pl(
        'Minister odwiedza Niemcy',
        'Minister Paweł Wójcik od wtorku przebywa w Niemczech na rozmowach o energii.',
      ),
      errors: [{ messageId: 'misspelt', field: 'body', text: 'Germeny', suggestion: 'Germany' }],
    },
    {
      name: 'a given name of the original one letter off every spelling the gazetteer knows',
      title: 'Mayor opens the school',
      body: 'The mayor Vyktor Shevchuk opened the renovated school on Monday.',
      original: uk('Мер відкрив школу', 'Мер Віктор Шевчук у понеділок відкрив оновлену школу.'),
      errors: [{ messageId: 'misspelt', field: 'body', text: 'Vyktor', suggestion: 'Viktor' }],
    },
    {
      name: 'a brand the original writes in Latin letters misspelt',
      title: 'Shop opens in Rivne',
      body: 'The mayor Viktor Shevchuk opened a new Lydl store in the city on Monday.',
      original: uk(
        'У Рівному відкрили магазин',
        'Мер Віктор Шевчук у понеділок відкрив у місті новий магазин Lidl.',
      ),
      errors: [{ messageId: 'misspelt', field: 'body', text: 'Lydl', suggestion: 'Lidl' }],
    },
    {
      name: 'a proper adjective mangled where only the headline names the country',
      title: 'Ukraine buys howitzers',
      body: 'The Ukraynian army will receive the howitzers in spring, officials said.',
      original: uk(
        'Україна купує гаубиці',
        'Українська армія отримає гаубиці навесні, повідомили посадовці.',
      ),
      errors: [{ messageId: 'misspelt', field: 'body', text: 'Ukraynian', suggestion: 'Ukrainian' }],
    },
    {
      name: 'a capitalised word that renders nothing in the original and is one letter from a word',
      title: 'Tourists return to Czechia',
      body: 'Tourists are returning to the Czech Republyc after two quiet years.',
      original: uk('Туристи повертаються до Чехії', 'Туристи повертаються до Чехії після двох тихих років.'),
      errors: [{ messageId: 'notAWord', field: 'body', text: 'Republyc', suggestion: 'Republic' }],
    },
  ],
});
