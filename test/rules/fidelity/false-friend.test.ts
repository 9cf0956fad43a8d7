import { describe, expect, it } from 'vitest';
import { falseFriend } from '../../../src/rules/fidelity/false-friend.js';
import { parseFalseFriends } from '../../../src/resources/false-friends.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(falseFriend, {
  valid: [
    {
      name: 'the right rendering',
      title: 'Air-raid alert lasted three hours',
      body: 'An air-raid alert sounded across the region on Monday night and lasted three hours.',
      original: {
        title: 'Повітряна тривога тривала три години',
        body: 'Повітряна тривога пролунала по всій області в понеділок увечері й тривала три години.',
        lang: 'uk',
      },
    },
    {
      name: 'the English word without its source word in the original paragraph',
      title: 'Eventually the council agreed',
      body: 'After a long debate the council eventually agreed to build the tram line.',
      original: {
        title: 'Schließlich stimmte der Rat zu',
        body: 'Nach langer Debatte stimmte der Gemeinderat schließlich dem Bau der Stadtbahn zu.',
        lang: 'de',
      },
    },
    {
      name: 'a longer word that only starts like the rendering ("decadent")',
      title: 'Exhibition of posters',
      body: 'The museum shows decadent posters from the last century.',
      original: {
        title: 'Виставка плакатів',
        body: 'Музей показує декадентські плакати минулого століття.',
        lang: 'uk',
      },
    },
  ],
  invalid: [
    {
      name: 'тривога rendered as anxiety, in title and body',
      title: 'Anxiety lasted three hours',
      body: 'Anxiety was announced across the region on Monday night and lasted three hours.',
      original: {
        title: 'Тривога тривала три години',
        body: 'Тривогу оголосили по всій області в понеділок увечері, вона тривала три години.',
        lang: 'uk',
      },
      errors: [
        { messageId: 'falseFriend', field: 'title', text: 'Anxiety', suggestion: 'air-raid alert' },
        { messageId: 'falseFriend', field: 'body', text: 'Anxiety' },
      ],
    },
    {
      name: 'eventuell rendered as eventually',
      title: 'Council discusses tram line',
      body: 'The council may eventually build a bus lane instead, a spokesman said.',
      original: {
        title: 'Gemeinderat berät über Stadtbahn',
        body: 'Der Gemeinderat könnte eventuell stattdessen eine Busspur bauen, sagte ein Sprecher.',
        lang: 'de',
      },
      errors: [{ messageId: 'falseFriend', text: 'eventually', suggestion: 'possibly' }],
    },
  ],
});

describe('parseFalseFriends', () => {
  it('reads stems, exact words and multi-word renderings, skipping malformed lines', () => {
    const [e, ...rest] = parseFalseFriends(['=crue, débord | in raw, raw | flood', 'broken line']);
    expect(rest).toEqual([]);
    expect(e!.sources).toEqual([
      { text: 'crue', exact: true },
      { text: 'débord', exact: false },
    ]);
    expect(e!.wrong).toEqual([['in', 'raw'], ['raw']]);
  });
});
