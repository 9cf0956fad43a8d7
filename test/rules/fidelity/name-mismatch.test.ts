import { describe, expect, it } from 'vitest';
import { nameMismatch } from '../../../src/rules/fidelity/name-mismatch.js';
import { sameName, soundsAlike, translitVariant } from '../../../src/analysis/words.js';
import { foldWord } from '../../../src/text/translit.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const uk = (title: string, body: string) => ({ title, body, lang: 'uk' });

ruleTester(nameMismatch, {
  valid: [
    {
      name: 'a surname kept after its given name, another transliteration, and another person named in both',
      title: 'Street lighting repaired in Rivne',
      body: 'Deputy mayor Natalia Tkachuk said 120 lamps were replaced on Soborna Street, together with engineer Ivan Bondar.',
      original: uk(
        'У Рівному відремонтували вуличне освітлення',
        'Заступниця мера Наталія Ткачук повідомила, що на вулиці Соборній разом з інженером Іваном Бондарем замінили 120 ліхтарів.',
      ),
    },
    {
      name: 'English names written in Cyrillic in a Ukrainian republication',
      title: 'Тренер залишає клуб',
      body: 'Тренер Стівен Літгоу заявив, що залишає клуб після сезону. Його замінить Джеймс Дуайер.',
      lang: 'uk',
      original: {
        title: 'Coach leaves the club',
        body: 'Coach Steven Lithgow said he is leaving the club after the season. James Dwyer will replace him.',
        lang: 'en',
      },
    },
    {
      name: 'an English surname written back from its Cyrillic form (У for W)',
      title: 'Visit of the envoy',
      body: 'The envoy Robert Wilk arrived in Moscow on Monday.',
      original: {
        title: 'Визит посланника',
        body: 'Посланник Роберт Уилк прибыл в Москву в понедельник.',
        lang: 'ru',
      },
    },
    {
      name: 'standard transliterations of Ukrainian names and inflected forms',
      title: 'Kharkiv opens a new metro station',
      body: 'Mayor Ihor Terekhov said the station in Kharkiv will serve the Saltivskyi district. Volunteers from Kryvyi Rih and Chornomorsk helped, said Oleh Kushnir.',
      original: uk(
        'Харків відкриває нову станцію метро',
        'Мер Ігор Терехов сказав, що станція в Харкові обслуговуватиме Салтівський район. Допомагали волонтери з Кривого Рогу та Чорноморська, сказав Олег Кушнір.',
      ),
    },
    {
      name: 'surnames that are common nouns, kept untranslated',
      title: 'Bakery chain expands to the west of the country',
      body: 'The owner Mykola Koval and the manager Svitlana Horobets opened two shops. The baker Petro Melnyk praised the flour.',
      original: uk(
        'Мережа пекарень розширюється на захід країни',
        'Власник Микола Коваль і менеджерка Світлана Горобець відкрили дві крамниці. Пекар Петро Мельник похвалив борошно.',
      ),
    },
    {
      name: 'German and Spanish surnames left as they are',
      title: 'Council approves tram line',
      body: 'Deputy mayor Sabine Vogel welcomed the vote. The farmer Francisco Herrero disagreed.',
      original: {
        title: 'Gemeinderat beschließt Stadtbahn',
        body: 'Bürgermeisterin Sabine Vogel begrüßte die Abstimmung. Der Landwirt Francisco Herrero widersprach.',
        lang: 'de',
      },
    },
    {
      name: 'accepted variant Kiev and transliteration variants of a known person',
      title: 'Talks in Kiev',
      body: 'The commander Valeriy Zaluzhny met officials in Kiev on Monday.',
      original: uk(
        'Переговори в Києві',
        'Головнокомандувач Валерій Залужний у понеділок зустрівся з посадовцями в Києві.',
      ),
    },
    {
      name: 'cognates that look like common words (Republic, Truss) are not translations',
      title: 'Visit of the prime minister',
      body: 'The British prime minister Liz Truss visited the Czech Republic on Tuesday.',
      original: {
        title: 'Визит премьер-министра',
        body: 'Британский премьер-министр Лиз Трасс во вторник посетила Чешскую Республику.',
        lang: 'ru',
      },
    },
    {
      name: 'a name the republished text simply leaves out is not a name error',
      title: 'Harvest starts early',
      body: 'Farmers in the south began the harvest a week early this year.',
      original: uk(
        'Жнива почалися раніше',
        'Аграрії на півдні почали жнива на тиждень раніше, розповів Андрій Заєць.',
      ),
    },
    {
      name: 'a surname that means eagle, kept as Orel',
      title: 'Coach praises the defence',
      body: 'The coach Andrii Orel praised the defence after the match.',
      original: uk('Тренер похвалив захист', 'Тренер Андрій Орел похвалив захист після матчу.'),
    },
    {
      name: 'adjectival district names stay transliterated before a designator',
      title: 'New school in the Kyivskyi district',
      body: 'A new school opened in the Kyivskyi district of Kharkiv on Monday.',
      original: uk(
        'Нова школа в Київському районі',
        'У Київському районі Харкова в понеділок відкрили нову школу.',
      ),
    },
    {
      name: 'a same-script republication keeps the Cyrillic adjective',
      title: 'Рижский марафон собрал рекорд участников',
      body: 'Рижский марафон в этом году собрал рекордное число бегунов.',
      lang: 'ru',
      original: {
        title: 'Рижский марафон собрал рекорд',
        body: 'Рижский марафон в этом году собрал рекордное число бегунов.',
        lang: 'ru',
      },
    },
    {
      name: 'an adjective made from a place, transliterated before a designator further on',
      body: 'Next year the council will repair two more bridges, in the Pokrovskyi and Ternivskyi districts.',
      original: {
        lang: 'uk',
        title: 'Мости',
        body: 'Наступного року рада відремонтує ще два мости — у Покровському та Тернівському районах.',
      },
    },
  ],
  invalid: [
    {
      name: 'a surname after a kept given name replaced by another surname',
      title: 'Street lighting repaired in Rivne',
      body: 'Deputy mayor Nataliia Bondar said 120 lamps were replaced on Soborna Street. Bondar thanked the residents for their patience.',
      original: uk(
        'У Рівному відремонтували вуличне освітлення',
        'Заступниця мера Наталія Ткачук повідомила, що на вулиці Соборній замінили 120 ліхтарів. Ткачук подякувала мешканцям за терпіння.',
      ),
      errors: [{ messageId: 'replaced', text: 'Bondar' }],
    },
    {
      name: 'an adjective made from a place name, transliterated instead of translated',
      title: 'Lvivsky festival opened on Friday',
      body: 'The festival opened in the old town on Friday evening.',
      original: uk(
        'Львівський фестиваль відкрився в пʼятницю',
        'Фестиваль відкрився у старому місті в пʼятницю ввечері.',
      ),
      errors: [{ messageId: 'transliteratedAdjective', text: 'Lvivsky', suggestion: 'Lviv' }],
    },
    {
      name: 'a German surname turned into the English word it resembles',
      title: 'Museum director resigns',
      body: 'The museum director Thomas Cook resigned on Friday, the city said.',
      original: {
        title: 'Museumsdirektor tritt zurück',
        body: 'Museumsdirektor Thomas Koch ist am Freitag zurückgetreten, teilte die Stadt mit.',
        lang: 'de',
      },
      errors: [{ messageId: 'translatedName', text: 'Cook' }],
    },
    {
      name: 'surname translated after a kept given name, every mention',
      title: 'Sparrow: the shelter school is ready',
      body: 'The deputy mayor Svitlana Sparrow said the school will open in September. Sparrow added that 600 pupils will study there.',
      original: uk(
        'Горобець: школа-укриття готова',
        'Заступниця мера Світлана Горобець повідомила, що школа відкриється у вересні. Горобець додала, що там навчатимуться 600 учнів.',
      ),
      errors: [
        { messageId: 'translatedName', field: 'title', text: 'Sparrow' },
        { messageId: 'translatedName', field: 'body', text: 'Sparrow' },
        { messageId: 'translatedName', field: 'body', text: 'Sparrow' },
      ],
    },
    {
      name: 'a French surname translated',
      title: 'New river shuttles',
      body: 'The shuttles will run from June, announced Pierre Baker, in charge of transport.',
      original: {
        title: 'De nouvelles navettes fluviales',
        body: 'Les navettes circuleront dès juin, a annoncé Pierre Boulanger, chargé des transports.',
        lang: 'fr',
      },
      errors: [{ messageId: 'translatedName', text: 'Baker' }],
    },
    {
      name: 'a two-word city translated word by word (plural and inflection in the original)',
      title: 'Factory reopens',
      body: 'The steel plant in Crooked Horn resumed work after the strike.',
      original: uk(
        'Завод відновив роботу',
        'Металургійний завод у Кривому Розі відновив роботу після удару.',
      ),
      errors: [{ messageId: 'translatedName', text: 'Crooked Horn' }],
    },
    {
      name: 'a foreign name back-transliterated from Cyrillic',
      title: 'Pentagon chief visits Europe',
      body: 'US Secretary of Defense Pitt Hegset arrived in Brussels on Wednesday.',
      original: uk(
        'Очільник Пентагону відвідує Європу',
        'Міністр оборони США Піт Гегсет у середу прибув до Брюсселя.',
      ),
      errors: [{ messageId: 'misspelt', text: 'Pitt Hegset', suggestion: 'Pete Hegseth' }],
    },
    {
      name: 'a misspelt city',
      title: 'Exhibition of artists',
      body: 'The gallery shows works by painters from Mariupil and Kherson.',
      original: uk('Виставка художників', 'Галерея показує роботи художників з Маріуполя та Херсона.'),
      errors: [{ messageId: 'misspelt', text: 'Mariupil', suggestion: 'Mariupol' }],
    },
    {
      name: 'a russified port name is minor',
      title: 'Ports handled more grain',
      body: 'The ports of Odesa and Chernomorsk handled more grain in May.',
      original: {
        title: 'Порты перевалили больше зерна',
        body: 'Порты Одессы и Черноморска в мае перевалили больше зерна.',
        lang: 'ru',
      },
      errors: [{ messageId: 'russified', text: 'Chernomorsk', suggestion: 'Chornomorsk' }],
    },
  ],
});

describe('name matching', () => {
  it('reads inflected Cyrillic names as their English forms', () => {
    expect(sameName(foldWord('Kushnir'), foldWord('Кушніру', 'uk'))).toBe(true);
    expect(sameName(foldWord('Kharkiv'), foldWord('Харкові', 'uk'))).toBe(true);
    expect(sameName(foldWord('Zelensky'), foldWord('Зеленського', 'uk'))).toBe(true);
    expect(sameName(foldWord('Tomasz', 'pl'), foldWord('Tomasza', 'pl'))).toBe(true);
  });
  it('does not take a common word for a name with the same first letters', () => {
    expect(sameName(foldWord('were'), foldWord('Ворона', 'uk'))).toBe(false);
    expect(sameName(foldWord('list'), foldWord('Lis', 'pl'))).toBe(false);
  });
  it('tells cognates from translations', () => {
    expect(soundsAlike(foldWord('Truss'), foldWord('Трасс', 'ru'))).toBe(true);
    expect(soundsAlike(foldWord('Goose'), foldWord('Гусь', 'ru'))).toBe(false);
    expect(soundsAlike(foldWord('Sparrow'), foldWord('Горобець', 'uk'))).toBe(false);
  });
  it('accepts transliteration variants but not misspellings', () => {
    expect(translitVariant('Zaluzhny', 'Zaluzhnyi')).toBe(true);
    expect(translitVariant('Hegset', 'Hegseth')).toBe(false);
  });
});
