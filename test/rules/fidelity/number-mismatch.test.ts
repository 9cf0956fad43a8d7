import { ruleTester } from '../../helpers/rule-tester.js';
import { numberMismatch } from '../../../src/rules/fidelity/number-mismatch.js';

const uk = (body: string, second?: string) =>
  second === undefined
    ? { title: 'У Полтаві відкрили оновлений музей', body, lang: 'uk' }
    : { title: body, body: second, lang: 'uk' };
const ru = (body: string) => ({ title: 'В Казани прошел полумарафон', body, lang: 'ru' });
const LEAD_UK = 'Музей у Полтаві відкрили після ремонту, повідомила директорка Марія Литвиненко.';
const LEAD_EN = 'The museum in Poltava has reopened after repairs, director Mariia Lytvynenko said.';

ruleTester(numberMismatch, {
  valid: [
    {
      name: 'decimal comma and million written out',
      title: 'Poltava museum reopens',
      body: `${LEAD_EN}\n\nThe repairs cost UAH 98.6 million, paid from the city budget.`,
      original: uk(`${LEAD_UK}\n\nРемонт коштував 98,6 млн грн, кошти виділили з міського бюджету.`),
    },
    {
      name: 'thousands abbreviated in the original, grouped in the translation',
      title: 'Poltava museum reopens',
      body: `${LEAD_EN}\n\nThe collection now holds 18,400 objects and 1,250 photographs.`,
      original: uk(`${LEAD_UK}\n\nКолекція тепер налічує 18,4 тис. предметів і 1 250 фотографій.`),
    },
    {
      name: 'a small number spelled out (a score "6-1")',
      title: 'Council vote',
      body: 'The council approved the plan in Valencia by six votes to one after a long debate on Tuesday.',
      original: {
        title: 'Votación del consejo',
        lang: 'es',
        body: 'El consejo aprobó el plan en Valencia por 6-1 tras un largo debate el martes.',
      },
    },
    {
      name: 'a number moved to another paragraph',
      title: 'Poltava museum reopens',
      body: `${LEAD_EN} It cost UAH 12 million.\n\nThe new hall has a cafe and a shop.`,
      original: uk(`${LEAD_UK}\n\nУ новому залі є кав'ярня та крамниця. Ремонт коштував 12 млн грн.`),
    },
    {
      name: 'a 24-hour time given as 9pm, a clock time with a point',
      title: 'Lyon shuttles',
      body: 'The shuttles in Lyon will run from 7am to 9pm on weekdays, the first leaves at 6.45.',
      original: {
        title: 'Navettes à Lyon',
        lang: 'fr',
        body: 'Les navettes de Lyon circuleront de 7 heures à 21 heures en semaine, la première part à 6:45.',
      },
    },
    {
      name: 'imperial units converted by the translator',
      title: 'Storm nears coast',
      body: 'Шторм у Флориді мав вітер зі швидкістю 137 км/год і перебував за 620 км від узбережжя.',
      lang: 'uk',
      original: {
        title: 'Storm nears coast',
        lang: 'en',
        body: 'The storm in Florida had winds of 85 mph and was located 385 miles off the coast.',
      },
    },
    {
      name: 'the scale of a range given once',
      title: 'Walla Walla plant',
      body: 'Las obras en Walla Walla elevarán la capacidad de 18 a 24 millones de galones diarios.',
      lang: 'es',
      original: {
        title: 'Walla Walla plant',
        lang: 'en',
        body: 'The work in Walla Walla will raise capacity from 18 million to 24 million gallons per day.',
      },
    },
    {
      name: 'a date with and without leading zeros, a decade in words',
      title: 'Licences',
      body: 'Licences issued in Kyiv after 1.5.2022 stay valid; the rules date from the nineties.',
      original: uk(
        'Посвідчення, видані в Києві після 01.05.2022, залишаються дійсними; правила походять з 1990-х.',
      ),
    },
    {
      name: 'numbers the republished text adds (leaked pixel sizes)',
      title: 'Poltava museum reopens',
      body: `${LEAD_EN}\n\n.ad-slot {width: 728px; height: 90px} The repairs took 14 months.`,
      original: uk(`${LEAD_UK}\n\nРемонт тривав 14 місяців.`),
    },
    {
      name: 'a 24-hour clock time written with pm',
      title: 'Night train',
      body: 'The night train from Lviv leaves at 11:35 pm and reaches Przemyśl before dawn.',
      original: uk('Нічний поїзд зі Львова відправляється о 23:35 і прибуває до Перемишля до світанку.'),
    },
    {
      name: 'thousands abbreviated with a decimal comma (1,5 тис.)',
      title: 'Poltava museum reopens',
      body: `${LEAD_EN}\n\nAbout 1,500 visitors came on the first day.`,
      original: uk(`${LEAD_UK}\n\nУ перший день прийшли близько 1,5 тис. відвідувачів.`),
    },
    {
      name: 'Chinese amounts with 亿 and 万, a numeral written in characters',
      title: 'Shenzhen metro',
      body: 'Shenzhen will invest 12 billion yuan in metro line 19, which will carry 35,000 passengers an hour and employ 3,500 staff.',
      original: {
        title: '深圳地铁',
        lang: 'zh',
        body: '深圳将投资120亿元建设地铁19号线，每小时运送3.5万名乘客，雇用三千五百名员工。',
      },
    },
    {
      name: 'Arabic-Indic digits and an Arabic scale word',
      title: 'Port of Aqaba',
      body: 'The port of Aqaba handled 3.2 billion dollars of cargo and employs 1,250 workers.',
      original: {
        title: 'ميناء العقبة',
        lang: 'ar',
        body: 'تعامل ميناء العقبة مع بضائع بقيمة ٣٫٢ مليار دولار ويعمل فيه ١٢٥٠ عاملا.',
      },
    },
    {
      name: 'the headline keeps the original headline figure in another format',
      title: 'Lviv budget grows to UAH 6.2 billion',
      body: 'The council of Lviv approved the budget on Friday.',
      original: uk('Бюджет Львова зріс до 6,2 млрд грн', 'Львівська міська рада ухвалила бюджет у пʼятницю.'),
    },
    {
      name: 'a date and a count side by side read apart ("on May 5 230 people")',
      title: 'Lutsk evacuation',
      body: 'Officials in Lutsk said that on May 5 230 residents were moved to the school in Kivertsi.',
      original: uk('У Луцьку повідомили, що 5 травня 230 мешканців перевезли до школи в Ківерцях.'),
    },
    {
      name: 'numbers written in words by the translation (Russian, English)',
      title: 'Матч в Омске',
      body: 'Тренер «Авангарда» сказал, что матч посмотрят больше тысячи болельщиков, а играть будут не меньше сорока двух минут.',
      lang: 'ru',
      original: {
        title: 'Omsk match',
        lang: 'en',
        body: 'The Avangard coach said more than 1,000 fans will watch and the team will play at least 42 minutes.',
      },
    },
    {
      name: 'numbers written in words by a German and a Spanish translation',
      title: 'Konferenz in Graz',
      body: 'Zur Konferenz in Graz kamen achtundvierzig Delegierte und zweitausendfünfhundert Besucher.',
      lang: 'de',
      original: {
        title: 'Graz conference',
        lang: 'en',
        body: 'The conference in Graz drew 48 delegates and 2,500 visitors.',
      },
    },
    {
      name: 'a Spanish translation writing the figure in words with "y"',
      title: 'Puerto de Vigo',
      body: 'Al puerto de Vigo llegaron cuarenta y tres pesqueros durante la semana.',
      lang: 'es',
      original: {
        title: 'Vigo port',
        lang: 'en',
        body: 'In all, 43 trawlers reached the port of Vigo during the week.',
      },
    },
    {
      name: 'a collection code rewritten in words ("AW23" as autumn-winter 2023)',
      title: 'Мілан',
      body: 'Дизайнерка Олена Буренко показала в Мілані колекцію осінь-зима 2023 з широкими плащами.',
      lang: 'uk',
      original: {
        title: 'Milan',
        lang: 'en',
        body: 'Designer Olena Burenko showed her AW23 collection with wide capes in Milan.',
      },
    },
    {
      name: 'Fahrenheit given in Celsius without naming the scale',
      title: 'Жара в Денвере',
      body: 'Во вторник в Денвере ожидается до 32 градусов, сообщили синоптики.',
      lang: 'ru',
      original: {
        title: 'Denver heat',
        lang: 'en',
        body: 'Forecasters said Denver could reach 90 degrees on Tuesday.',
      },
    },
    {
      name: 'Fahrenheit "in the 90s" given as Celsius degrees',
      title: 'Жара в Денвере',
      body: 'Во вторник в Денвере ожидается жара около 32 градусов, сообщили синоптики.',
      lang: 'ru',
      original: {
        title: 'Denver heat',
        lang: 'en',
        body: 'Forecasters said Denver could see highs in the 90s on Tuesday.',
      },
    },
    {
      name: 'a repeated year kept in one paragraph and another figure of the original beside it',
      title: 'Poltava museum reopens',
      body: `${LEAD_EN} It closed in 2019.\n\nThe building dates from 1895. Repairs began in 1995 and ended this spring.`,
      original: uk(
        `${LEAD_UK} Його закрили у 2019 році, а в 1995 році вже ремонтували.\n\nБудівля датується 1895 роком. Ремонт почався у 2019 році й завершився цієї весни.`,
      ),
    },
  ],
  invalid: [
    {
      name: 'a year with swapped digits',
      title: 'Poltava museum reopens',
      body: `${LEAD_EN}\n\nThe building was built in 1985 by the merchant Ivan Shcherbyna.`,
      original: uk(`${LEAD_UK}\n\nБудівлю звів у 1895 році купець Іван Щербина.`),
      errors: [{ messageId: 'changed', field: 'body', text: '1985', suggestion: '1895' }],
    },
    {
      name: 'a vote count with swapped digits',
      title: 'Rada vote',
      body: 'The Verkhovna Rada passed the bill on Tuesday: 265 deputies voted in favour.',
      original: uk(
        'Верховна Рада у вівторок ухвалила законопроєкт: за проголосували 256 народних депутатів.',
      ),
      errors: [{ messageId: 'changed', text: '265' }],
    },
    {
      name: 'a finishing time with swapped seconds',
      title: 'Kazan half marathon',
      body: 'Runner Ilya Sorokin from Kazan won the race in 1:04:31, ahead of 5,200 other participants.',
      original: ru('Бегун Илья Сорокин из Казани выиграл забег за 1:04:13, опередив 5 200 участников.'),
      errors: [{ messageId: 'changed', text: '1:04:31' }],
    },
    {
      name: 'a decimal comma read as a thousands separator',
      title: 'Poltava museum reopens',
      body: `${LEAD_EN}\n\nThe repairs cost UAH 986 million, paid from the city budget.`,
      original: uk(`${LEAD_UK}\n\nРемонт коштував 98,6 млн грн, кошти виділили з міського бюджету.`),
      errors: [{ messageId: 'changed', text: '986' }],
    },
    {
      name: 'a percentage with a moved decimal mark',
      title: 'Accessibility audit',
      body: 'Of the sites in Leeds that were tested, 5.87% failed at least one check.',
      original: {
        title: 'Audit',
        lang: 'en',
        body: 'Of the sites in Leeds that were tested, 58.7% failed at least one check.',
      },
      errors: [{ messageId: 'changed', text: '5.87' }],
    },
    {
      name: 'a clock time moved by twelve hours',
      title: 'Night train',
      body: 'The night train from Lviv leaves at 11:35 and reaches Przemyśl before dawn.',
      original: uk('Нічний поїзд зі Львова відправляється о 23:35 і прибуває до Перемишля до світанку.'),
      errors: [{ messageId: 'changed', text: '11:35', suggestion: '23:35' }],
    },
    {
      name: 'the suggestion in the English conventions (98.6, 1,987)',
      title: 'Poltava museum reopens',
      body: `${LEAD_EN}\n\nThe repairs cost UAH 986 million; the museum holds 1,978 paintings.`,
      original: uk(`${LEAD_UK}\n\nРемонт коштував 98,6 млн грн; музей має 1 987 картин.`),
      errors: [
        { messageId: 'changed', text: '986', suggestion: '98.6' },
        { messageId: 'changed', text: '1,978', suggestion: '1,987' },
      ],
    },
    {
      name: 'the suggestion in Spanish conventions (58,7)',
      title: 'Auditoría',
      body: 'De los sitios de Leeds que se analizaron, el 5,87% falló al menos una prueba.',
      lang: 'es',
      original: {
        title: 'Audit',
        lang: 'en',
        body: 'Of the sites in Leeds that were tested, 58.7% failed at least one check.',
      },
      errors: [{ messageId: 'changed', text: '5,87', suggestion: '58,7' }],
    },
    {
      name: 'a billion turned into a million in the headline',
      title: 'Lviv budget grows to UAH 6.2 million',
      body: 'The council of Lviv approved the budget on Friday.',
      original: uk('Бюджет Львова зріс до 6,2 млрд грн', 'Львівська міська рада ухвалила бюджет у пʼятницю.'),
      errors: [
        {
          messageId: 'changed',
          field: 'title',
          text: '6.2 million',
          suggestion: '6.2 billion',
        },
      ],
    },
    {
      name: 'a percentage with swapped digits in the headline',
      title: 'Poll: 46% of Poltava residents back the new museum',
      body: `${LEAD_EN}`,
      original: uk('Опитування: 64% полтавців підтримують новий музей', LEAD_UK),
      errors: [{ messageId: 'changed', field: 'title', text: '46', suggestion: '64' }],
    },
    {
      name: 'a Chinese numeral amount changed',
      title: 'Shenzhen metro',
      body: 'Shenzhen will invest 12 billion yuan in metro line 19 and employ 5,300 staff.',
      original: {
        title: '深圳地铁',
        lang: 'zh',
        body: '深圳将投资120亿元建设地铁19号线，雇用三千五百名员工。',
      },
      errors: [{ messageId: 'changed', text: '5,300', suggestion: '3,500' }],
    },
    {
      name: 'an Arabic billion turned into a million',
      title: 'Port of Aqaba',
      body: 'The port of Aqaba handled 3.2 million dollars of cargo last year.',
      original: {
        title: 'ميناء العقبة',
        lang: 'ar',
        body: 'تعامل ميناء العقبة مع بضائع بقيمة ٣٫٢ مليار دولار العام الماضي.',
      },
      errors: [{ messageId: 'changed', text: '3.2 million', suggestion: '3.2 billion' }],
    },
    {
      name: 'a number dropped from the paragraph',
      title: 'Kazan half marathon',
      body: 'Runner Ilya Sorokin from Kazan won the race, ahead of the other participants.',
      original: ru('Бегун Илья Сорокин из Казани выиграл забег, опередив 5 200 участников.'),
      errors: [{ messageId: 'missing', field: 'original.body', text: '5 200' }],
    },
    {
      name: 'a number in words that is not the original figure',
      title: 'Матч в Омске',
      body: 'Тренер «Авангарда» сказал, что команда будет играть не меньше сорока семи минут.',
      lang: 'ru',
      original: {
        title: 'Omsk match',
        lang: 'en',
        body: 'The Avangard coach said the team will play at least 42 minutes.',
      },
      errors: [{ messageId: 'missing', field: 'original.body', text: '42' }],
    },
    {
      name: 'a Polish number in words, in the genitive, that is not the original figure',
      title: 'Zwolnienia w Łodzi',
      body: 'Fabryka w Łodzi zwolniła czterdziestu siedmiu pracowników, podał związek.',
      lang: 'pl',
      original: {
        title: 'Lodz layoffs',
        lang: 'en',
        body: 'The factory in Lodz laid off 48 workers, the union said.',
      },
      errors: [{ messageId: 'missing', field: 'original.body', text: '48' }],
    },
    {
      name: 'a temperature that is not the Celsius of the original Fahrenheit',
      title: 'Жара в Денвере',
      body: 'Во вторник в Денвере ожидается до 39 градусов, сообщили синоптики.',
      lang: 'ru',
      original: {
        title: 'Denver heat',
        lang: 'en',
        body: 'Forecasters said Denver could reach 90 degrees on Tuesday.',
      },
      errors: [{ messageId: 'changed', text: '39' }],
    },
    {
      name: 'a year the original repeats, changed in one paragraph',
      title: 'Poltava museum reopens',
      body: `${LEAD_EN} It closed in 2019.\n\nThe building dates from 1895. Repairs began in 2091 and ended this spring.`,
      original: uk(
        `${LEAD_UK} Його закрили у 2019 році.\n\nБудівля датується 1895 роком. Ремонт почався у 2019 році й завершився цієї весни.`,
      ),
      errors: [{ messageId: 'changed', text: '2091', suggestion: '2019' }],
    },
  ],
});
