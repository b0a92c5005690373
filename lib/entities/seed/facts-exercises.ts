import type { SeedFact } from '@/lib/entities/seed-types';
import { A000, A001, A002, A003, A004, GENERAL_KNOWLEDGE, cite, editor, fact } from './sources';

// Where articles disagree (Birlestik-2024 at Cape Tokmak, or on the Tyub-Karagan Peninsula) both
// facts stay, each with its own source; an editor reconciles them.

const khazri = cite(A000, 1, 'Azerbaijan and Kazakhstan orchestrated a joint military exercise, "Khazri-2023," in Baku');
const birlestikStates = cite(A002, 2, 'drawing military personnel from Azerbaijan, Tajikistan, Uzbekistan, Kazakhstan, and Kyrgyzstan');
const uzaz = cite(A001, 4, 'between Azerbaijan and Uzbekistan in July (“UZAZ-2023”)');
const kanzhar = cite(A001, 4, 'Kazakhstan and Uzbekistan (“Kanzhar-2023”) in August');
const first2015 = cite(A000, 4, 'Their first joint military exercise dates back to 2015, involving the participation of Caspian Sea coastal countries');
const interaction = cite(A004, 4, 'it involved the Collective Security Treaty Organization (CSTO) Collective Operational Reaction Forces (CORF)');
const kazakhMilitaryPassed = cite(A004, 4, 'which the Kazakh military passed with “distinction”');
const pfpAndCis = cite(
  A004,
  5,
  'Kazakhstan has participated in military exercises within the framework of both NATO’s Partnership for Peace (PfP) Program and the CIS that included Norak Anti-terror 2009 in Tajikistan, Combat Commonwealth 2009',
);
const norak = cite(A004, 5, 'Norak Anti-terror 2009 in Tajikistan');
const combatCommonwealth = cite(A004, 5, 'Combat Commonwealth 2009 conducted in Russia and Kazakhstan');
const steppeEagle = cite(A004, 5, 'Steppe Eagle 2009 with the US and UK in Kazakhstan');
const peaceMission = cite(A004, 5, 'It will also host the Shanghai Cooperation Organization (SCO) Peace Mission exercises later this year');
const steppeEagleSeries = editor('NATO, "Relations with Kazakhstan": Kazakhstan hosts Steppe Eagle with NATO Allies and partners');

export const exerciseFacts: SeedFact[] = [
  // Khazri-2023
  fact('participated-in', 'azerbaijan', 'khazri-2023', khazri, { role: 'host' }),
  fact('participated-in', 'kazakhstan', 'khazri-2023', khazri, { role: 'participant' }),
  fact('participated-in', 'kazakhstan', 'khazri-2023', cite(A001, 4, 'and Azerbaijan and Kazakhstan in October (“Khazri-2023”)'), { role: 'participant' }),
  fact('participated-in', 'russia', 'khazri-2023', cite(A000, 4, 'conducted without the involvement of Russia'), { role: 'stayed-away' }),
  fact('held-in', 'khazri-2023', 'baku', cite(A000, 1, 'in Baku October 2 - 8')),

  // Birlestik-2024
  fact('participated-in', 'kazakhstan', 'birlestik-2024', cite(A001, 2, 'at the Oymasha training facility in Kazakhstan'), { role: 'host' }),
  fact('participated-in', 'azerbaijan', 'birlestik-2024', birlestikStates, { role: 'participant' }),
  fact('participated-in', 'kyrgyzstan', 'birlestik-2024', birlestikStates, { role: 'participant' }),
  fact('participated-in', 'tajikistan', 'birlestik-2024', birlestikStates, { role: 'participant' }),
  fact('participated-in', 'uzbekistan', 'birlestik-2024', birlestikStates, { role: 'participant' }),
  fact(
    'participated-in',
    'azerbaijani-armed-forces',
    'birlestik-2024',
    cite(A003, 3, 'the Azerbaijani armed forces have scheduled to conduct joint military exercises named The Unity – 2024'),
    { role: 'participant' },
  ),
  fact('participated-in', 'russia', 'birlestik-2024', cite(A001, 1, 'without Russia’s participation'), { role: 'stayed-away' }),
  fact('participated-in', 'russia', 'birlestik-2024', cite(A002, 1, "Russia's exclusion from the event"), { role: 'stayed-away' }),
  fact('held-in', 'birlestik-2024', 'oymasha-training-ground', cite(A001, 2, 'at the Oymasha training facility in Kazakhstan')),
  fact('held-in', 'birlestik-2024', 'oymasha-training-ground', cite(A002, 2, "Kazakhstan's Ojmasza training ground")),
  fact('held-in', 'birlestik-2024', 'oymasha-training-ground', cite(A003, 5, "Kazakhstan's Oymasha training ground")),
  fact('held-in', 'birlestik-2024', 'cape-tokmak', cite(A001, 2, 'at Cape Tokmak in the Caspian Sea')),
  fact('held-in', 'birlestik-2024', 'cape-tokmak', cite(A002, 2, 'on the Cape Tokmak along the Caspian Sea')),
  fact('held-in', 'birlestik-2024', 'tyub-karagan-peninsula', cite(A003, 5, 'at the Tyub-Karagan Peninsula in the Caspian Sea')),

  // The bilateral drills of 2023 and the first joint Azerbaijani–Kazakh exercise.
  fact('participated-in', 'azerbaijan', 'uzaz-2023', uzaz, { role: 'participant' }),
  fact('participated-in', 'uzbekistan', 'uzaz-2023', uzaz, { role: 'participant' }),
  fact('participated-in', 'kazakhstan', 'kanzhar-2023', kanzhar, { role: 'participant' }),
  fact('participated-in', 'uzbekistan', 'kanzhar-2023', kanzhar, { role: 'participant' }),
  fact('participated-in', 'azerbaijan', 'caspian-exercise-2015', first2015, { role: 'participant' }),
  fact('participated-in', 'kazakhstan', 'caspian-exercise-2015', first2015, { role: 'participant' }),

  // Interaction
  fact('participated-in', 'csto', 'interaction', GENERAL_KNOWLEDGE, { role: 'organizer' }),
  fact('participated-in', 'csto-corf', 'interaction', GENERAL_KNOWLEDGE, { role: 'participant' }),
  fact('part-of', 'interaction-2009', 'interaction', GENERAL_KNOWLEDGE),
  fact('participated-in', 'csto-corf', 'interaction-2009', interaction, { role: 'participant' }),
  fact('participated-in', 'kazakhstan', 'interaction-2009', kazakhMilitaryPassed, { role: 'participant' }),
  fact('participated-in', 'kazakh-armed-forces', 'interaction-2009', kazakhMilitaryPassed, { role: 'participant' }),
  fact('participated-in', 'csto', 'interaction-2009', GENERAL_KNOWLEDGE, { role: 'organizer' }),
  fact('held-in', 'interaction-2009', 'kazakhstan', GENERAL_KNOWLEDGE),

  // Norak Anti-terror 2009 and Combat Commonwealth 2009
  fact('participated-in', 'kazakhstan', 'norak-anti-terror-2009', pfpAndCis, { role: 'participant' }),
  fact('participated-in', 'tajikistan', 'norak-anti-terror-2009', norak, { role: 'host' }),
  fact('held-in', 'norak-anti-terror-2009', 'tajikistan', norak),
  fact('participated-in', 'kazakhstan', 'combat-commonwealth-2009', combatCommonwealth, { role: 'host' }),
  fact('participated-in', 'russia', 'combat-commonwealth-2009', combatCommonwealth, { role: 'host' }),
  fact('participated-in', 'cis', 'combat-commonwealth-2009', GENERAL_KNOWLEDGE, { role: 'organizer' }),
  fact('held-in', 'combat-commonwealth-2009', 'russia', combatCommonwealth),
  fact('held-in', 'combat-commonwealth-2009', 'kazakhstan', combatCommonwealth),

  // Steppe Eagle
  fact('participated-in', 'kazakhstan', 'steppe-eagle', steppeEagleSeries, { role: 'host' }),
  fact('participated-in', 'united-states', 'steppe-eagle', GENERAL_KNOWLEDGE, { role: 'participant' }),
  fact('participated-in', 'united-kingdom', 'steppe-eagle', GENERAL_KNOWLEDGE, { role: 'participant' }),
  fact('part-of', 'steppe-eagle-2009', 'steppe-eagle', GENERAL_KNOWLEDGE),
  fact('participated-in', 'kazakhstan', 'steppe-eagle-2009', steppeEagle, { role: 'host' }),
  fact('participated-in', 'united-states', 'steppe-eagle-2009', steppeEagle, { role: 'participant' }),
  fact('participated-in', 'united-kingdom', 'steppe-eagle-2009', steppeEagle, { role: 'participant' }),
  fact('held-in', 'steppe-eagle-2009', 'kazakhstan', steppeEagle),

  // Peace Mission
  fact('participated-in', 'sco', 'peace-mission', GENERAL_KNOWLEDGE, { role: 'organizer' }),
  fact('participated-in', 'china', 'peace-mission', GENERAL_KNOWLEDGE, { role: 'participant' }),
  fact('participated-in', 'russia', 'peace-mission', GENERAL_KNOWLEDGE, { role: 'participant' }),
  fact('part-of', 'peace-mission-2010', 'peace-mission', GENERAL_KNOWLEDGE),
  fact('participated-in', 'kazakhstan', 'peace-mission-2010', peaceMission, { role: 'host' }),
  fact('participated-in', 'sco', 'peace-mission-2010', peaceMission, { role: 'organizer' }),
  fact('held-in', 'peace-mission-2010', 'kazakhstan', peaceMission),
];
