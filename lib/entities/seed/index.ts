import type { SeedEntity, SeedFact } from '@/lib/entities/seed-types';
import { countries } from './countries';
import { events } from './events';
import { exercises } from './exercises';
import { eventFacts } from './facts-events';
import { exerciseFacts } from './facts-exercises';
import { membershipFacts } from './facts-memberships';
import { peopleFacts } from './facts-people';
import { placeFacts } from './facts-places';
import { organizations } from './organizations';
import { mediaAndThinkTanks } from './organizations-media';
import { people } from './people';
import { places } from './places';

/** Every entity the five corpus articles name, with their forms. */
export const seedEntities: SeedEntity[] = [
  ...countries,
  ...organizations,
  ...mediaAndThinkTanks,
  ...exercises,
  ...people,
  ...places,
  ...events,
];

/** Typed relations between seeded entities, each citing a paragraph or an editor's source. */
export const seedFacts: SeedFact[] = [...membershipFacts, ...exerciseFacts, ...eventFacts, ...peopleFacts, ...placeFacts];

export { taggerNamesFromSeed } from './tagger-names';
