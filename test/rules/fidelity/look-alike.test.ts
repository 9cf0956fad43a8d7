import { ruleTester } from '../../helpers/rule-tester.js';
import { lookAlike } from '../../../src/rules/fidelity/look-alike.js';
import { warmLexicons } from './warm-lexicons.js';

const uk = (title: string, body: string) => ({ title, body, lang: 'uk' });
const ru = (title: string, body: string) => ({ title, body, lang: 'ru' });

warmLexicons(['uk', 'ru']);

ruleTester(lookAlike, {
  valid: [
    {
      name: 'the dictionary rendering of a word an English word looks like',
      title: 'Guests in Lviv',
      body: 'The mayor met the guests from Poland in Lviv on Monday, the city council said.',
      original: uk(
        'Гості у Львові',
        'Мер зустрів гостей з Польщі у Львові в понеділок, повідомила міська рада.',
      ),
    },
    {
      name: 'a listed false friend, which fidelity/false-friend reports',
      title: 'Neat work',
      body: 'The new workers in Tver are very accurate and attentive, the director Ivan Petrov said on Monday.',
      original: ru(
        'Аккуратная работа',
        'Новые рабочие в Твери очень аккуратные и внимательные, сказал в понедельник директор Иван Петров.',
      ),
    },
    {
      name: 'a look-alike that the dictionary knows as the rendering of a cognate ("robot": робот)',
      title: 'Work in Lviv',
      body: 'On Monday the new robot in the factory starts, director Ivan Petrenko said.',
      original: uk(
        'Робота у Львові',
        'У понеділок нова робота на фабриці починається, сказав директор Іван Петренко.',
      ),
    },
    {
      name: 'the dictionary rendering',
      title: 'Neat work',
      body: 'The new workers in Tver are very neat and attentive, the director Ivan Petrov said on Monday.',
      original: ru(
        'Аккуратная работа',
        'Новые рабочие в Твери очень аккуратные и внимательные, сказал в понедельник директор Иван Петров.',
      ),
    },
    {
      name: 'a cognate the dictionary lists',
      title: 'An artist in Lviv',
      body: 'The artist Ivan Petrenko opened an exhibition in Lviv on Monday, the city council said.',
      original: uk(
        'Артист у Львові',
        'Артист Іван Петренко відкрив виставку у Львові в понеділок, повідомила міська рада.',
      ),
    },
    {
      name: 'a cognate the dictionary misses ("scandals" for "скандалов")',
      title: 'Scandals in Tver',
      body: 'There were three scandals in the Tver city council in 2024, the newspaper wrote on Monday.',
      original: ru(
        'Скандалы в Твери',
        'В 2024 году в городской думе Твери было три скандала, написала газета в понедельник.',
      ),
    },
    {
      name: 'a name that looks like a word of the original',
      title: 'A shop in Tver',
      body: 'Magazine Street in Tver has a new shop since 2024, the city council said on Monday.',
      original: ru(
        'Магазин в Твери',
        'На улице Магазинной в Твери с 2024 года работает новый магазин, сообщила городская дума в понедельник.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a look-alike of its own meaning (Ukrainian "гостей" guests as "hostess")',
      title: 'Guests in Lviv',
      body: 'The mayor met the hostess from Poland in Lviv on Monday, the city council said.',
      original: uk(
        'Гості у Львові',
        'Мер зустрів гостей з Польщі у Львові в понеділок, повідомила міська рада.',
      ),
      errors: [{ messageId: 'lookAlike', field: 'body', text: 'hostess', suggestion: 'guest' }],
    },
    {
      name: 'the same in Russian',
      title: 'Guests in Tver',
      body: 'The mayor met the hostess from Poland in Tver on Monday, the city council said.',
      original: ru(
        'Гости в Твери',
        'Мэр встретил гостей из Польши в Твери в понедельник, сообщила городская дума.',
      ),
      errors: [{ messageId: 'lookAlike', field: 'body', text: 'hostess' }],
    },
  ],
});
