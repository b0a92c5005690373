import type { SeedEntity } from '@/lib/entities/seed-types';
import { en, form, surname } from './forms';

// Only people the article texts name. Authors are article metadata, not entities. Every person has
// a surname form, which the tagger counts only after the full name has appeared in the article.
export const people: SeedEntity[] = [
  {
    key: 'subhan-bakirov',
    type: 'person',
    name: 'Subhan Bakirov',
    names: [form('Sübhan Bəkirov', 'az-Latn', 'official'), surname('Bakirov')],
    description: 'Azerbaijani vice admiral, Commander of the Azerbaijan Naval Forces.',
  },
  {
    key: 'saken-bekzhanov',
    type: 'person',
    name: 'Saken Bekzhanov',
    // Surname-first, as Kazakh official usage and article 000 give it.
    names: [en('Bekzhanov Saken'), form('Сакен Бекжанов', 'kk-Cyrl', 'official'), surname('Bekzhanov')],
    description: 'Kazakh rear admiral, Commander-in-Chief of the Naval Forces of Kazakhstan.',
  },
  {
    key: 'aslan-bzhania',
    type: 'person',
    name: 'Aslan Bzhania',
    names: [form('Аслан Бжания', 'ru', 'transliteration'), surname('Bzhania')],
    description: 'De facto President of Abkhazia from 2020 to 2024.',
  },
  {
    key: 'ramil-mammadli',
    type: 'person',
    name: 'Ramil Mammadli',
    names: [form('Ramil Məmmədli', 'az-Latn', 'official'), surname('Mammadli')],
    description: 'Azerbaijani military expert.',
  },
  {
    key: 'atilla-gunay',
    type: 'person',
    name: 'Atilla Gunay',
    names: [form('Atilla Günay', 'tr', 'official'), surname('Gunay'), surname('Günay', 'tr')],
    description: 'Turkish diplomat, Ambassador of Turkey to Kazakhstan in 2010.',
  },
  {
    key: 'adilbek-zhaksybekov',
    type: 'person',
    name: 'Adilbek Zhaksybekov',
    names: [
      form('Әділбек Жақсыбеков', 'kk-Cyrl', 'official'),
      en('Adilbek Dzhaksybekov', 'transliteration'),
      surname('Zhaksybekov'),
      surname('Dzhaksybekov'),
    ],
    description: 'Kazakh statesman, Minister of Defense of Kazakhstan in 2010.',
  },
  {
    key: 'nursultan-nazarbayev',
    type: 'person',
    name: 'Nursultan Nazarbayev',
    names: [
      form('Нұрсұлтан Назарбаев', 'kk-Cyrl', 'official'),
      en('Nursultan Nazarbaev', 'transliteration'),
      surname('Nazarbayev'),
      surname('Nazarbaev'),
    ],
    description: 'First President of Kazakhstan (1990–2019).',
  },
  {
    key: 'abdullah-gul',
    type: 'person',
    name: 'Abdullah Gul',
    names: [form('Abdullah Gül', 'tr', 'official'), surname('Gul'), surname('Gül', 'tr')],
    description: 'President of Turkey from 2007 to 2014.',
  },
  {
    key: 'roger-mcdermott',
    type: 'person',
    name: 'Roger McDermott',
    names: [surname('McDermott')],
    description: 'Analyst of Russian and Central Asian military affairs.',
  },
  {
    key: 'vladimir-shapavalov',
    type: 'person',
    name: 'Vladimir Shapavalov',
    names: [
      en('Vladimir Shapovalov', 'transliteration'),
      form('Владимир Шаповалов', 'ru', 'official'),
      surname('Shapavalov'),
      surname('Shapovalov'),
    ],
    description: 'Russian political scientist.',
  },
  {
    key: 'vladimir-putin',
    type: 'person',
    name: 'Vladimir Putin',
    names: [form('Владимир Путин', 'ru', 'official'), surname('Putin')],
    description: 'President of Russia (2000–2008 and since 2012).',
  },
];
