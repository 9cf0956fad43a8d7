import { ruleTester } from '../../helpers/rule-tester.js';
import { siteChrome } from '../../../src/rules/markup/site-chrome.js';

const STORY = 'The city council approved the new tram line on Tuesday after a long debate.';
const MORE = 'Construction is expected to start in 2027 and last about three years.';

ruleTester(siteChrome, {
  valid: [
    {
      name: 'comment-form words inside an ordinary sentence',
      body: `${STORY}\n\nReaders were asked to leave a reply on the city website before Friday.`,
    },
    { name: 'a share request in a sentence', body: `${STORY}\n\nShare this information, please?` },
    {
      name: 'a recurring table header is not chrome',
      body: `${STORY}\n\nPos Player Team\n\n1 Smith Lviv\n\nPos Player Team\n\n2 Jones Kyiv`,
    },
    {
      name: 'recurring product names in a list',
      body: `${STORY}\n\nCity pass\n\nCheap tickets for all trams.\n\nCity pass\n\n${MORE}`,
    },
    { name: 'attribution line', body: `${STORY}\n\nSource: Kyiv city council press office` },
    { name: 'photo credit', body: `Photo: Getty Images\n\n${STORY}` },
    {
      name: 'a quoted call to subscribe',
      body: `${STORY}\n\n"Subscribe to our channel and you will know about every outage," the utility said.`,
    },
    {
      name: 'platforms named in a news sentence in the middle of the article',
      body: `${STORY}\n\nThe mayor announced the decision on Telegram and Facebook, where residents criticised it.\n\n${MORE}\n\n${MORE.replace('2027', '2028')}\n\n${STORY.replace('Tuesday', 'Monday')}`,
    },
    {
      name: 'a short line repeated once is not enough to be chrome',
      body: `Kharkiv\n\n${STORY}\n\n${MORE}`,
    },
    {
      name: 'chrome navigation words are too short to compare',
      body: `${STORY}\n\nWorld\n\n${MORE}`,
      chrome: [{ kind: 'navigation', text: 'Home\nWorld\nEconomy' }],
    },
    {
      name: 'a repeated question heading ends with punctuation',
      body: `What changes?\n\n${STORY}\n\nWhat changes?\n\n${MORE}`,
    },
  ],
  invalid: [
    {
      name: 'a comment form block',
      body: `${STORY}\n\nLEAVE A REPLY\n\nPlease enter your comment!\n\nPlease enter your name here`,
      errors: [
        {
          messageId: 'siteChrome',
          text: 'LEAVE A REPLY\n\nPlease enter your comment!\n\nPlease enter your name here',
        },
      ],
    },
    {
      name: 'ad label and related labels',
      body: `${STORY}\n\n- A word from our sponsors -\n\n${MORE}\n\nMost Popular\n\nMore from Author`,
      errors: [
        { messageId: 'siteChrome', text: '- A word from our sponsors -' },
        { messageId: 'siteChrome', text: 'Most Popular\n\nMore from Author' },
      ],
    },
    {
      name: 'a Read Now label',
      body: `${STORY}\n\nRead Now\n\n${MORE}`,
      errors: [{ messageId: 'siteChrome', text: 'Read Now' }],
    },
    {
      name: 'an advertisement label on its own line',
      body: `${STORY}\n\nADVERTISEMENT\n\n${MORE}`,
      errors: [{ messageId: 'siteChrome', text: 'ADVERTISEMENT' }],
    },
    {
      name: 'a promo line with a call to subscribe',
      body: `${STORY}\n\nCity Herald on Telegram and Viber. Subscribe to our channels for more`,
      errors: [
        {
          messageId: 'siteChrome',
          text: 'City Herald on Telegram and Viber. Subscribe to our channels for more',
        },
      ],
    },
    {
      name: 'a read-us line',
      body: `${STORY}\n\nRead us on Telegram: only checked news, no noise`,
      errors: [{ messageId: 'siteChrome' }],
    },
    {
      name: 'a promo line with platforms only, at the end',
      body: `${STORY}\n\n${MORE}\n\nNewsroom 24 in Telegram, Viber and WhatsApp`,
      errors: [{ messageId: 'promoLine', text: 'Newsroom 24 in Telegram, Viber and WhatsApp' }],
    },
    {
      name: 'Russian chrome',
      lang: 'ru',
      body: 'В субботу в городе прошел марафон, в нем участвовали тысячи бегунов.\n\nЧитайте также: В Одессе открыли пляжный сезон\n\nПодписывайтесь на наш Telegram-канал, чтобы узнавать новости первыми\n\nОставить комментарий',
      errors: [
        {
          messageId: 'siteChrome',
          text: 'Читайте также: В Одессе открыли пляжный сезон\n\nПодписывайтесь на наш Telegram-канал, чтобы узнавать новости первыми\n\nОставить комментарий',
        },
      ],
    },
    {
      name: 'Ukrainian chrome',
      lang: 'uk',
      body: 'У місті відкрили новий міст через річку, повідомила міська рада.\n\nЧитайте також: Як зміниться розклад трамваїв\n\nПоділитися',
      errors: [
        { messageId: 'siteChrome', text: 'Читайте також: Як зміниться розклад трамваїв\n\nПоділитися' },
      ],
    },
    {
      name: 'a related headline with its teaser pasted from the page chrome',
      body: `${STORY}\n\nBeach season opens early as the sea warms up\n\nLifeguards start work on Saturday...`,
      chrome: [
        {
          kind: 'related',
          text: 'Beach season opens early as the sea warms up\nNew bus routes for the summer',
        },
      ],
      errors: [{ messageId: 'chromeInBody', text: 'Beach season opens early as the sea warms up' }],
    },
    {
      name: 'a recurring short label',
      body: `${STORY}\n\nPartner content\n\n${MORE}\n\nPartner content`,
      errors: [
        { messageId: 'recurringLine', text: 'Partner content' },
        { messageId: 'recurringLine', text: 'Partner content' },
      ],
    },
    {
      name: 'German chrome',
      lang: 'de',
      body: 'Der Gemeinderat hat am Dienstag die neue Straßenbahnlinie beschlossen.\n\nAnzeige\n\nDie Bauarbeiten beginnen 2027.\n\nLesen Sie auch: Neue Radwege für die Innenstadt',
      errors: [
        { messageId: 'siteChrome', text: 'Anzeige' },
        { messageId: 'siteChrome', text: 'Lesen Sie auch: Neue Radwege für die Innenstadt' },
      ],
    },
  ],
});
