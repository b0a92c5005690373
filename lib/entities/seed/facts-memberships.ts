import type { SeedFact } from '@/lib/entities/seed-types';
import { A000, A001, A004, GENERAL_KNOWLEDGE, cite, editor, fact } from './sources';

// What an article states is one fact citing it; the dates the articles do not give are a second
// fact with the editor's support, so that no citation is stretched to cover what it does not say.

const CST = editor('general knowledge: Collective Security Treaty signed in Tashkent on 15 May 1992; the CSTO was founded on it in 2002');
const SCO = editor('general knowledge: SCO founded on 15 June 2001; Pakistan joined in 2017, Belarus in 2024');
const CIS = editor('general knowledge: CIS founded in December 1991 (Alma-Ata Protocol); Azerbaijan ratified in 1993; Georgia left in 2009');
const NATO = editor('general knowledge: North Atlantic Treaty signed 4 April 1949; Turkey joined 18 February 1952');

const cstoMembers = cite(A001, 3, 'which includes Armenia, Belarus, Kazakhstan, Kyrgyzstan, and Tajikistan as its members');

export const membershipFacts: SeedFact[] = [
  // CSTO, as article 001 lists it, then the editor's dates (withdrawals the articles do not mention).
  fact('member-of', 'armenia', 'csto', cstoMembers),
  fact('member-of', 'belarus', 'csto', cstoMembers),
  fact('member-of', 'kazakhstan', 'csto', cstoMembers),
  fact('member-of', 'kyrgyzstan', 'csto', cstoMembers),
  fact('member-of', 'tajikistan', 'csto', cstoMembers),
  fact('member-of', 'russia', 'csto', cite(A001, 3, 'the Russia-led organization')),
  fact('member-of', 'armenia', 'csto', CST, { from: '1992-05-15' }),
  fact('member-of', 'kazakhstan', 'csto', CST, { from: '1992-05-15' }),
  fact('member-of', 'kyrgyzstan', 'csto', CST, { from: '1992-05-15' }),
  fact('member-of', 'russia', 'csto', CST, { from: '1992-05-15' }),
  fact('member-of', 'tajikistan', 'csto', CST, { from: '1992-05-15' }),
  fact('member-of', 'belarus', 'csto', CST, { from: '1993-12' }),
  fact('member-of', 'azerbaijan', 'csto', CST, { from: '1993-09', to: '1999-04' }),
  fact('member-of', 'georgia', 'csto', CST, { from: '1993-12', to: '1999-04' }),
  fact('member-of', 'uzbekistan', 'csto', CST, { from: '1992-05-15', to: '1999-04' }),
  fact('member-of', 'uzbekistan', 'csto', CST, { from: '2006-06', to: '2012' }),

  // SCO: article 004 counts it among the organisations Kazakhstan already belongs to.
  fact('member-of', 'kazakhstan', 'sco', cite(A004, 6, 'other than Russia and the CSTO, SCO, and CIS')),
  fact('member-of', 'kazakhstan', 'sco', SCO, { from: '2001-06-15' }),
  fact('member-of', 'china', 'sco', SCO, { from: '2001-06-15' }),
  fact('member-of', 'kyrgyzstan', 'sco', SCO, { from: '2001-06-15' }),
  fact('member-of', 'russia', 'sco', SCO, { from: '2001-06-15' }),
  fact('member-of', 'tajikistan', 'sco', SCO, { from: '2001-06-15' }),
  fact('member-of', 'uzbekistan', 'sco', SCO, { from: '2001-06-15' }),
  fact('member-of', 'pakistan', 'sco', SCO, { from: '2017-06' }),
  fact('member-of', 'belarus', 'sco', SCO, { from: '2024-07' }),

  // CIS.
  fact('member-of', 'kazakhstan', 'cis', cite(A004, 4, 'Kazakhstan is one of the three leading CIS states')),
  fact('member-of', 'armenia', 'cis', CIS, { from: '1991-12' }),
  fact('member-of', 'belarus', 'cis', CIS, { from: '1991-12' }),
  fact('member-of', 'kazakhstan', 'cis', CIS, { from: '1991-12' }),
  fact('member-of', 'kyrgyzstan', 'cis', CIS, { from: '1991-12' }),
  fact('member-of', 'russia', 'cis', CIS, { from: '1991-12' }),
  fact('member-of', 'tajikistan', 'cis', CIS, { from: '1991-12' }),
  fact('member-of', 'uzbekistan', 'cis', CIS, { from: '1991-12' }),
  fact('member-of', 'azerbaijan', 'cis', CIS, { from: '1993-09' }),
  fact('member-of', 'georgia', 'cis', CIS, { from: '1993-12', to: '2009-08' }),

  // NATO and its Partnership for Peace.
  fact('member-of', 'turkey', 'nato', cite(A004, 7, 'Turkey, a NATO member state')),
  fact('member-of', 'turkey', 'nato', NATO, { from: '1952-02-18' }),
  fact('member-of', 'united-states', 'nato', NATO, { from: '1949-04-04' }),
  fact('member-of', 'united-kingdom', 'nato', NATO, { from: '1949-04-04' }),
  fact(
    'member-of',
    'kazakhstan',
    'partnership-for-peace',
    cite(A004, 5, 'Kazakhstan has participated in military exercises within the framework of both NATO’s Partnership for Peace (PfP) Program'),
  ),
  fact('member-of', 'kazakhstan', 'partnership-for-peace', editor('NATO, "Relations with Kazakhstan": joined the Partnership for Peace in 1995'), {
    from: '1995',
  }),

  // Bodies within bodies.
  fact('part-of', 'csto-corf', 'csto', cite(A004, 4, 'Collective Security Treaty Organization (CSTO) Collective Operational Reaction Forces (CORF)')),
  fact('part-of', 'partnership-for-peace', 'nato', cite(A004, 5, 'NATO’s Partnership for Peace (PfP) Program')),
  fact('part-of', 'kazakh-naval-forces', 'kazakh-armed-forces', cite(A000, 2, 'Naval Forces of the Armed Forces of Kazakhstan')),
  fact('part-of', 'azerbaijani-naval-forces', 'azerbaijani-armed-forces', GENERAL_KNOWLEDGE),
  fact('part-of', 'kazakh-special-forces', 'kazakh-armed-forces', GENERAL_KNOWLEDGE),
  fact('part-of', 'kazbat', 'kazakh-armed-forces', cite(A004, 3, 'Ankara also assists Kazakhstan in upgrading its peacekeeping battalion (KAZBAT)')),
];
