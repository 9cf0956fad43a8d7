/**
 * One short news story per default source language, written for these tests, with a faithful English
 * translation and the three damages a bilingual editor must see: a figure changed, a name replaced,
 * a paragraph dropped. Each damage is an exact substitution in the English text.
 */
export type Check = 'clean' | 'number' | 'name' | 'omission';

export interface LanguageFixture {
  lang: string;
  /** The original: a place, a person's name, several figures, three paragraphs. */
  title: string;
  paragraphs: readonly [string, string, string];
  /** Its faithful English translation, paragraph for paragraph. */
  en: { title: string; paragraphs: readonly [string, string, string] };
  /** One figure of the English changed (the text occurs once in the English body). */
  number: { from: string; to: string };
  /** One name of the English replaced by a wrong one (occurs once in the English body). */
  name: { from: string; to: string };
  /** The index of the paragraph the damaged translation drops. */
  omit: number;
  /** Checks syndiq does not pass yet in this language, with the reason (the test skips them). */
  gaps?: Partial<Record<Check, string>>;
}

const ZH_ALIGN_GAP =
  'paragraphs align by figures alone (Han text gives no word keys), so a paragraph whose figure changed or that was dropped is merged into a neighbour';
const NO_CAPITALS_GAP =
  'names of the original are found by their capitals, which this script has none of: no name of the original is extracted';
const GIVEN_NAME_GAP =
  'the given name is not in the given-name list, so a replaced surname after it is not read as a name';

export const LANGUAGE_FIXTURES: readonly LanguageFixture[] = [
  {
    lang: 'uk',
    title: 'У Луцьку відкрили новий міст',
    paragraphs: [
      'У Луцьку відкрили новий міст через річку Стир. Його довжина становить 240 метрів, а будівництво тривало два роки.',
      'Міська голова Ірина Коваленко сказала, що роботи коштували 96 мільйонів гривень. Гроші виділили з державного бюджету.',
      'Щодня мостом проїжджатимуть близько 15 тисяч автомобілів. Рух відкриють у суботу о 10:00.',
    ],
    en: {
      title: 'A new bridge opens in Lutsk',
      paragraphs: [
        'A new bridge over the Styr River has opened in Lutsk. It is 240 metres long, and construction took two years.',
        'Mayor Iryna Kovalenko said the works cost 96 million hryvnias. The money was allocated from the state budget.',
        'About 15,000 cars will cross the bridge every day. Traffic will open on Saturday at 10:00.',
      ],
    },
    number: { from: '240 metres', to: '420 metres' },
    name: { from: 'Iryna Kovalenko', to: 'Iryna Bondar' },
    omit: 1,
  },
  {
    lang: 'ru',
    title: 'В Казани открылся новый стадион',
    paragraphs: [
      'В Казани открылся новый стадион на берегу Волги. Он вмещает 32 тысячи зрителей.',
      'Министр спорта Дмитрий Соколов сообщил, что строительство обошлось в 7 миллиардов рублей. Работы продолжались 30 месяцев.',
      'Первый матч на новом стадионе пройдёт 14 сентября. Билеты поступят в продажу в понедельник.',
    ],
    en: {
      title: 'A new stadium opens in Kazan',
      paragraphs: [
        'A new stadium has opened on the bank of the Volga in Kazan. It holds 32,000 spectators.',
        'Sports minister Dmitry Sokolov said construction cost 7 billion roubles. The work lasted 30 months.',
        'The first match at the new stadium will be played on 14 September. Tickets go on sale on Monday.',
      ],
    },
    number: { from: '30 months', to: '13 months' },
    name: { from: 'Dmitry Sokolov', to: 'Dmitry Petrov' },
    omit: 1,
  },
  {
    lang: 'de',
    title: 'Leipzig eröffnet neue Schwimmhalle',
    paragraphs: [
      'In Leipzig hat am Montag eine neue Schwimmhalle eröffnet. Das Becken ist 50 Meter lang und hat acht Bahnen.',
      'Bürgermeisterin Katharina Vogel sagte, der Bau habe 24 Millionen Euro gekostet. Die Stadt zahlte die Hälfte der Summe.',
      'Die Halle ist täglich von 7:00 bis 22:00 Uhr geöffnet. Eine Eintrittskarte kostet 4,50 Euro.',
    ],
    en: {
      title: 'Leipzig opens a new swimming hall',
      paragraphs: [
        'A new swimming hall opened in Leipzig on Monday. The pool is 50 metres long and has eight lanes.',
        'Mayor Katharina Vogel said the construction cost 24 million euros. The city paid half of the sum.',
        'The hall is open daily from 7:00 to 22:00. A ticket costs 4.50 euros.',
      ],
    },
    number: { from: '24 million', to: '42 million' },
    name: { from: 'Katharina Vogel', to: 'Katharina Fischer' },
    omit: 1,
    gaps: { name: GIVEN_NAME_GAP },
  },
  {
    lang: 'fr',
    title: 'Lyon inaugure une nouvelle ligne de tramway',
    paragraphs: [
      'À Lyon, une nouvelle ligne de tramway a été inaugurée samedi. Elle relie la gare à l’hôpital en 18 minutes.',
      'Le maire Julien Moreau a indiqué que les travaux ont coûté 135 millions d’euros. Ils ont duré trois ans.',
      'La ligne compte 12 stations et transportera 40 000 voyageurs par jour. Les trams circuleront toutes les six minutes.',
    ],
    en: {
      title: 'Lyon inaugurates a new tram line',
      paragraphs: [
        'A new tram line was inaugurated in Lyon on Saturday. It links the station to the hospital in 18 minutes.',
        'Mayor Julien Moreau said the works cost 135 million euros. They lasted three years.',
        'The line has 12 stations and will carry 40,000 passengers a day. Trams will run every six minutes.',
      ],
    },
    number: { from: '40,000', to: '14,000' },
    name: { from: 'Julien Moreau', to: 'Julien Mercier' },
    omit: 1,
    gaps: { name: GIVEN_NAME_GAP },
  },
  {
    lang: 'es',
    title: 'Valencia estrena un nuevo parque junto al puerto',
    paragraphs: [
      'En Valencia se ha inaugurado un nuevo parque junto al puerto. Tiene una superficie de 12 hectáreas y 3.000 árboles.',
      'La alcaldesa Lucía Fernández explicó que las obras costaron 18 millones de euros. Los trabajos duraron 20 meses.',
      'El parque abrirá todos los días de 8:00 a 23:00. La entrada será gratuita.',
    ],
    en: {
      title: 'Valencia opens a new park next to the port',
      paragraphs: [
        'A new park has been opened next to the port in Valencia. It covers 12 hectares and has 3,000 trees.',
        'Mayor Lucía Fernández explained that the works cost 18 million euros. The work lasted 20 months.',
        'The park will open every day from 8:00 to 23:00. Admission will be free.',
      ],
    },
    number: { from: '3,000 trees', to: '30,000 trees' },
    name: { from: 'Lucía Fernández', to: 'Lucía Rodríguez' },
    omit: 1,
  },
  {
    lang: 'pl',
    title: 'W Gdańsku otwarto nową bibliotekę',
    paragraphs: [
      'W Gdańsku otwarto nową bibliotekę miejską. Budynek ma cztery piętra i powierzchnię 2500 metrów kwadratowych.',
      'Prezydent miasta Tomasz Nowak powiedział, że inwestycja kosztowała 42 miliony złotych. Budowa trwała dwa lata.',
      'W bibliotece znajduje się 80 tysięcy książek. Czytelnicy mogą z niej korzystać od wtorku.',
    ],
    en: {
      title: 'A new library opens in Gdańsk',
      paragraphs: [
        'A new city library has opened in Gdańsk. The building has four floors and an area of 2,500 square metres.',
        'City mayor Tomasz Nowak said the investment cost 42 million zlotys. Construction lasted two years.',
        'The library holds 80,000 books. Readers can use it from Tuesday.',
      ],
    },
    number: { from: '80,000 books', to: '8,000 books' },
    name: { from: 'Tomasz Nowak', to: 'Tomasz Kowalski' },
    omit: 1,
  },
  {
    lang: 'it',
    title: 'A Bologna apre un nuovo ospedale pediatrico',
    paragraphs: [
      'A Bologna è stato aperto un nuovo ospedale pediatrico. La struttura ha 220 posti letto e sei sale operatorie.',
      'La direttrice Giulia Romano ha detto che il progetto è costato 95 milioni di euro. I lavori sono durati quattro anni.',
      'Nell’ospedale lavoreranno 450 medici e infermieri. I primi pazienti arriveranno il 3 marzo.',
    ],
    en: {
      title: 'A new children’s hospital opens in Bologna',
      paragraphs: [
        'A new children’s hospital has opened in Bologna. The facility has 220 beds and six operating theatres.',
        'Director Giulia Romano said the project cost 95 million euros. The works lasted four years.',
        'Some 450 doctors and nurses will work in the hospital. The first patients will arrive on 3 March.',
      ],
    },
    number: { from: '220 beds', to: '120 beds' },
    name: { from: 'Giulia Romano', to: 'Giulia Esposito' },
    omit: 1,
    gaps: { name: GIVEN_NAME_GAP },
  },
  {
    lang: 'pt',
    title: 'Porto inaugura nova estação de metro',
    paragraphs: [
      'No Porto foi inaugurada uma nova estação de metro. A estação fica a 30 metros de profundidade.',
      'O presidente da câmara, João Carvalho, disse que a obra custou 64 milhões de euros. A construção demorou três anos.',
      'Por dia, a estação vai receber 25 mil passageiros. Os comboios passam a cada cinco minutos.',
    ],
    en: {
      title: 'Porto inaugurates a new metro station',
      paragraphs: [
        'A new metro station has been inaugurated in Porto. The station is 30 metres deep.',
        'The mayor, João Carvalho, said the project cost 64 million euros. Construction took three years.',
        'The station will receive 25,000 passengers a day. Trains will run every five minutes.',
      ],
    },
    number: { from: '64 million', to: '46 million' },
    name: { from: 'João Carvalho', to: 'João Pereira' },
    omit: 1,
    gaps: { name: GIVEN_NAME_GAP },
  },
  {
    lang: 'tr',
    title: 'İzmir’de yeni köprü trafiğe açıldı',
    paragraphs: [
      'İzmir’de yeni bir köprü trafiğe açıldı. Köprünün uzunluğu 680 metre.',
      'Belediye Başkanı Mehmet Yılmaz, projenin 1,2 milyar liraya mal olduğunu söyledi. İnşaat 26 ay sürdü.',
      'Köprüden her gün 50 bin araç geçmesi bekleniyor. Köprüde bisiklet yolu da bulunuyor.',
    ],
    en: {
      title: 'A new bridge opens to traffic in Izmir',
      paragraphs: [
        'A new bridge has opened to traffic in Izmir. The bridge is 680 metres long.',
        'Mayor Mehmet Yılmaz said the project cost 1.2 billion lira. Construction lasted 26 months.',
        'Some 50,000 vehicles are expected to cross the bridge every day. The bridge also has a cycle path.',
      ],
    },
    number: { from: '680 metres', to: '860 metres' },
    name: { from: 'Mehmet Yılmaz', to: 'Mehmet Demir' },
    omit: 1,
    gaps: { name: GIVEN_NAME_GAP },
  },
  {
    lang: 'ar',
    title: 'افتتاح مدرسة جديدة في عمّان',
    paragraphs: [
      'افتتحت في عمّان مدرسة جديدة تتسع لـ 900 طالب. ويضم المبنى 36 فصلا دراسيا.',
      'وقالت وزيرة التربية سارة الخطيب إن تكلفة المشروع بلغت 12 مليون دينار. واستمر البناء عامين.',
      'وسيعمل في المدرسة 60 معلما. وتبدأ الدراسة فيها يوم 1 سبتمبر.',
    ],
    en: {
      title: 'A new school opens in Amman',
      paragraphs: [
        'A new school for 900 students has opened in Amman. The building has 36 classrooms.',
        'Education minister Sara al-Khatib said the project cost 12 million dinars. Construction lasted two years.',
        'Some 60 teachers will work at the school. Classes there begin on 1 September.',
      ],
    },
    number: { from: '36 classrooms', to: '63 classrooms' },
    name: { from: 'Sara al-Khatib', to: 'Sara al-Masri' },
    omit: 1,
    gaps: { name: NO_CAPITALS_GAP },
  },
  {
    lang: 'zh',
    title: '成都新图书馆正式开放',
    paragraphs: [
      '成都市新建的图书馆于2024年9月1日正式开放。图书馆面积为3.5万平方米。',
      '馆长王丽华表示，项目总投资为12亿元。建设历时三年。',
      '图书馆藏书200万册，每天可接待8000名读者。',
    ],
    en: {
      title: 'Chengdu’s new library officially opens',
      paragraphs: [
        'Chengdu’s new library officially opened on 1 September 2024. The library covers 35,000 square metres.',
        'Library director Wang Lihua said the total investment in the project was 1.2 billion yuan. Construction took three years.',
        'The library holds 2 million books and can receive 8,000 readers a day.',
      ],
    },
    number: { from: '1.2 billion', to: '2.1 billion' },
    name: { from: 'Wang Lihua', to: 'Zhang Lihua' },
    omit: 1,
    gaps: {
      number: ZH_ALIGN_GAP,
      name: NO_CAPITALS_GAP,
      omission: ZH_ALIGN_GAP,
    },
  },
];
