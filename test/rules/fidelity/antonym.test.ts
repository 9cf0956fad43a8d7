import { ruleTester } from '../../helpers/rule-tester.js';
import { antonym } from '../../../src/rules/fidelity/antonym.js';
import { warmLexicons } from './warm-lexicons.js';

const uk = (title: string, body: string) => ({ title, body, lang: 'uk' });
const ru = (title: string, body: string) => ({ title, body, lang: 'ru' });

warmLexicons(['uk', 'ru']);

ruleTester(antonym, {
  valid: [
    {
      name: 'the right word',
      title: 'School in Rivne',
      body: 'The new school in Rivne is big: it has 40 classrooms, mayor Oleksandr Tretiak said on Monday.',
      original: uk(
        'Школа в Рівному',
        'Нова школа в Рівному велика: у ній 40 класів, сказав у понеділок мер Олександр Третяк.',
      ),
    },
    {
      name: 'both words of a pair on both sides',
      title: 'Bridges in Kyiv',
      body: 'The old and the new bridges in Kyiv will both be repaired in 2026, the city council said.',
      original: uk(
        'Мости в Києві',
        'Старий і новий мости в Києві відремонтують у 2026 році, повідомила міська рада.',
      ),
    },
    {
      name: 'an opposite for a negated word ("не велика" / "small")',
      title: 'School in Rivne',
      body: 'The school in Rivne is small: it has only 12 classrooms, mayor Oleksandr Tretiak said.',
      original: uk(
        'Школа в Рівному',
        'Школа в Рівному не велика: у ній лише 12 класів, сказав мер Олександр Третяк.',
      ),
    },
    {
      name: 'the opposite negated on the republished side ("not big" for "мала")',
      title: 'School in Rivne',
      body: 'The school in Rivne is not big: it has only 12 classrooms, mayor Oleksandr Tretiak said.',
      original: uk(
        'Школа в Рівному',
        'Школа в Рівному невелика: у ній лише 12 класів, сказав мер Олександр Третяк.',
      ),
    },
    {
      name: 'an opposite that is part of a name',
      title: 'Train to Kyiv',
      body: 'The first train from Little Rock reached the station in 2024, the company said on Friday.',
      original: ru(
        'Поезд в Киев',
        'Первый поезд из Литл-Рока прибыл на станцию в 2024 году, сообщила компания в пятницу.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a size word turned into its opposite (Ukrainian)',
      title: 'School in Rivne',
      body: 'The new school in Rivne is small: it has 40 classrooms, mayor Oleksandr Tretiak said on Monday.',
      original: uk(
        'Школа в Рівному',
        'Нова школа в Рівному велика: у ній 40 класів, сказав у понеділок мер Олександр Третяк.',
      ),
      errors: [{ messageId: 'opposite', field: 'body', text: 'small' }],
    },
    {
      name: 'an order word turned into its opposite (Russian)',
      title: 'Train to Kyiv',
      body: 'The last train from Lviv reached Kyiv at 7 am on Friday, the railway company said.',
      original: ru(
        'Поезд в Киев',
        'Первый поезд из Львова прибыл в Киев в 7 утра в пятницу, сообщила железнодорожная компания.',
      ),
      errors: [{ messageId: 'opposite', field: 'body', text: 'last' }],
    },
  ],
});
