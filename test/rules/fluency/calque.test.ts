import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../helpers/rule-tester.js';
import { calque } from '../../../src/rules/fluency/calque.js';
import { compileCalquePattern, parseCalques } from '../../../src/resources/calques.js';
import { loadResources } from '../../../src/resources.js';

const PORT =
  'The ports of the region handled more grain in May than a year earlier, the administration said.';

ruleTester(calque, {
  valid: [
    // ordinary English around the same words
    { title: 'Prices rose three times in a year', body: PORT },
    { title: 'Big Ben falls silent for repairs', body: 'The bell will be silent for four years.' },
    { title: 'Big Tech faces new rules in Europe', body: PORT },
    {
      title: 'Crowds cheered the arrival of the team',
      body: 'Fans waited at the airport for the arrival of the team.',
    },
    { title: 'The car rolled over twice on the motorway', body: 'Nobody was hurt.' },
    { title: 'Barges on the Dnieper carry grain again', body: 'Shipping on the Dnieper resumed.' },
    { title: 'Exports fall by 40% in one year', body: PORT },
    // an entry that needs its source language stays quiet without an original
    { title: 'Talks held in the frame of the summit', body: PORT },
    // with an original in another language, only that pair's calques apply
    {
      title: 'Prices increased in 2 times',
      body: 'Prices increased sharply.',
      original: { lang: 'es', title: 'Los precios se duplicaron', body: 'Los precios subieron mucho.' },
    },
  ],
  invalid: [
    {
      title: 'Ports of Big Odesa rolled over 8.2 million tons of cargo in May',
      body: PORT,
      errors: [
        { messageId: 'calque', text: 'Big Odesa', suggestion: 'Greater Odesa' },
        { messageId: 'calque', text: 'rolled over 8.2 million tons', suggestion: 'handled 8.2 tons' },
      ],
    },
    {
      title: 'Gas prices increased in 2.5 times',
      body: 'Residents beat on the alarm as bills arrived.',
      errors: [
        { messageId: 'calque', field: 'title', text: 'in 2.5 times' },
        { messageId: 'calque', field: 'body', text: 'beat on the alarm', suggestion: 'sounded the alarm' },
      ],
    },
    {
      title: 'In Kharkiv, the metro was restored after the arrival',
      body: 'Traffic stopped after the arrival of a drone near the depot.',
      errors: [
        { messageId: 'calque', field: 'title', text: 'after the arrival', suggestion: 'after the strike' },
        { messageId: 'calque', field: 'body', text: 'arrival of a drone', suggestion: 'strike by' },
      ],
    },
    {
      title: 'The price of olive oil in origin falls a 40% in one year',
      body: PORT,
      original: {
        lang: 'es',
        title: 'El precio del aceite de oliva en origen cae un 40%',
        body: 'El precio cae.',
      },
      errors: [
        { messageId: 'calque', text: 'in origin' },
        { messageId: 'calque', text: 'falls a 40%', suggestion: 'by 40%' },
      ],
    },
    {
      title: 'Resort raises the cure tax for visitors',
      body: 'A new sodium-accu powers the ferry.',
      errors: [
        { messageId: 'calque', field: 'title', text: 'cure tax' },
        { messageId: 'calque', field: 'body', text: 'accu', suggestion: 'battery' },
      ],
    },
    {
      title: 'Officials were a goat goat in the scandal',
      body: 'An agent worked under the legend of a journalist in Dnieper.',
      errors: [
        { messageId: 'calque', field: 'title', text: 'goat goat', suggestion: 'scapegoat' },
        { messageId: 'calque', field: 'body', text: 'under the legend of' },
        { messageId: 'calque', field: 'body', text: 'in Dnieper', suggestion: 'Dnipro' },
      ],
    },
  ],
});

describe('calque lexicons', () => {
  it('parse without problems', () => {
    const problems: string[] = [];
    for (const [name, lines] of loadResources().lexicons)
      if (name.startsWith('calques.')) parseCalques(name.slice('calques.'.length), lines, problems);
    expect(problems).toEqual([]);
  });

  it('compile slots, alternatives, optional words and prefixes', () => {
    const re = compileCalquePattern('arrival of a|an? drone|uav');
    expect('the arrival of a drone'.match(re)?.[0]).toBe('arrival of a drone');
    expect('after arrival of UAV'.match(re)?.[0]).toBe('arrival of UAV');
    expect('arrival of a droned'.match(re)).toBeNull();
    expect('Beats on the alarm'.match(compileCalquePattern('beat* on the alarm'))?.[0]).toBe(
      'Beats on the alarm',
    );
  });
});
