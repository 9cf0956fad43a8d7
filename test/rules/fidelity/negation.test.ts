import { ruleTester } from '../../helpers/rule-tester.js';
import { negation } from '../../../src/rules/fidelity/negation.js';

const uk = (title: string, body: string) => ({ title, body, lang: 'uk' });
const ru = (title: string, body: string) => ({ title, body, lang: 'ru' });

ruleTester(negation, {
  valid: [
    {
      name: 'a word of the original whose dictionary renders it with a negation carries one ("безкоштовно": free)',
      title: 'Museum in Rivne',
      body: 'The museum in Rivne will not charge visitors on Sunday, May 12, director Olha Marchuk said.',
      original: uk(
        'Музей у Рівному',
        'Музей у Рівному в неділю 12 травня працюватиме безкоштовно, повідомила директорка Ольга Марчук.',
      ),
    },
    {
      name: 'a word built on the negator carries a negation whatever its dictionary says ("недалеко" / "not far")',
      title: 'School in Rivne',
      body: 'The new school was built not far from the centre of Rivne in 2025, mayor Oleksandr Tretiak said.',
      original: uk(
        'Школа в Рівному',
        'Нова школа збудована недалеко від центру Рівного у 2025 році, сказав мер Олександр Третяк.',
      ),
    },
    {
      name: 'negation kept on both sides',
      title: 'Rivne council did not approve the budget',
      body: 'The Rivne city council did not approve the budget for 2026 on Tuesday, deputy Olha Marchuk said.',
      original: uk(
        'Рівненська рада не ухвалила бюджет',
        'Рівненська міська рада у вівторок не ухвалила бюджет на 2026 рік, повідомила депутатка Ольга Марчук.',
      ),
    },
    {
      name: 'a negation carried by another word ("failed to", "unknown")',
      title: 'Rivne council fails to approve the budget',
      body: 'The Rivne city council failed to approve the budget; why the vote collapsed remains unknown.',
      original: uk(
        'Рівненська рада не ухвалила бюджет',
        'Рівненська міська рада не ухвалила бюджет; чому голосування зірвалося, досі невідомо.',
      ),
    },
    {
      name: 'fixed phrases where the negator does not negate ("не менше", "not only")',
      title: 'Rivne repairs roads',
      body: 'Rivne will repair at least 40 streets this year, and not only in the centre, mayor Oleksandr Tretiak said.',
      original: uk(
        'Рівне ремонтує дороги',
        'Цього року Рівне відремонтує не менше 40 вулиць, причому в різних районах, сказав мер Олександр Третяк.',
      ),
    },
    {
      name: 'Chinese words built on 不 and 非 that do not negate',
      title: 'Shenzhen metro is very busy',
      body: 'The Shenzhen metro keeps growing and is very busy in the future plans of the city.',
      original: {
        title: '深圳地铁非常繁忙',
        lang: 'zh',
        body: '深圳地铁不断发展，在城市未来的规划中非常繁忙。',
      },
    },
    {
      name: 'a negation added in the headline only: headlines are not compared',
      title: 'Rivne council does not approve the budget',
      body: 'The Rivne city council approved the budget for 2026 on Tuesday, deputy Olha Marchuk said.',
      original: uk(
        'Рівненська рада ухвалила бюджет',
        'Рівненська міська рада у вівторок ухвалила бюджет на 2026 рік, повідомила депутатка Ольга Марчук.',
      ),
    },
    {
      name: 'the negation of an "until" clause and a negation turned into a lexical opposite (Russian)',
      title: 'Hotel in Sochi',
      body: 'The company ran the hotel in Sochi until the partners evicted its staff in 2019. The new coating prevents mould from spreading in the 40 rooms.',
      original: ru(
        'Отель в Сочи',
        'Компания управляла отелем в Сочи, пока партнеры не выселили ее сотрудников в 2019 году. Новое покрытие не дает плесени распространяться в 40 номерах.',
      ),
    },
    {
      name: 'a number sign is no negation, and a Ukrainian "not yet" kept',
      title: 'Ranking of universities',
      body: 'The university in Lviv is now No. 1 in the ranking of 2025. The figures for Kharkiv are not yet available.',
      original: uk(
        'Рейтинг університетів',
        'Університет у Львові тепер №1 у рейтингу 2025 року. Дані щодо Харкова поки не доступні.',
      ),
    },
    {
      name: 'double negation and correlatives count once ("ніхто … не", "ні … ні" / "no one", "neither … nor")',
      title: 'Council in Lutsk',
      body: 'No one on the Lutsk council voted for the 2026 plan, and neither the mayor nor his deputy Ihor Polishchuk came to the session.',
      original: uk(
        'Рада в Луцьку',
        'Ніхто в Луцькій раді не голосував за план на 2026 рік, і ні мер, ні його заступник Ігор Поліщук на сесію не прийшли.',
      ),
    },
    {
      name: 'a word that only looks built with a negative prefix carries no negation, a real one does',
      title: 'Council in Lutsk',
      body: 'The 40 deputies of the Lutsk council remained unconvinced by the 2026 plan, deputy Ihor Polishchuk said.',
      original: uk(
        'Рада в Луцьку',
        'Сорок депутатів Луцької ради не переконав план на 2026 рік, сказав депутат Ігор Поліщук.',
      ),
    },
    {
      name: 'a fixed phrase of the original keeps no negation ("не один раз" / "more than once")',
      title: 'Council in Lutsk',
      body: 'The Lutsk council has discussed the 2026 plan more than once, deputy Ihor Polishchuk said.',
      original: uk(
        'Рада в Луцьку',
        'Луцька рада не один раз обговорювала план на 2026 рік, сказав депутат Ігор Поліщук.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a negation added where the original has only a word that looks negative ("безпеку": security)',
      title: 'Schools in Rivne',
      body: 'The Rivne city council will not spend 40 million hryvnias on school security in 2026, deputy Olha Marchuk said.',
      original: uk(
        'Школи в Рівному',
        'Рівненська міська рада витратить на безпеку шкіл 40 мільйонів гривень у 2026 році, повідомила депутатка Ольга Марчук.',
      ),
      errors: [{ messageId: 'added', field: 'body', text: 'not' }],
    },
    {
      name: 'a negation dropped where the translation\'s "without" renders the original\'s own "без"',
      title: 'Budget in Rivne',
      body: 'The Rivne city council approved the 2026 budget without deputy Olha Marchuk on Tuesday.',
      original: uk(
        'Бюджет у Рівному',
        'Рівненська міська рада у вівторок не ухвалила бюджет на 2026 рік без депутатки Ольги Марчук.',
      ),
      errors: [{ messageId: 'dropped', field: 'original.body', text: 'не' }],
    },
    {
      name: 'a negation dropped from the body',
      title: 'Rivne council and the budget',
      body: 'The Rivne city council approved the budget for 2026 on Tuesday, deputy Olha Marchuk said.',
      original: uk(
        'Рівненська рада і бюджет',
        'Рівненська міська рада у вівторок не ухвалила бюджет на 2026 рік, повідомила депутатка Ольга Марчук.',
      ),
      errors: [{ messageId: 'dropped', field: 'original.body', text: 'не' }],
    },
    {
      name: 'a negation dropped from one sentence of a longer paragraph (Russian)',
      title: 'Plant in Tula',
      body: 'The governor of Tula said on Friday that the plant will be closed this year. The 1,200 workers will get their wages in May, he added.',
      original: ru(
        'Завод в Туле',
        'Губернатор Тулы в пятницу заявил, что завод в этом году не закроют. Зарплату 1200 рабочих выплатят в мае, добавил он.',
      ),
      errors: [{ messageId: 'dropped', field: 'original.body', text: 'не' }],
    },
    {
      name: 'a negation added to one sentence of a longer paragraph (Ukrainian)',
      title: 'Bridge in Chernihiv',
      body: 'Chernihiv officials said the bridge over the Desna will not open in June. Traffic on the old road will stay closed until then.',
      original: uk(
        'Міст у Чернігові',
        'У Чернігові повідомили, що міст через Десну відкриють у червні. Рух старою дорогою до того часу залишиться закритим.',
      ),
      errors: [{ messageId: 'added', field: 'body', text: 'not' }],
    },
    {
      name: 'one of two negated clauses dropped while the other keeps its negation',
      title: 'Council in Lutsk',
      body: 'The Lutsk council did not approve the 2026 plan, and deputy Ihor Polishchuk will sign the letter.',
      original: uk(
        'Рада в Луцьку',
        'Луцька рада не ухвалила план на 2026 рік, а депутат Ігор Поліщук не підпише листа.',
      ),
      errors: [
        {
          messageId: 'fewer',
          field: 'original.body',
          message: 'The original negates 2 clauses of this sentence; the republished text has 1 negation',
        },
      ],
    },
    {
      name: 'a negation added to a sentence that already has one',
      title: 'Council in Lutsk',
      body: 'The Lutsk council did not approve the 2026 plan, and deputy Ihor Polishchuk will not sign the letter.',
      original: uk(
        'Рада в Луцьку',
        'Луцька рада не ухвалила план на 2026 рік, а депутат Ігор Поліщук підпише листа.',
      ),
      errors: [
        {
          messageId: 'more',
          field: 'body',
          message: 'The republished text negates 2 clauses of this sentence; the original has 1 negation',
        },
      ],
    },
    {
      name: 'a negation dropped where the translation has a word that only looks negative ("understand")',
      title: 'Council in Lutsk',
      body: 'Deputy Ihor Polishchuk said he can understand the 2026 plan of the Lutsk council.',
      original: uk(
        'Рада в Луцьку',
        'Депутат Ігор Поліщук сказав, що не може зрозуміти план Луцької ради на 2026 рік.',
      ),
      errors: [{ messageId: 'dropped', field: 'original.body', text: 'не' }],
    },
    {
      name: 'a Turkish negative verb suffix rendered as an affirmative',
      title: 'Bridge in Izmir',
      body: 'The new bridge in Izmir opened on Monday, the municipality of Izmir said.',
      original: {
        title: 'İzmir köprüsü',
        lang: 'tr',
        body: 'İzmir Büyükşehir Belediyesi, yeni köprünün pazartesi günü açılmadığını açıkladı.',
      },
      errors: [{ messageId: 'dropped', text: 'açılmadığını' }],
    },
    {
      name: 'a German negation dropped',
      title: 'Bridge in Leipzig',
      body: 'The new bridge in Leipzig will open in May, the city of Leipzig announced on Monday.',
      original: {
        title: 'Brücke in Leipzig',
        lang: 'de',
        body: 'Die neue Brücke in Leipzig wird im Mai nicht eröffnet, teilte die Stadt Leipzig am Montag mit.',
      },
      errors: [{ messageId: 'dropped', text: 'nicht' }],
    },
  ],
});
