/**
 * Small invented news stories for matcher and alignment tests: originals in Ukrainian, Russian,
 * English and German, their translations, and stories on close topics that are no one's translation.
 */
import type { Article } from '../../src/model.js';

export function article(id: string, title: string, paragraphs: string[], lang?: string): Article {
  return { id, input: 'test', title, body: paragraphs.join('\n\n'), ...(lang ? { lang } : {}) };
}

export const UK_BRIDGE = article(
  'uk-bridge',
  'У Полтаві відкрили новий міст через Ворсклу',
  [
    'У Полтаві після двох років реконструкції відкрили міст через річку Ворскла біля Кременчуцької вулиці. Про це повідомив міський голова Остап Ткаченко.',
    'Довжина мосту становить 186 метрів, ширина — 21 метр. Вартість робіт склала 42,7 млн грн, частину коштів надав Європейський інвестиційний банк.',
    'За словами Ткаченка, міст витримує вантажівки масою до 40 тонн. Тротуари обладнали пандусами та освітленням.',
    'Підрядником виступила компанія «Дніпробуд». Гарантія на конструкцію становить 15 років.',
  ],
  'uk',
);

export const EN_BRIDGE = article('en-bridge', 'Poltava opens new bridge across the Vorskla', [
  'After two years of reconstruction, Poltava has opened the bridge over the Vorskla river near Kremenchutska Street, mayor Ostap Tkachenko said.',
  'The bridge is 186 metres long and 21 metres wide. The works cost UAH 42.7 million, with part of the money provided by the European Investment Bank.',
  'According to Tkachenko, the bridge can carry lorries weighing up to 40 tonnes. The pavements were fitted with ramps and lighting.',
  'The contractor was the company Dniprobud. The structure comes with a 15-year guarantee.',
]);

export const RU_FERRY = article(
  'ru-ferry',
  'В Новосибирске запустили паром через Обь',
  [
    'В Новосибирске запустили новый пассажирский паром через Обь между Октябрьским и Кировским районами, сообщила мэрия.',
    'Паром вмещает 120 пассажиров и 18 автомобилей. Стоимость билета для взрослых — 65 рублей, для школьников — 30 рублей.',
    'Первый рейс отправляется в 6:45, последний — в 22:15. Переправа займет около 14 минут.',
    'По словам директора перевозчика Виктора Зайцева, паром будет работать до конца октября.',
  ],
  'ru',
);

export const EN_LIBRARY = article(
  'en-library',
  'Bristol library reopens after £3.2 million refurbishment',
  [
    'Bristol Central Library reopened on Monday after an 18-month refurbishment costing £3.2 million, the city council said.',
    'The Grade I listed building on College Green now has a rooftop reading room, 64 new study desks and step-free access to all floors.',
    'Librarian Helen Marsden said visitor numbers had reached 18,400 in the first week, more than double the figure before the closure.',
  ],
  'en',
);

export const DE_TRAM = article(
  'de-tram',
  'Dresden verlängert Straßenbahnlinie nach Weixdorf',
  [
    'Die Dresdner Verkehrsbetriebe haben die Verlängerung der Straßenbahnlinie 7 nach Weixdorf abgeschlossen. Die neue Strecke ist 3,8 Kilometer lang.',
    'Die Baukosten beliefen sich auf 27,5 Millionen Euro, davon trug der Freistaat Sachsen 60 Prozent.',
    'Oberbürgermeister Dirk Hilbert sprach von einem wichtigen Schritt für den Norden der Stadt.',
  ],
  'de',
);

export const ORIGINALS = [UK_BRIDGE, RU_FERRY, EN_LIBRARY, DE_TRAM];

/** English translation of the Russian ferry story, with the numbers reformatted. */
export const EN_FERRY = article('en-ferry', 'Novosibirsk launches ferry across the Ob', [
  'A new passenger ferry across the Ob between the Oktyabrsky and Kirovsky districts has been launched in Novosibirsk, the mayor’s office said.',
  'The ferry carries 120 passengers and 18 cars. An adult ticket costs 65 roubles, 30 roubles for schoolchildren.',
  'The first trip leaves at 6:45 and the last at 22:15. The crossing takes about 14 minutes.',
  'According to Viktor Zaitsev, director of the operator, the ferry will run until the end of October.',
]);

/** German translation of the English library story. */
export const DE_LIBRARY = article(
  'de-library',
  'Bibliothek in Bristol nach Sanierung für 3,2 Millionen Pfund wiedereröffnet',
  [
    'Die Zentralbibliothek von Bristol ist am Montag nach einer 18-monatigen Sanierung für 3,2 Millionen Pfund wiedereröffnet worden, teilte der Stadtrat mit.',
    'Das denkmalgeschützte Gebäude am College Green hat nun einen Lesesaal auf dem Dach, 64 neue Arbeitsplätze und einen barrierefreien Zugang zu allen Etagen.',
    'Bibliothekarin Helen Marsden sagte, in der ersten Woche seien 18.400 Besucher gekommen, mehr als doppelt so viele wie vor der Schließung.',
  ],
);

/** A Russian copy of the Russian story with a promo line glued on (same language). */
export const RU_FERRY_COPY = article('ru-ferry-copy', 'В Новосибирске запустили паром через Обь', [
  ...RU_FERRY.body.split('\n\n').slice(0, 3),
  'Подписывайтесь на наш канал, чтобы не пропустить новости города.',
]);

/**
 * An English story on a close topic (another bridge over the same river in the same region, one
 * shared number) that translates none of the originals.
 */
export const ORPHAN_BRIDGE = article(
  'orphan-bridge',
  'Poltava region repairs a second bridge over the Vorskla',
  [
    'Road workers in the Poltava region have finished repairing a village bridge over the Vorskla that was damaged by floods last spring, the regional administration said.',
    'Traffic will resume on Friday morning. Vehicles heavier than 40 tonnes will have to use the bypass until inspectors approve the new supports.',
    'The repair was paid for from the regional road fund, officials added, without giving the cost.',
  ],
);
