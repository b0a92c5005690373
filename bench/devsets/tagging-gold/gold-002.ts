import { rows } from './gold-mention';

// 002 "Central Asia's Bold Move: Hosting Major Military Drills sans Russia" (¶6 and ¶10 are headings)
export const gold002 = rows([
  [1, 'Central Asia', 'central-asia'],
  [1, 'Birlestik-2024', 'birlestik-2024'],
  [1, 'Russia', 'russia'],
  [1, 'Russia', 'russia'],

  [2, 'Kazakhstan', 'kazakhstan'],
  [2, 'Ojmasza', 'oymasha-training-ground'],
  [2, 'Cape Tokmak', 'cape-tokmak'],
  [2, 'Caspian Sea', 'caspian-sea'],
  [2, 'Azerbaijan', 'azerbaijan'],
  [2, 'Tajikistan', 'tajikistan'],
  [2, 'Uzbekistan', 'uzbekistan'],
  [2, 'Kazakhstan', 'kazakhstan'],
  [2, 'Kyrgyzstan', 'kyrgyzstan'],

  [4, 'Azerbaijani Defense Ministry', 'azerbaijani-mod'],
  [4, 'Russia', 'russia'],

  [7, 'Azerbaijan', 'azerbaijan'],
  [7, 'STEM', 'stem'],

  [8, 'Turkey', 'turkey'],
  [8, 'South Caucasus', 'south-caucasus'],
  [8, 'Central Asia', 'central-asia'],
  [8, 'STEM', 'stem'],

  [9, 'Azerbaijan', 'azerbaijan'],
  [9, 'Trans-Caspian transport route', 'trans-caspian-route'],

  // A bare surname with no full name anywhere in the article: still Vladimir Putin to a reader.
  [10, 'Putin', 'vladimir-putin'],

  [11, 'Birlestik-2024', 'birlestik-2024'],
  [11, 'Russia', 'russia'],
  [11, 'Kazakhstan', 'kazakhstan'],
  [11, 'Russian', 'russia'],

  [12, 'Kazakhstan', 'kazakhstan'],
  [12, 'Kremlin', 'kremlin'],
  [12, 'Russia', 'russia'],
  [12, 'Vladimir Shapavalov', 'vladimir-shapavalov'],
  [12, 'Russian', 'russia'],
  [12, 'General Newspaper of the Leningrad Region', 'general-newspaper-of-the-leningrad-region'],
]);
