import { ruleTester } from '../../helpers/rule-tester.js';
import { breadcrumb } from '../../../src/rules/markup/breadcrumb.js';

const BODY = 'The council approved the plan on Tuesday after a short debate.';

ruleTester(breadcrumb, {
  valid: [
    { title: 'Homeless shelter opens in the city centre', body: BODY },
    { title: 'NewsCorp results beat forecasts for the third quarter', body: BODY },
    { title: 'WorldCom founder released from prison', body: BODY },
    { title: 'HomePod sales slow as rivals cut prices', body: BODY },
    { title: 'BusinessEurope urges the EU to delay the new rules', body: BODY },
    { title: "McDonald's opens its first restaurant in the region", body: BODY },
    { title: 'iPhone sales fall in Europe', body: BODY },
    { title: 'World Health Organization warns of a measles outbreak', body: BODY },
    { title: 'Home Health Care Workers Strike Over Pay', body: BODY },
    { title: 'Sport | Dynamo beat Shakhtar in the Kyiv derby', body: BODY },
    { title: '24/7 helpline for veterans launched in Lviv', body: BODY },
    { title: 'Local elections: turnout lower than expected', body: BODY },
    {
      lang: 'uk',
      title: 'Головна загроза для енергосистеми — нові атаки дронів',
      body: 'Енергетики попереджають про нові атаки.',
    },
    { title: 'YouTube removes thousands of fake channels', body: BODY },
    { title: 'NewsGuard ratings questioned by publishers', body: BODY },
    {
      lang: 'uk',
      title: 'ПриватБанк знизив ставки за кредитами для фермерів',
      body: 'Банк оголосив про нові умови для аграріїв.',
    },
    {
      lang: 'uk',
      title: 'НовиниUA запускає подкаст про місцеву політику',
      body: 'Редакція готує перший випуск на наступний тиждень.',
    },
    {
      lang: 'ru',
      title: 'МакДональдс вернулся в Казань под новым названием',
      body: 'Рестораны сети снова открылись в городе.',
    },
  ],
  invalid: [
    {
      title: 'HomeWorldPutin gave Kim Jong-un a limousine',
      body: BODY,
      errors: [
        { messageId: 'gluedBreadcrumb', text: 'HomeWorld', suggestion: 'Putin gave Kim Jong-un a limousine' },
      ],
    },
    {
      title: 'NewsLocalWalla Walla council approves a water plant upgrade',
      body: BODY,
      errors: [{ messageId: 'gluedBreadcrumb', text: 'NewsLocal' }],
    },
    {
      title: 'HomeUkraineIn Kharkiv, another underground school is finished',
      body: BODY,
      errors: [{ messageId: 'gluedBreadcrumb', text: 'HomeUkraine' }],
    },
    {
      title: 'Home › Europe › Dutch farmers protest against new nitrogen rules',
      body: BODY,
      errors: [
        {
          messageId: 'breadcrumb',
          text: 'Home › Europe ›',
          suggestion: 'Dutch farmers protest against new nitrogen rules',
        },
      ],
    },
    {
      title: 'Home » Economy » Honey exports grow by a quarter',
      body: BODY,
      errors: [{ messageId: 'breadcrumb', text: 'Home » Economy »' }],
    },
    {
      lang: 'uk',
      title: 'Головна Новини Путін подарував Кім Чен Ину лімузин',
      body: 'Лімузин обладнаний запчастинами з Південної Кореї, повідомили журналісти.',
      errors: [{ messageId: 'breadcrumb', text: 'Головна Новини' }],
    },
    {
      lang: 'uk',
      title: 'Новини / Україна / У Харкові добудували ще одну підземну школу',
      body: 'Укриття розраховане на 900 учнів, які навчатимуться у дві зміни.',
      errors: [{ messageId: 'breadcrumb', text: 'Новини / Україна /' }],
    },
    {
      name: 'a Ukrainian root crumb glued to a section name the lexicon does not know',
      lang: 'uk',
      title: 'ГоловнаНовини ЛьвоваУ Львові відкрили новий міст через Полтву',
      body: 'Міст збудували за пів року, повідомили у міській раді.',
      errors: [
        {
          messageId: 'gluedBreadcrumb',
          text: 'ГоловнаНовини Львова',
          suggestion: 'У Львові відкрили новий міст через Полтву',
        },
      ],
    },
    {
      name: 'a Russian root crumb and a city section glued to the headline',
      lang: 'ru',
      title: 'ГлавнаяНовости КазаниВ Казани открыли новую линию трамвая',
      body: 'Линия соединила два района города, сообщили в мэрии.',
      errors: [{ messageId: 'gluedBreadcrumb', text: 'ГлавнаяНовости Казани' }],
    },
    {
      name: 'an English section name of two words glued between crumbs',
      title: 'HomeLocal SportDynamo sign a new goalkeeper',
      body: BODY,
      errors: [{ messageId: 'gluedBreadcrumb', text: 'HomeLocal Sport' }],
    },
    {
      lang: 'de',
      title: 'StartseitePolitikGemeinderat beschließt neue Straßenbahnlinie',
      body: 'Der Gemeinderat hat am Dienstag die neue Linie beschlossen.',
      errors: [{ messageId: 'gluedBreadcrumb', text: 'StartseitePolitik' }],
    },
  ],
});
