import { ruleTester } from '../../helpers/rule-tester.js';
import { truncated } from '../../../src/rules/markup/truncated.js';

const P1 = 'The city council voted six to one on Wednesday to approve the upgrade of the water plant.';
const P2 = 'The project will replace the ageing filters and add a second disinfection line by 2027.';

ruleTester(truncated, {
  valid: [
    { title: 'Wait... what? The strange story of the missing bridge', body: P1 },
    { title: 'Council approves the new water plant', body: `${P1}\n\n${P2}` },
    { name: 'body ends with a quote', body: `${P1}\n\n"We cannot keep relying on luck," she said.` },
    { name: 'body ends with a photo credit', body: `${P1}\n\n${P2}\n\nPhoto: city council press office` },
    { name: 'a short last line', body: `${P1}\n\n${P2}\n\nMore to follow` },
    {
      name: 'text without sentence punctuation anywhere (a product list)',
      body: 'Stainless steel kettle with a two litre capacity and blue light\n\nAutomatic shut-off when the water boils or the kettle is lifted\n\nCordless base that turns all the way round for easy use',
    },
    {
      name: 'ends in a number',
      body: `${P1}\n\n${P2}\n\nThe hotline for residents with questions is 0 800 500 123`,
    },
    {
      name: 'the original headline trails off the same way',
      title: 'Sharks attack surfers on the southern coast, mistaking them for turtles...',
      body: P1,
      original: {
        lang: 'uk',
        title: 'Акули нападають на серферів на південному узбережжі, приймаючи їх за черепах...',
        body: 'Акули нападають на серферів.',
      },
    },
    {
      name: 'a German headline ending on a separable verb prefix',
      title: 'Bauern im Süden fahren eine Rekordernte bei Weizen ein',
      body: 'Die Bauern im Süden des Landes haben in diesem Jahr so viel Weizen geerntet wie nie zuvor.',
    },
    {
      name: 'a headline ending on a word that can end a sentence',
      title: 'Council approves the water plant it has long wanted',
      body: P1,
    },
    {
      name: 'a headline ending on a capitalised name',
      title: 'Freight trains will run again between Kyiv and Lviv from A',
      body: P1,
    },
    { name: 'a short title that trails off on purpose', title: 'What a day...', body: P1 },
    {
      name: 'an article whose paragraphs trail off on purpose too',
      title: 'Crows remember faces for years, and they tell their friends...',
      body: 'Owls turn their heads almost all the way round...\n\nA pigeon can find its loft from far away.\n\nParrots copy the sounds of doorbells.',
    },
    {
      name: 'a message rather than a headline',
      title: 'I have a question for the council. Will they fix the road near our school before the winter…',
      body: P1,
    },
    {
      name: 'an informal last line without a full stop, ending on a content word',
      body: `${P1}\n\n${P2}\n\nWe thank everyone who helped us during these difficult months`,
    },
    {
      name: 'a last line ending on a verb that can end a sentence',
      body: `${P1}\n\n${P2}\n\nI would like to know what kind of music you have`,
    },
    {
      name: 'an informal last line ending on a word that can end a sentence',
      body: `${P1}\n\n${P2}\n\nWe still do not know what the plant will look like when it is done`,
    },
    {
      name: 'a Title Case heading at the end',
      body: `${P1}\n\n${P2}\n\nHow the New Water Plant Will Change Household Bills`,
    },
  ],
  invalid: [
    {
      title: 'A new population of the fire salamander was found in the Carpathi...',
      body: P1,
      errors: [{ messageId: 'truncatedTitle', field: 'title', text: 'Carpathi...' }],
    },
    {
      title: 'Electric river shuttles on the Saône from the month…',
      body: P1,
      errors: [{ messageId: 'truncatedTitle', text: 'month…' }],
    },
    {
      lang: 'ru',
      title: 'Рижский марафон собрал рекордные 40 тысяч...',
      body: 'В воскресенье в Риге прошел марафон.',
      errors: [{ messageId: 'truncatedTitle', text: 'тысяч...' }],
    },
    {
      name: 'a short cut headline whose full form opens the body',
      title: 'HomeWorldMayor opens the new...',
      body: 'Mayor opens the new tram depot in the eastern district\n\nThe depot will serve 40 trams.',
      errors: [
        {
          messageId: 'truncatedTitle',
          text: 'new...',
          suggestion: 'Mayor opens the new tram depot in the eastern district',
        },
      ],
    },
    {
      name: 'a cut word, although the body trails off on purpose',
      title: 'Crows remember the faces of people who fed them in the wint...',
      body: 'Owls turn their heads almost all the way round...\n\nA pigeon can find its loft from far away.',
      errors: [{ messageId: 'truncatedTitle', text: 'wint...' }],
    },
    {
      name: 'only the last line trails off: a cut teaser, not a style',
      title: 'Crows remember faces for years, and they tell their friends...',
      body: 'A study followed the same birds over seven winters.\n\nThe full story is available to subscribers...',
      errors: [{ messageId: 'truncatedTitle', text: 'friends...' }],
    },
    {
      name: 'a headline cut without an ellipsis',
      title: 'Honey exports to the European Union grew by a quarter in the',
      body: P1,
      errors: [{ messageId: 'truncatedTitle', text: 'the' }],
    },
    {
      name: 'body cut off before the comment form',
      body: `${P1}\n\n${P2}\n\nResidents will see the cost on their bills. The average monthly charge is expected to\n\nLEAVE A REPLY\n\nPlease enter your comment!`,
      errors: [
        { messageId: 'truncatedBody', field: 'body', text: 'The average monthly charge is expected to' },
      ],
    },
    {
      name: 'body cut off at the very end',
      body: `${P1}\n\n${P2}\n\nThe mayor said the city would apply for federal money, but officials warned the`,
      errors: [{ messageId: 'truncatedBody' }],
    },
  ],
});
