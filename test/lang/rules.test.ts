import { ruleTester } from '../helpers/rule-tester.js';
import { articleLanguage } from '../../src/rules/language/article-language.js';
import { headlineLanguage } from '../../src/rules/language/headline-language.js';
import { htmlEntity } from '../../src/rules/markup/html-entity.js';
import { mixedScript } from '../../src/rules/language/mixed-script.js';
import { mojibake } from '../../src/rules/language/mojibake.js';
import { untranslated } from '../../src/rules/language/untranslated.js';

const EN_BODY =
  'The regional council approved a plan to rebuild the old river bridge on Thursday. Work will start in the spring and should take two years.\n\nThe mayor said the bridge had been closed to lorries since last winter.';
const UK_BODY =
  'Обласна рада у четвер ухвалила план відбудови старого мосту через річку. Роботи почнуться навесні й триватимуть два роки.\n\nМер зазначив, що міст закритий для вантажівок з минулої зими.';

ruleTester(headlineLanguage, {
  valid: [
    { title: 'Council backs plan to rebuild river bridge', body: EN_BODY },
    { title: 'KRYVBAS 2-0 VORSKLA', body: EN_BODY },
    { title: 'Voltano Grand Deluxe 160x200', body: EN_BODY },
    { title: 'Рада підтримала відбудову мосту', body: UK_BODY },
    {
      name: 'headline with a quoted foreign name',
      title: 'Why "Nova Poshta" is opening depots in Poland',
      body: EN_BODY,
    },
  ],
  invalid: [
    {
      title: 'Рада підтримала відбудову старого мосту',
      body: EN_BODY,
      errors: [{ messageId: 'differsFromBody', field: 'title' }],
    },
    {
      title: 'Le conseil régional approuve la reconstruction du vieux pont',
      body: EN_BODY,
      errors: [{ messageId: 'differsFromBody' }],
    },
    {
      name: 'outside the expected languages',
      title: 'Рада підтримала відбудову мосту',
      body: UK_BODY,
      config: { expectedLanguages: ['en'] },
      errors: [{ messageId: 'notExpected' }],
    },
    {
      name: 'no body: against the declared language',
      title: 'Der Stadtrat stimmt für den Neubau der Brücke',
      body: '',
      lang: 'en',
      errors: [{ messageId: 'notExpected' }],
    },
  ],
});

ruleTester(articleLanguage, {
  valid: [{ body: EN_BODY, lang: 'en' }, { body: UK_BODY, lang: 'uk' }, { body: EN_BODY }],
  invalid: [
    {
      name: 'declares en, serves Ukrainian',
      body: UK_BODY,
      lang: 'en',
      errors: [{ messageId: 'declaredMismatch' }],
    },
    {
      name: 'not an expected language',
      body: UK_BODY,
      config: { expectedLanguages: ['en', 'de'] },
      errors: [{ messageId: 'notExpected' }],
    },
  ],
});

// Fresh sentences for the untranslated cases: an English council report and its German counterpart.
const COUNCIL_EN =
  'The city council approved the new budget on Tuesday after a long debate about schools and roads.';
const COUNCIL_DE =
  'Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen und Straßen den neuen Haushalt beschlossen.';
const BRIDGE_DE =
  'Die Opposition kritisierte die geplanten Ausgaben für den Bau einer neuen Brücke über den Fluss.';
const WORKS_EN =
  'Work on the bridge should start next spring and finish within two years, the mayor said on Wednesday.';
const WORKS_DE = 'Die Arbeiten an der Brücke sollen im nächsten Frühjahr beginnen.';

ruleTester(untranslated, {
  valid: [
    { body: EN_BODY },
    {
      name: 'brands in Cyrillic text',
      body: 'Користувачі WhatsApp і Signal отримали оновлення, повідомили в НАТО та у компанії Apple. Сервіс працює з понеділка.',
    },
    {
      name: 'quoted foreign term',
      body: 'Local growers call the decision a "Schlüsselentscheidung" for the whole valley. Prices should recover by autumn.',
    },
    {
      name: 'English acronyms',
      body: 'The UPL and USPA agreed that the WCAG rules apply to the new site. The VAG group will pay for the audit.',
    },
    {
      name: 'PPO without Ukrainian context is an English acronym',
      body: 'Patients with a PPO plan will pay less for visits next year, the insurer said in a statement on Monday.',
    },
    {
      name: 'correct transliterations from the original',
      title: 'Kharkiv opens a new metro station',
      body: 'The new station in Kharkiv opened on Monday, said Ihor Terekhov. The Saltivska line is now longer.',
      original: {
        lang: 'uk',
        title: 'У Харкові відкрили нову станцію метро',
        body: 'Нову станцію в Харкові відкрили в понеділок, повідомив Ігор Терехов. Салтівська лінія стала довшою.',
      },
    },
    {
      name: 'a German name of several words copied from the original',
      body: 'The Landratsamt Breisgau approved the plan on Tuesday. Residents of the Kaiserstraße were informed.',
      original: {
        lang: 'de',
        title: 'Plan genehmigt',
        body: 'Das Landratsamt Breisgau hat den Plan am Dienstag genehmigt. Die Anwohner der Kaiserstraße wurden informiert.',
      },
    },
    {
      name: 'transliterated acronyms that English news keeps as they are',
      body: 'The SBU detained two suspects, and VTB said the GOST certificate was valid.',
      original: {
        lang: 'ru',
        title: 'Задержание',
        body: 'СБУ задержала двух подозреваемых, а в ВТБ заявили, что сертификат ГОСТ действителен.',
      },
    },
    {
      name: 'a Latin acronym the Ukrainian original also writes in Latin letters',
      body: 'The new portal meets the WCAG 2.1 standard, the city council said.',
      original: {
        lang: 'uk',
        title: 'Портал',
        body: 'Новий портал відповідає стандарту WCAG 2.1, повідомили в міській раді.',
      },
    },
  ],
  invalid: [
    {
      name: 'words in another script inside an English article',
      body: `${COUNCIL_EN} The speaker ended with the words «Дякуємо всім депутатам міської ради» and left.`,
      errors: [{ messageId: 'otherScript', text: 'Дякуємо всім депутатам міської ради' }],
    },
    {
      name: 'a German paragraph in an English article without an original',
      body: `${COUNCIL_EN}\n\n${BRIDGE_DE}\n\n${WORKS_EN}`,
      errors: [{ messageId: 'paragraph', text: BRIDGE_DE }],
    },
    {
      name: 'a paragraph left in the language of the original',
      body: `${COUNCIL_EN}\n\n${BRIDGE_DE}\n\n${WORKS_EN}`,
      original: {
        lang: 'de',
        title: 'Haushalt beschlossen',
        body: `${COUNCIL_DE}\n\n${BRIDGE_DE}\n\n${WORKS_DE}`,
      },
      errors: [{ messageId: 'paragraphFromSource', text: BRIDGE_DE }],
    },
    {
      name: 'a sentence left in the language of the original',
      body: `${COUNCIL_EN} ${BRIDGE_DE} ${WORKS_EN}`,
      original: { lang: 'de', title: 'Haushalt beschlossen', body: `${COUNCIL_DE} ${BRIDGE_DE} ${WORKS_DE}` },
      errors: [{ messageId: 'sentenceFromSource', text: BRIDGE_DE }],
    },
    {
      name: 'a clause left in the language of the original',
      body: `${COUNCIL_EN} The opposition said that die geplanten Ausgaben für den Bau einer neuen Brücke zu hoch sind, and asked for a vote.`,
      original: {
        lang: 'de',
        title: 'Haushalt beschlossen',
        body: `${COUNCIL_DE} Die Opposition sagte, die geplanten Ausgaben für den Bau einer neuen Brücke zu hoch sind.`,
      },
      errors: [{ messageId: 'clauseFromSource' }],
    },
    {
      name: 'Cyrillic village name left in a German text',
      lang: 'de',
      body: 'Die Forscher fanden die Tiere in der Nähe des Dorfes Верхня Липиця in den Bergen. Die Untersuchung dauerte drei Monate.',
      original: {
        lang: 'uk',
        title: 'Знахідка',
        body: 'Дослідники знайшли тварин поблизу села Верхня Липиця в горах. Дослідження тривало три місяці.',
      },
      errors: [{ messageId: 'wordsFromSource', text: 'Верхня Липиця' }],
    },
    {
      name: 'Ukrainian sentence inside an English paragraph',
      body: 'The bridge will reopen in May. Міст відкриють для руху вже у травні наступного року. Drivers should expect delays.',
      errors: [{ messageId: 'sentence', text: 'Міст відкриють для руху вже у травні наступного року.' }],
    },
    {
      name: 'German clause inside English text',
      body: `${EN_BODY}\n\nThe council met again on Tuesday, und die Mehrheit der Abgeordneten hat den Plan abgelehnt, according to local media.`,
      errors: [{ messageId: 'clause', text: 'und die Mehrheit der Abgeordneten hat den Plan abgelehnt' }],
    },
    {
      name: 'transliterated acronyms in a text about Ukraine',
      title: 'Drones attack Mykolaiv overnight: the PPO shot down 12 of 15',
      body: 'Rescuers of the DSNS put out the fire in Mykolaiv within an hour. Nobody was injured.',
      errors: [
        { messageId: 'term', field: 'title', text: 'PPO' },
        { messageId: 'term', field: 'body', text: 'DSNS' },
      ],
    },
    {
      name: 'a common word of a Spanish original kept verbatim',
      body: 'Farmers sell the grapes before the vendimia ends. The harvest started early this year.',
      original: {
        lang: 'es',
        title: 'Vendimia',
        body: 'Los agricultores venden la uva a las bodegas de toda la región. La vendimia empezó pronto este año.',
      },
      errors: [{ messageId: 'wordFromSource', text: 'vendimia' }],
    },
    {
      name: 'a German noun of the original kept verbatim',
      body: 'Before building starts, the city must finish the Bebauungsplanverfahren. The vote is expected in June.',
      original: {
        lang: 'de',
        title: 'Bau',
        body: 'Vor Baubeginn muss die Stadt das Bebauungsplanverfahren abschließen. Die Abstimmung wird im Juni erwartet.',
      },
      errors: [{ messageId: 'wordFromSource', text: 'Bebauungsplanverfahren' }],
    },
    {
      name: 'a transliterated acronym of a Ukrainian original',
      body: 'According to the MOZ, clinics will reopen on Monday in the whole region.',
      original: {
        lang: 'uk',
        title: 'Клініки',
        body: 'За даними МОЗ, клініки відновлять роботу в понеділок у всій області.',
      },
      errors: [{ messageId: 'term', text: 'MOZ' }],
    },
    {
      name: 'a transliterated acronym English has its own name for',
      body: 'Pensions will be paid two days earlier, the PFU said on Friday.',
      original: {
        lang: 'uk',
        title: 'Пенсії',
        body: 'Пенсії виплатять на два дні раніше, повідомили в ПФУ в пʼятницю.',
      },
      errors: [{ messageId: 'term', text: 'PFU' }],
    },
  ],
});

ruleTester(mojibake, {
  valid: [
    { body: 'Jaén, Wrocław and Köln signed the deal for €3 million — “a good day”, said the mayor.' },
    { body: UK_BODY },
  ],
  invalid: [
    {
      body: 'The museum in WrocÅ‚aw reopened.',
      errors: [{ messageId: 'mojibake', text: 'WrocÅ‚aw', suggestion: 'Wrocław' }],
    },
    {
      title: 'The mayorâ€™s new plan',
      body: EN_BODY,
      errors: [{ messageId: 'mojibake', field: 'title', text: 'â€™', suggestion: '’' }],
    },
  ],
});

ruleTester(mixedScript, {
  valid: [
    { body: 'Користувачі WhatsApp і Signal, iPhone-версія програми та NATO.' },
    { body: EN_BODY },
    {
      name: 'a brand of one capital letter',
      body: 'Компанія X оголосила про зміни, а соцмережа Threads мовчить.',
    },
    { name: 'an Irish name with a Cyrillic ending', body: "Тренер О'Хейген та Mc-Донал прокоментували гру." },
  ],
  invalid: [
    {
      name: 'letters of two scripts with no look-alike repair',
      body: 'The company Zеленбуд won the tender, officials said.',
      errors: [{ messageId: 'mixed', text: 'Zеленбуд' }],
    },
    {
      body: 'У Kиєві відкрили міст.',
      errors: [{ messageId: 'homoglyph', text: 'Kиєві', suggestion: 'Києві' }],
    },
    {
      body: 'The vаccine arrived on Monday.',
      errors: [{ messageId: 'homoglyph', text: 'vаccine', suggestion: 'vaccine' }],
    },
  ],
});

ruleTester(htmlEntity, {
  valid: [
    { body: 'AT&T and R&D budgets grew; Smith & Sons paid.' },
    { body: 'Use `&nbsp;` to keep words together, the guide says.' },
    { body: 'Write "&amp;" when you mean an ampersand.' },
    { name: 'a reference to nothing', body: 'Broken&#0;text and &unknownname; stay.' },
  ],
  invalid: [
    {
      body: 'The museum&nbsp;opens on Monday.',
      errors: [{ messageId: 'entity', text: '&nbsp;', suggestion: '\u00a0' }],
    },
    {
      body: 'Prices rose &#8211; again.',
      errors: [{ messageId: 'entity', text: '&#8211;', suggestion: '–' }],
    },
    {
      body: 'It costs&amp;nbsp;5 euros.',
      errors: [{ messageId: 'entity', text: '&amp;nbsp;', suggestion: '\u00a0' }],
    },
  ],
});
