import type { SeedEntity } from '@/lib/entities/seed-types';
import { abbr, ambiguous, en, form } from './forms';

// Think tanks, outlets and journals the articles cite or are published by. Website addresses in
// citations ("www.nvo.ng.ru") are not names, so they are not listed as forms.
export const mediaAndThinkTanks: SeedEntity[] = [
  {
    key: 'stem',
    type: 'organization',
    subtype: 'think-tank',
    // The qualifier is for display only: the tagger reads the forms, and "STEM" is also a common word.
    name: 'STEM (think tank)',
    names: [ambiguous('STEM', 'abbreviation')],
    contextWords: ['think tank', 'analyst', 'research centre', 'research center'],
    description: 'Azerbaijani think tank cited on Central Asian military cooperation.',
  },
  {
    key: 'caspian-policy-center',
    type: 'organization',
    subtype: 'think-tank',
    name: 'Caspian Policy Center',
    names: [ambiguous('CPC', 'abbreviation')],
    contextWords: ['think tank', 'Caspian Policy'],
    description: 'Washington-based think tank on the Caspian region and Central Asia.',
  },
  {
    key: 'azernews',
    type: 'organization',
    subtype: 'media',
    name: 'Azernews',
    names: [en('AzerNews'), en('Azer News')],
    description: 'English-language Azerbaijani news outlet.',
  },
  {
    key: 'turkish-weekly',
    type: 'organization',
    subtype: 'media',
    name: 'Turkish Weekly',
    names: [en('Journal of Turkish Weekly'), abbr('JTW')],
    description: 'Turkish English-language news and analysis outlet.',
  },
  {
    key: 'rakhat-tv',
    type: 'organization',
    subtype: 'media',
    name: 'Rakhat TV',
    names: [],
    description: 'Kazakh television channel.',
  },
  {
    key: 'journal-of-slavic-military-studies',
    type: 'organization',
    subtype: 'media',
    name: 'Journal of Slavic Military Studies',
    names: [abbr('JSMS')],
    description: 'Academic journal on the militaries of Russia, Eastern Europe and Eurasia.',
  },
  {
    key: 'general-newspaper-of-the-leningrad-region',
    type: 'organization',
    subtype: 'media',
    name: 'General Newspaper of the Leningrad Region',
    names: [],
    description: 'Russian regional newspaper, named in English translation by the article that cites it.',
  },
  {
    key: 'eurasia-daily-monitor',
    type: 'organization',
    subtype: 'media',
    name: 'Eurasia Daily Monitor',
    names: [abbr('EDM')],
    description: 'Analysis bulletin on Eurasian affairs published by the Jamestown Foundation.',
  },
  {
    key: 'pap',
    type: 'organization',
    subtype: 'media',
    name: 'Polish Press Agency',
    names: [abbr('PAP'), form('Polska Agencja Prasowa', 'pl', 'official')],
    description: "Poland's national news agency.",
  },
  {
    key: 'nvo',
    type: 'organization',
    subtype: 'media',
    name: 'Nezavisimoye Voyennoye Obozreniye',
    names: [
      form('Независимое военное обозрение', 'ru', 'official'),
      en('Independent Military Review', 'translation'),
      abbr('NVO', 'ru'),
    ],
    description: 'Russian weekly on military affairs, a supplement of Nezavisimaya Gazeta, cited as www.nvo.ng.ru.',
  },
];
