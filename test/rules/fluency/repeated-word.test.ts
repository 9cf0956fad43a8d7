import { ruleTester } from '../../helpers/rule-tester.js';
import { repeatedWord } from '../../../src/rules/fluency/repeated-word.js';

const P1 =
  'The regional council approved the reconstruction of the old bridge over the river on Thursday afternoon.';
const P2 = 'Work is due to start in the autumn and should take about eighteen months to finish.';

ruleTester(repeatedWord, {
  valid: [
    { body: 'The mill had had two fires before the owners finally sold it in the spring.' },
    { body: 'She said that that decision was taken without consulting the residents of the valley.' },
    { body: 'The Walla Walla council met on Monday to discuss the new water plant in the town.' },
    { body: 'Tourists flock to Bora Bora every winter, and hotels there are full until March.' },
    { body: 'The band Duran Duran will play two concerts in the city stadium next summer.' },
    { body: 'Fans sang bye-bye to the visiting supporters as they left the ground after the match.' },
    {
      name: 'an English content word doubled with a hyphen for emphasis',
      lang: 'en',
      body: 'The queue moved slowly-slowly towards the border post, and a big-big truck blocked the road.',
    },
    {
      name: 'Ukrainian hyphenated reduplication',
      lang: 'uk',
      body: 'Роботи мали ось-ось початися, коли почалося повномасштабне вторгнення.',
    },
    {
      name: 'Russian hyphenated reduplication',
      lang: 'ru',
      body: 'Поезд еле-еле тянулся по разрушенной ветке, пассажиры ждали прибытия.',
    },
    {
      name: 'Turkish spaced reduplication',
      lang: 'tr',
      body: 'Yaşlı adam yavaş yavaş yürüyerek köprünün öbür tarafına geçti ve durdu.',
    },
    {
      name: 'a doubled Latin name inside Cyrillic text',
      lang: 'ru',
      body: 'Компания обещает настроить системы Canada plus plus для работы на границах страны.',
    },
    {
      name: 'a word followed by a hyphenated compound that starts with it',
      lang: 'ru',
      body: 'Он регулярно звонил и говорил, что что-то пошло не так на заводе.',
    },
    { body: 'The minister said. Said was also the name of his advisor, who joined the talks later.' },
    { body: 'He waved goodbye\ngoodbye was the last word on the sign outside the old station.' },
    {
      name: 'numbers are not words',
      body: 'The sets finished 6 6 in the scoring sheet, which the umpire later corrected.',
    },
    { body: 'The song "New York, New York" was played twice during the evening ceremony.' },
    { lang: 'de', body: 'Die Frauen, die die Stadt verlassen hatten, kehrten im Sommer zurück.' },
    { lang: 'fr', body: 'Nous nous sommes retrouvés devant la mairie pour la cérémonie du matin.' },
    {
      name: 'Chinese reduplication written without spaces',
      lang: 'zh',
      body: '我们一起看看这个问题，大家慢慢来。',
    },
    {
      name: 'an idiom followed by its own word',
      body: 'Sell the shares little by little by opening an account with a bank.',
    },
    {
      name: 'a rhetorical chain',
      body: 'The fees, the delays, the errors, and on and on and on, the customers said.',
    },
    {
      name: 'a title made of a chain',
      body: 'The installation is called Stones after Stones after Stones this year.',
    },
    {
      name: 'the same question put to each interviewee',
      body: `What inspired you to start cooking for other people every day?\n\n${P1}\n\nWhat inspired you to start cooking for other people every day?\n\n${P2}`,
    },
    {
      name: 'a template line under every item is not a doubling',
      body: `${P1}\n\nAvailable from the city shop at a reduced price today\n\n${P2}\n\nAvailable from the city shop at a reduced price today\n\nThe mayor agreed.\n\nAvailable from the city shop at a reduced price today`,
    },
    { name: 'short paragraphs may repeat', body: 'Thank you.\n\nThe meeting closed at noon.\n\nThank you.' },
    {
      name: 'different paragraphs',
      body: `${P1}\n\n${P2}`,
    },
  ],
  invalid: [
    {
      body: 'In the White House, they were a goat goat in the scandal with the leaked chat.',
      errors: [{ messageId: 'repeatedWord', text: 'goat goat' }],
    },
    {
      body: 'The theatre works as usual.\n\nIn In Lviv, they remind that the shelter is in the basement.',
      errors: [{ messageId: 'repeatedWord', text: 'In In' }],
    },
    {
      name: 'English hyphenated reduplication from a literal translation',
      lang: 'en',
      body: 'The work on the fairy tale was to begin here-here when the invasion started.',
      errors: [{ messageId: 'repeatedWord', text: 'here-here' }],
    },
    {
      body: 'The price of the the bread rose by a third in one year, the statistics office said.',
      errors: [{ messageId: 'repeatedWord', text: 'the the', suggestion: 'the' }],
    },
    {
      body: 'The new rules is is expected to take effect in May, according to the ministry.',
      errors: [{ messageId: 'repeatedWord', text: 'is is' }],
    },
    {
      title: 'Mayor opens the the new bridge over the Dnipro',
      body: 'The bridge links two districts of the city.',
      errors: [{ messageId: 'repeatedWord', field: 'title', text: 'the the' }],
    },
    {
      lang: 'uk',
      body: 'У місті відкрили відкрили новий міст через річку, повідомила міська рада.',
      errors: [{ messageId: 'repeatedWord', text: 'відкрили відкрили' }],
    },
    {
      body: 'The delegation met in the city in the city centre before the official talks began.',
      errors: [{ messageId: 'repeatedPhrase', text: 'in the city in the city' }],
    },
    {
      body: `${P1}\n\n${P2}\n\n${P2}`,
      errors: [{ messageId: 'repeatedParagraph', text: P2 }],
    },
    {
      body: `${P1} ${P2}\n\nThe mayor welcomed the decision. ${P2}`,
      errors: [{ messageId: 'repeatedSentence', text: P2 }],
    },
  ],
});
