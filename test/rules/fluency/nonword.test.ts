import { describe, expect, it } from 'vitest';
import { nonword, slavicFormation, wordPlay } from '../../../src/rules/fluency/nonword.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(nonword, {
  valid: [
    {
      name: 'clean English with names, acronyms, British spelling and digits',
      title: 'Council approves the new budget for schools',
      body: 'The council in Kharkiv approved the budget on Tuesday. Its chairman, Oleh Kushnir, said the organisation will spend UAH 98.6 million on 12 schools and COVID-19 testing, and will post updates on WhatsApp.',
    },
    {
      name: 'a capitalised name met once is left alone',
      body: 'The coach Marek Zawadzki praised the defence after the match in Chornomorsk on Sunday evening.',
    },
    {
      name: 'transliterated terms that English news keeps (gazetteer)',
      body: 'Each hromada in the oblast received money in hryvnias for shelters and schools this spring.',
    },
    {
      name: 'words borrowed as they are from a Latin-script original',
      body: 'Engineers finished the new polder on the river before the autumn floods, the agency said.',
      original: {
        title: 'Nowy polder gotowy',
        body: 'Inżynierowie ukończyli nowy polder na rzece przed jesiennymi powodziami, podała agencja.',
        lang: 'pl',
      },
    },
    {
      name: 'a transliterated title in quotes is a deliberate choice',
      body: 'The writer won the prize for her novel "Tikhiy vecher u reki", the jury said on Friday.',
      original: {
        title: 'Премия',
        body: 'Писательница получила премию за роман «Тихий вечер у реки», сообщило жюри в пятницу.',
        lang: 'ru',
      },
    },
    {
      name: 'derived and compound words the dictionary lacks',
      body: 'The protestors waited while analysts studied the financials and the headwear shop reopened.',
    },
    {
      name: 'hyphenated word play: rhymes and vowel swaps made up on purpose',
      body: 'The old magician muttered his wumba-dumba spell, and the clock went tiktak-toktak all night.',
    },
    {
      name: 'German text is not spell-checked (only base forms are known)',
      title: 'Stadtrat beschließt Haushalt',
      body: 'Der Stadtrat würde den Haushalt lesen und die Pläne erkennen, sagte die Sprecherin am Dienstag.',
      lang: 'de',
    },
    {
      name: 'real English words the spelling dictionary lacks (word list), a derivation by suffix',
      body: 'The carpenter planed the chamfers of the table while the doggie slept, and the oncological ward moved upstairs.',
    },
    {
      name: 'a hashtag, a unit after a figure, short loans from the original',
      body: 'Fans posted #keepthelightson all night. One bar has 230 kcal. The krai sent aid to the dacha owners.',
      original: {
        title: 'Новости',
        body: 'Фанаты всю ночь публиковали хэштег. В батончике 230 ккал. Край отправил помощь владельцам дач.',
        lang: 'ru',
      },
    },
  ],
  invalid: [
    {
      name: 'a mangled word is still flagged next to a figure when it is long',
      body: 'The company said 40 vestibul doors were replaced in the station last month.',
      errors: [{ messageId: 'misspelt', text: 'vestibul' }],
    },
    {
      name: 'a garbled half of a hyphenated word that does not rhyme with the other',
      body: 'The ministry opened a pidtrymka-centre for families in the old school building on Monday.',
      errors: [{ messageId: 'nonword', text: 'pidtrymka' }],
    },
    {
      name: 'a transliterated word whose beginning no English word shares',
      body: 'The mayor praised the pidtrymka of the residents during the meeting on Monday.',
      errors: [{ messageId: 'nonword', text: 'pidtrymka' }],
    },
    {
      name: 'Slavic region noun and demonym in Latin letters',
      body: 'Drones attacked Odeshchyna overnight, and the Kyivtsi spent hours in shelters before the morning.',
      errors: [
        { messageId: 'slavicForm', text: 'Odeshchyna' },
        { messageId: 'slavicForm', text: 'Kyivtsi' },
      ],
    },
    {
      name: 'a word one edit from an English word',
      body: 'The explosion damaged the platform and the vestibul of the station, the operator said.',
      errors: [{ messageId: 'misspelt', text: 'vestibul', suggestion: 'vestibule' }],
    },
    {
      name: 'a half-transliterated term from a Cyrillic original',
      title: 'Rare disease found in frogs',
      body: 'Biologists say the frogs carry hitridiomycosis, a fungal disease spreading in the region.',
      original: {
        title: 'У жаб виявили рідкісну хворобу',
        body: 'Біологи кажуть, що жаби мають хітридіомікоз — грибкову хворобу, яка поширюється в регіоні.',
        lang: 'uk',
      },
      errors: [{ messageId: 'halfTransliterated', text: 'hitridiomycosis' }],
    },
  ],
});

describe('slavicFormation', () => {
  it('recognises region nouns and plural demonyms', () => {
    expect(slavicFormation('Vinnychchyna')).toBe(true);
    expect(slavicFormation('lvivtsi')).toBe(true);
  });
  it('leaves English and Italian forms alone', () => {
    expect(slavicFormation('Arriani')).toBe(false);
    expect(slavicFormation('contests')).toBe(false);
  });
});

describe('wordPlay', () => {
  it('knows rhyming and vowel-swapping pairs', () => {
    expect(wordPlay('hocus', 'pocus')).toBe(true);
    expect(wordPlay('zig', 'zag')).toBe(true);
    expect(wordPlay('chit', 'chat')).toBe(true);
    expect(wordPlay('humpa', 'yumpa')).toBe(true);
  });
  it('leaves alone pairs that share no rhyme or differ in consonants', () => {
    expect(wordPlay('pidtrymka', 'centre')).toBe(false);
    expect(wordPlay('zig', 'zig')).toBe(false);
    expect(wordPlay('bit', 'bat') && wordPlay('bit', 'bis')).toBe(false);
  });
});
