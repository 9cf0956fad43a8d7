import { ruleTester } from '../../helpers/rule-tester.js';
import { headlineBodyMismatch as bodyMismatch } from '../../../src/rules/fluency/headline-body-mismatch.js';

ruleTester(bodyMismatch, {
  valid: [
    // inflections and irregular forms of the body's word
    {
      title: 'Biden met Putin in Geneva',
      body: 'Biden will meet Putin in Geneva next week, officials said.',
    },
    { title: 'Council cuts budget for roads', body: 'The council cut the budget for roads by a fifth.' },
    // the body has the slip, not the headline
    { title: 'Milan Design Week opens', body: 'Milan Design Meek opens on Monday with 400 shows.' },
    // a word the body also has elsewhere
    { title: 'Mother and sin of pride', body: 'Mother and son spoke. Sin of pride, they called it.' },
    // Slavic endings and aspect differ by a letter without any garble
    {
      lang: 'ru',
      title: 'Уоррен планирует «тщательно изучить» возможности',
      body: 'Уоррен заявила, что будет тщательно изучать возможности баллотироваться.',
    },
    {
      lang: 'uk',
      title: 'Атлетка стане представником у раді спортсменів',
      body: 'Атлетка стане представником у ради спортсменів, повідомили організатори.',
    },
    // one shared short neighbour is not the same place
    { title: 'The cat and dog show', body: 'The cut and paste method.' },
  ],
  invalid: [
    {
      title: 'Mother and Sin settled in a circle',
      body: 'Mother and son - the grapes of Margarita and Ruslan - met at the exchange.',
      errors: [{ messageId: 'differs', text: 'Sin', suggestion: 'son' }],
    },
    {
      title: 'Police found the missing bot near the lake',
      body: 'Police found the missing boy near the lake on Sunday morning.',
      errors: [{ messageId: 'differs', text: 'bot', suggestion: 'boy' }],
    },
    {
      lang: 'es',
      title: 'El gobierno aprueba la ley de visienda social en el Congreso',
      body: 'El gobierno aprueba la ley de vivienda social en el Congreso tras meses de debate.',
      errors: [{ messageId: 'differs', text: 'visienda', suggestion: 'vivienda' }],
    },
  ],
});
