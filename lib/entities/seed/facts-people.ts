import type { SeedFact } from '@/lib/entities/seed-types';
import { A000, A004, cite, editor, fact } from './sources';

// Offices as the articles give them at their date; terms the articles do not give are separate,
// editor-supplied facts.
export const peopleFacts: SeedFact[] = [
  fact('commands', 'subhan-bakirov', 'azerbaijani-naval-forces', cite(A000, 2, 'Commander of the Azerbaijan Naval Forces, Vice Admiral Subhan Bakirov')),
  fact(
    'commands',
    'saken-bekzhanov',
    'kazakh-naval-forces',
    cite(A000, 2, 'Commander-in-Chief of the Naval Forces of the Armed Forces of Kazakhstan Rear Admiral Bekzhanov Saken'),
  ),
  fact('leads', 'aslan-bzhania', 'abkhazia', cite(A000, 3, 'the de facto President of Abkhazia Aslan Bzhania')),
  fact('leads', 'aslan-bzhania', 'abkhazia', editor('general knowledge: de facto president from 23 April 2020 until his resignation on 19 November 2024'), {
    from: '2020-04-23',
    to: '2024-11-19',
  }),
  fact('leads', 'adilbek-zhaksybekov', 'kazakh-mod', cite(A004, 1, 'the Kazakh Defense Minister Adilbek Zhaksybekov')),
  fact('leads', 'nursultan-nazarbayev', 'kazakhstan', cite(A004, 1, 'Kazakhstan’s President Nursultan Nazarbayev')),
  fact('leads', 'nursultan-nazarbayev', 'kazakhstan', editor('general knowledge: head of state from 24 April 1990 to 20 March 2019'), {
    from: '1990-04-24',
    to: '2019-03-20',
  }),
  fact('leads', 'abdullah-gul', 'turkey', cite(A004, 1, 'the Turkish President Abdullah Gul')),
  fact('leads', 'abdullah-gul', 'turkey', editor('general knowledge: President of Turkey from 28 August 2007 to 28 August 2014'), {
    from: '2007-08-28',
    to: '2014-08-28',
  }),
  fact('leads', 'vladimir-putin', 'russia', editor('general knowledge: President of Russia 2000–2008'), { from: '2000-05-07', to: '2008-05-07' }),
  fact('leads', 'vladimir-putin', 'russia', editor('general knowledge: President of Russia again since 2012'), { from: '2012-05-07' }),
];
