// What /compare must show on a freshly seeded database, computed straight from the seed's data
// files (lib/entities/seed and prisma/record/) rather than from the database the page reads.
import { eraForDate } from '@/lib/articles/era';
import { computeComparison } from '@/lib/compare/compute';
import type { ExerciseRecord } from '@/lib/compare/types';
import { parsePartialDate } from '@/lib/entities/dates';
import { loadRecord } from '@/lib/entities/record/load';
import { mergeRecord } from '@/lib/entities/record/to-seed';
import { seedEntities, seedFacts } from '@/lib/entities/seed';
import type { EntityType, ParticipationRole } from '@/lib/generated/prisma/enums';

const upper = <T extends string>(value: string) => value.toUpperCase().replace(/-/g, '_') as T;

export function seededComparison() {
  const { entities, facts } = mergeRecord(seedEntities, seedFacts, loadRecord());
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const records: ExerciseRecord[] = entities
    .filter((e) => e.type === 'exercise' && e.subtype !== 'series')
    .map((e) => {
      const start = e.start ? parsePartialDate(e.start.value) : null;
      return {
        slug: e.key,
        name: e.name,
        era: start ? eraForDate(start.date) : 'UNKNOWN',
        start: start ? { iso: start.date.toISOString(), precision: start.precision } : null,
        end: null,
        participants: facts.flatMap((f) => {
          const who = byKey.get(f.subject);
          if (f.kind !== 'participated-in' || f.object !== e.key || !f.role || !who) return [];
          const entity = { slug: who.key, type: upper<EntityType>(who.type), name: who.name };
          return [{ entity, role: upper<ParticipationRole>(f.role), source: { value: null, citation: null, reference: null, editorNote: null } }];
        }),
        places: [],
        organizations: [],
      };
    });
  return computeComparison(records, [], { countries: [] });
}

export const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
