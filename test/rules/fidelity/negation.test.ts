import { ruleTester } from '../../helpers/rule-tester.js';
import { negation } from '../../../src/rules/fidelity/negation.js';

const uk = (title: string, body: string) => ({ title, body, lang: 'uk' });

ruleTester(negation, {
  valid: [
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
  ],
  invalid: [
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
      name: 'a negation added in the headline',
      title: 'Rivne council does not approve the budget',
      body: 'The Rivne city council approved the budget for 2026 on Tuesday, deputy Olha Marchuk said.',
      original: uk(
        'Рівненська рада ухвалила бюджет',
        'Рівненська міська рада у вівторок ухвалила бюджет на 2026 рік, повідомила депутатка Ольга Марчук.',
      ),
      errors: [{ messageId: 'added', field: 'title', text: 'not' }],
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
