import { ruleTester } from '../../helpers/rule-tester.js';
import { leakedCode } from '../../../src/rules/markup/leaked-code.js';

const AD_CSS =
  '.ad_slot_box_17 {width: 300px; Height: 250px; } @Media (min-width: 700px) {.ad_slot_box_17 {width: 640px; Height: 300px; }} .Adsbygoogle {Touch-Action: Manipulation; }';

ruleTester(leakedCode, {
  valid: [
    {
      name: 'an article about accessibility quoting a CSS rule',
      body: 'On 52 sites, developers had hidden the focus ring with a rule such as "a:focus { outline: none; }" and offered nothing instead.',
    },
    {
      name: 'German quotes in an article about CSS',
      lang: 'de',
      body: 'Entwickler hatten den Fokus mit einer Regel wie „button:focus { outline: none; }“ entfernt, ohne Ersatz anzubieten.',
    },
    {
      name: 'a plain unquoted declaration block on an element selector',
      body: 'Some teams simply write a:focus { outline: none; } and forget about keyboard users altogether.',
    },
    {
      name: 'a one-line rule on an element selector as its own paragraph in a tutorial',
      body: 'Remove the outline only if you replace it.\n\na:focus { outline: none; }\n\nThen add a visible style of your own.',
    },
    {
      name: 'a tutorial about CSS quoting a class rule as its own paragraph',
      body: 'The simplest CSS fix is to give buttons a visible colour.\n\n.button { color: red; background: blue; }\n\nTest it with the keyboard.',
    },
    {
      name: 'a declaration in prose without braces',
      body: 'Several councils set the base text size with font-size: 12px, which stops text from scaling.',
    },
    {
      name: 'translated CSS quoted in an article about CSS (a translation issue, not leaked code)',
      lang: 'es',
      body: 'Los desarrolladores usaban una regla como «a:enfoque { contorno: ninguno; }» sin ofrecer alternativa.',
    },
    {
      name: 'HTML entities are another rule',
      body: 'The mayor said&nbsp;the bridge would open in May&#8230;',
    },
    {
      name: 'machine translation unknown token',
      body: 'The <unk> village council met on Monday to discuss the budget.',
    },
    {
      name: 'editorial brackets',
      body: 'He said [the mayor] would visit the school, adding: "It is time [sic] to act."',
    },
    {
      name: 'a bare element name in angle brackets mentioned in prose',
      body: 'Use a <button> rather than a clickable image for the menu.',
    },
    {
      name: 'a function call in a quoted code sample',
      body: 'The tutorial starts with "console.log(\'hello\');" and nothing else.',
    },
    {
      name: 'ordinary braces in prose',
      body: 'The set {1, 2, 3} was used in the puzzle printed in the weekend edition.',
    },
    {
      name: 'a dotted name with an equals sign in a sports table',
      body: 'Final standings: Kyiv 12, Lviv 9. Result = draw after extra time.',
    },
  ],
  invalid: [
    {
      name: 'machine-translated ad CSS glued into a teaser',
      body: `The army keeps trying to create an impression of a ceasefire. ${AD_CSS} This...`,
      errors: [{ messageId: 'leakedCss', text: AD_CSS }],
    },
    {
      name: 'theme CSS as its own paragraph',
      body: 'The school has its own power supply.\n\n.td-fix-index {Transform: Translatez (0); -Webkit-Transform: Translatez (0); } .Tdi_84 .Td-Element-Style {Z-Index: -1; }\n\nThe cost of the work was UAH 98 million.',
      errors: [
        {
          messageId: 'leakedCss',
          text: '.td-fix-index {Transform: Translatez (0); -Webkit-Transform: Translatez (0); } .Tdi_84 .Td-Element-Style {Z-Index: -1; }',
        },
      ],
    },
    {
      name: 'leaked CSS with words translated into Ukrainian inside the braces',
      lang: 'uk',
      body: 'Рада ухвалила бюджет. .td-a-rec-id-content_inline {Вирівнювання: Центр; Поле: 0 Авто 20px; } Депутати проголосували.',
      errors: [
        {
          messageId: 'leakedCss',
          text: '.td-a-rec-id-content_inline {Вирівнювання: Центр; Поле: 0 Авто 20px; }',
        },
      ],
    },
    {
      name: 'leaked CSS with Spanish words inside the braces',
      lang: 'es',
      body: 'El concejo aprobó la obra. .bloque_anuncio_3 {Ancho: 300px; Altura: 250px; } La obra empezará en mayo.',
      errors: [{ messageId: 'leakedCss', text: '.bloque_anuncio_3 {Ancho: 300px; Altura: 250px; }' }],
    },
    {
      name: 'a cut-off block at the end of a teaser',
      body: 'Police are looking for witnesses. .promo_box_9 {Width: 580px; Height: 400px;...',
      errors: [{ messageId: 'leakedCss', text: '.promo_box_9 {Width: 580px; Height: 400px;' }],
    },
    {
      name: 'ad CSS leaked into an article that is about CSS',
      body: `Councils were told to fix their CSS. ${AD_CSS} The audit will be repeated next year.`,
      errors: [{ messageId: 'leakedCss', text: AD_CSS }],
    },
    {
      name: 'plain theme CSS standing alone as a paragraph',
      body: 'The school reopened on Monday.\n\n.entry-content p { margin: 0 }\n\nClasses start at eight.',
      errors: [{ messageId: 'leakedCss', text: '.entry-content p { margin: 0 }' }],
    },
    {
      name: 'the AdSense push snippet',
      body: 'The bridge will open in May. (adsbygoogle = window.adsbygoogle || []).push({}); Work starts next week.',
      errors: [{ messageId: 'leakedScript', text: '(adsbygoogle = window.adsbygoogle || []).push({});' }],
    },
    {
      name: 'a tracker snippet of several statements',
      body: "Traffic was diverted.\n\nwindow.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());\n\nThe road reopened.",
      errors: [
        {
          messageId: 'leakedScript',
          text: "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());",
        },
      ],
    },
    {
      name: 'an ad slot call',
      body: "The vote is on Friday. googletag.cmd.push(function() { googletag.display('slot-7'); }); The mayor agreed.",
      errors: [
        {
          messageId: 'leakedScript',
          text: "googletag.cmd.push(function() { googletag.display('slot-7'); });",
        },
      ],
    },
    {
      name: 'HTML tags',
      body: 'The museum reopened.<br> <div class="related-box"> Visitors queued for hours.</p>',
      errors: [
        { messageId: 'leakedHtml', text: '<br> <div class="related-box">' },
        { messageId: 'leakedHtml', text: '</p>' },
      ],
    },
    {
      name: 'a WordPress block comment',
      body: '<!-- wp:paragraph --> The theatre opened its season on Friday.',
      errors: [{ messageId: 'leakedHtml', text: '<!-- wp:paragraph -->' }],
    },
    {
      name: 'a caption shortcode with its content',
      body: 'The reserve will install cameras.\n\n[caption id="attachment_512" align="alignnone" width="640"] A fire salamander. Photo: reserve press office [/caption] Scientists asked for help.',
      errors: [
        {
          messageId: 'leakedShortcode',
          text: '[caption id="attachment_512" align="alignnone" width="640"] A fire salamander. Photo: reserve press office [/caption]',
        },
      ],
    },
    {
      name: 'an embed shortcode',
      body: 'Watch the video: [embed]https://video.example.org/v/123[/embed]',
      errors: [{ messageId: 'leakedShortcode', text: '[embed]https://video.example.org/v/123[/embed]' }],
    },
  ],
});
