import type { SeedFact } from '@/lib/entities/seed-types';
import { A000, A001, A004, GENERAL_KNOWLEDGE, cite, editor, fact } from './sources';

// part-of between places, and from states to the regions they belong to, so that a region's page
// can list its states.
export const placeFacts: SeedFact[] = [
  fact('part-of', 'cape-tokmak', 'tyub-karagan-peninsula', editor('to verify: Cape Tokmak lies on the Tyub-Karagan Peninsula, which reconciles articles 001/002 and 003')),
  fact('part-of', 'tyub-karagan-peninsula', 'kazakhstan', GENERAL_KNOWLEDGE),
  fact('part-of', 'oymasha-training-ground', 'kazakhstan', cite(A001, 2, 'the Oymasha training facility in Kazakhstan')),
  fact('part-of', 'aktau', 'kazakhstan', cite(A001, 2, 'in Aktau, Kazakhstan')),
  fact('part-of', 'aktau-naval-base', 'aktau', cite(A004, 3, 'the naval base at Aktau')),
  fact('part-of', 'yeraliyevo', 'kazakhstan', GENERAL_KNOWLEDGE),
  fact('part-of', 'astana', 'kazakhstan', GENERAL_KNOWLEDGE),
  fact('part-of', 'baku', 'azerbaijan', GENERAL_KNOWLEDGE),
  fact('part-of', 'ankara', 'turkey', GENERAL_KNOWLEDGE),
  fact('part-of', 'moscow', 'russia', GENERAL_KNOWLEDGE),
  fact('part-of', 'leningrad-region', 'russia', GENERAL_KNOWLEDGE),
  fact('part-of', 'karabakh', 'azerbaijan', GENERAL_KNOWLEDGE),
  fact('part-of', 'ochamchira-district', 'abkhazia', GENERAL_KNOWLEDGE),
  fact('part-of', 'abkhazia', 'georgia', cite(A000, 1, 'Georgia’s Abkhazia')),
  fact('part-of', 'abkhazia', 'georgia', editor('general knowledge: internationally recognised as part of Georgia')),
  fact('part-of', 'kazakhstan', 'central-asia', GENERAL_KNOWLEDGE),
  fact('part-of', 'kyrgyzstan', 'central-asia', GENERAL_KNOWLEDGE),
  fact('part-of', 'tajikistan', 'central-asia', GENERAL_KNOWLEDGE),
  fact('part-of', 'uzbekistan', 'central-asia', GENERAL_KNOWLEDGE),
  fact('part-of', 'azerbaijan', 'south-caucasus', GENERAL_KNOWLEDGE),
  fact('part-of', 'armenia', 'south-caucasus', GENERAL_KNOWLEDGE),
  fact('part-of', 'georgia', 'south-caucasus', GENERAL_KNOWLEDGE),
];
