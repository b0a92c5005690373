import type { SeedFact } from '@/lib/entities/seed-types';
import { A000, A001, A003, A004, GENERAL_KNOWLEDGE, cite, fact } from './sources';

const aktauMinistries = cite(A001, 1, 'the Ministries of Defense of Azerbaijan, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan on April 4');
const aktauVenue = cite(A001, 2, 'held a joint conference planning meeting in Aktau, Kazakhstan');
const jointPlan = cite(A001, 2, 'the parties signed a joint plan agreeing to hold “Бірлестік (Unity) - 2024” exercises');
const navalMeeting = cite(A000, 2, 'Vice Admiral Subhan Bakirov, met with the delegation of the Kazakh Ministry of Defense led by');
const navalBase = cite(A000, 3, 'the agreement between Russia and Abkhazia on a permanent naval base');
const partnership = cite(A004, 1, 'visited Ankara to sign a strategic partnership agreement that emphasized closer military collaboration between the two countries');
const astanaMeeting = cite(A004, 1, 'Atilla Gunay, met the Kazakh Defense Minister Adilbek Zhaksybekov in Astana');

export const eventFacts: SeedFact[] = [
  // The Aktau planning conference of 4 April 2024 and the joint plan signed there.
  fact('participated-in', 'kazakhstan', 'aktau-planning-conference-2024', aktauVenue, { role: 'host' }),
  fact('participated-in', 'azerbaijan', 'aktau-planning-conference-2024', aktauMinistries, { role: 'participant' }),
  fact('participated-in', 'kyrgyzstan', 'aktau-planning-conference-2024', aktauMinistries, { role: 'participant' }),
  fact('participated-in', 'tajikistan', 'aktau-planning-conference-2024', aktauMinistries, { role: 'participant' }),
  fact('participated-in', 'uzbekistan', 'aktau-planning-conference-2024', aktauMinistries, { role: 'participant' }),
  fact('participated-in', 'kazakh-mod', 'aktau-planning-conference-2024', aktauMinistries, { role: 'participant' }),
  fact('participated-in', 'azerbaijani-mod', 'aktau-planning-conference-2024', aktauMinistries, { role: 'participant' }),
  fact('held-in', 'aktau-planning-conference-2024', 'aktau', aktauVenue),
  fact('held-in', 'aktau-planning-conference-2024', 'aktau', cite(A003, 4, 'discussed at a conference held in Aktau, Kazakhstan')),
  fact('signed', 'azerbaijan', 'birlestik-2024-joint-plan', jointPlan),
  fact('signed', 'kazakhstan', 'birlestik-2024-joint-plan', jointPlan),
  fact('signed', 'kyrgyzstan', 'birlestik-2024-joint-plan', jointPlan),
  fact('signed', 'tajikistan', 'birlestik-2024-joint-plan', jointPlan),
  fact('signed', 'uzbekistan', 'birlestik-2024-joint-plan', jointPlan),
  fact('held-in', 'birlestik-2024-joint-plan', 'aktau', aktauVenue),

  // The naval commanders' meeting of 6 October 2023, during Khazri-2023.
  fact('met', 'subhan-bakirov', 'saken-bekzhanov', navalMeeting),
  fact('participated-in', 'subhan-bakirov', 'bakirov-bekzhanov-meeting-2023', navalMeeting, { role: 'participant' }),
  fact('participated-in', 'saken-bekzhanov', 'bakirov-bekzhanov-meeting-2023', navalMeeting, { role: 'participant' }),
  fact('participated-in', 'kazakh-mod', 'bakirov-bekzhanov-meeting-2023', navalMeeting, { role: 'participant' }),

  // The Russian naval base in Abkhazia.
  fact('signed', 'russia', 'russia-abkhazia-naval-base-agreement', navalBase),
  fact('signed', 'abkhazia', 'russia-abkhazia-naval-base-agreement', navalBase),
  fact('participated-in', 'aslan-bzhania', 'russia-abkhazia-naval-base-agreement', cite(A000, 3, 'Aslan Bzhania announced the agreement'), {
    role: 'participant',
  }),
  fact('located-at', 'russia-abkhazia-naval-base-agreement', 'ochamchira-district', cite(A000, 3, 'a permanent naval base in the Ochamchira district')),

  // Kazakhstan and Turkey, 2009–2010.
  fact('participated-in', 'nursultan-nazarbayev', 'nazarbayev-visit-to-turkey-2009', cite(A004, 1, 'Nursultan Nazarbayev visited Ankara'), {
    role: 'participant',
  }),
  fact(
    'participated-in',
    'abdullah-gul',
    'nazarbayev-visit-to-turkey-2009',
    cite(A004, 1, 'Nazarbayev stated following the negotiations with the Turkish President Abdullah Gul'),
    { role: 'participant' },
  ),
  fact('held-in', 'nazarbayev-visit-to-turkey-2009', 'ankara', cite(A004, 1, 'Nursultan Nazarbayev visited Ankara')),
  fact('signed', 'kazakhstan', 'kazakhstan-turkey-strategic-partnership', partnership),
  fact('signed', 'turkey', 'kazakhstan-turkey-strategic-partnership', partnership),
  fact('signed', 'nursultan-nazarbayev', 'kazakhstan-turkey-strategic-partnership', cite(A004, 1, 'Nursultan Nazarbayev visited Ankara to sign a strategic partnership agreement')),
  fact('signed', 'abdullah-gul', 'kazakhstan-turkey-strategic-partnership', GENERAL_KNOWLEDGE),
  fact('held-in', 'kazakhstan-turkey-strategic-partnership', 'ankara', partnership),
  fact('met', 'atilla-gunay', 'adilbek-zhaksybekov', astanaMeeting),
  fact('participated-in', 'atilla-gunay', 'gunay-zhaksybekov-meeting-2010', astanaMeeting, { role: 'participant' }),
  fact('participated-in', 'adilbek-zhaksybekov', 'gunay-zhaksybekov-meeting-2010', astanaMeeting, { role: 'participant' }),
  fact('held-in', 'gunay-zhaksybekov-meeting-2010', 'astana', astanaMeeting),
  fact('participated-in', 'kazakhstan', 'kadex-2010', cite(A004, 2, 'Kazakhstan’s first international armament exhibition KADEX 2010'), { role: 'host' }),
  fact('held-in', 'kadex-2010', 'astana', GENERAL_KNOWLEDGE),

  // Kazakhstan and NATO.
  fact('signed', 'kazakhstan', 'nato-kazakhstan-ipap', cite(A004, 6, 'NATO and Kazakhstan also adopted a second phase Individual Partnership Action Plan (IPAP)')),
  fact('participated-in', 'nato', 'nato-kazakhstan-ipap', cite(A004, 6, 'NATO and Kazakhstan also adopted a second phase Individual Partnership Action Plan (IPAP)'), {
    role: 'participant',
  }),

  // Wars.
  fact('participated-in', 'russia', 'russian-invasion-of-ukraine', cite(A001, 1, "Russia's conflict with Ukraine"), { role: 'participant' }),
  fact('participated-in', 'ukraine', 'russian-invasion-of-ukraine', cite(A001, 1, "Russia's conflict with Ukraine"), { role: 'participant' }),
  fact('held-in', 'russian-invasion-of-ukraine', 'ukraine', GENERAL_KNOWLEDGE),
  fact('participated-in', 'azerbaijan', 'second-karabakh-war', cite(A003, 6, "Azerbaijan's glorious victory in the Second Garabagh War"), {
    role: 'participant',
  }),
  fact('participated-in', 'armenia', 'second-karabakh-war', GENERAL_KNOWLEDGE, { role: 'participant' }),
  fact('held-in', 'second-karabakh-war', 'karabakh', GENERAL_KNOWLEDGE),
  fact('participated-in', 'azerbaijan', 'first-karabakh-war', cite(A003, 9, 'during the First Garabagh War and after that, Azerbaijan purchased'), {
    role: 'participant',
  }),
  fact('participated-in', 'armenia', 'first-karabakh-war', GENERAL_KNOWLEDGE, { role: 'participant' }),
  fact('held-in', 'first-karabakh-war', 'karabakh', GENERAL_KNOWLEDGE),
];
