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
      lang: 'de',
      title: 'StartseitePolitikGemeinderat beschließt neue Straßenbahnlinie',
      body: 'Der Gemeinderat hat am Dienstag die neue Linie beschlossen.',
      errors: [{ messageId: 'gluedBreadcrumb', text: 'StartseitePolitik' }],
    },
  ],
});
