import { nameForm } from '../../../src/rules/fluency/name-form.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(nameForm, {
  valid: [
    {
      name: 'standard and accepted forms, transliteration variants',
      title: 'Volunteers from Kiev and Odessa help Kharkiv',
      body: 'Volunteers from Kyiv and Odesa brought generators to Kharkiv and Kryvyi Rih. General Valeriy Zaluzhny thanked them.',
    },
    {
      name: 'Ukrainian surnames that are not English words, and a surname that is an inflected word',
      body: 'The mayor Oleksandr Koval met Svitlana Horobets and Taras Stets to discuss the budget on Friday.',
    },
    {
      name: 'adjectives and surnames derived from place names',
      body: 'The Transcarpathian authorities and the Brovarsky district council met Ivan Cherkasov in the morning.',
    },
    {
      name: 'a Ukrainian given name before a longer capitalised title',
      body: 'The report was written by Iryna Bird Protection Society experts and published on Monday.',
    },
    {
      name: 'with an original, name-mismatch decides instead',
      body: 'The director Iryna Cherry said the premiere would take place in May.',
      original: {
        title: 'Прем’єра у травні',
        body: 'Режисерка Ірина Вишня сказала, що прем’єра відбудеться у травні.',
        lang: 'uk',
      },
    },
    {
      name: 'names that sound like English names, and Dzh- names that are not English',
      body: "Kolya and Hana met Mustafa Dzhemilev in Dzhankoi, then flew to Ronaldo's home town.",
    },
  ],
  invalid: [
    {
      name: 'an English given name back-transliterated from Cyrillic (checked with an original too)',
      body: 'The race was won by the Kenyan runner Dzheffri Kiplagat in just over two hours.',
      original: {
        title: 'Марафон',
        body: 'Победу одержал кенийский бегун Джеффри Киплагат с результатом чуть больше двух часов.',
        lang: 'ru',
      },
      errors: [{ messageId: 'backTransliterated', text: 'Dzheffri', suggestion: 'Jeffrey' }],
    },
    {
      name: 'translated surname after a Ukrainian given name',
      body: 'The director of the theatre Iryna Cherry said the premiere would take place in May.',
      errors: [{ messageId: 'translatedSurname', text: 'Cherry' }],
    },
    {
      name: 'misspelt known names',
      body: 'Artists from Maripul met US Secretary of Defense Pitt Hegset in Brussels.',
      errors: [
        { messageId: 'misspelt', text: 'Maripul', suggestion: 'Mariupol' },
        { messageId: 'misspelt', text: 'Pitt Hegset', suggestion: 'Pete Hegseth' },
      ],
    },
    {
      name: 'misspelt known names stay caught when the original is supplied',
      body: 'Artists from Maripul and the painter Olena Hrytsenko met Pitt Hegset in Brussels.',
      original: {
        title: 'Художники з Маріуполя у Брюсселі',
        lang: 'uk',
        body: 'Художники з Маріуполя та малярка Олена Гриценко зустрілися з Гегсетом у Брюсселі.',
      },
      errors: [
        { messageId: 'misspelt', text: 'Maripul', suggestion: 'Mariupol' },
        { messageId: 'misspelt', text: 'Pitt Hegset', suggestion: 'Pete Hegseth' },
      ],
    },
    {
      name: 'russified city name',
      body: 'Shelling damaged a school in Nikolaev on Tuesday night.',
      errors: [{ messageId: 'russified', text: 'Nikolaev', suggestion: 'Mykolaiv' }],
    },
  ],
});
