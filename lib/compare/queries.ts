import 'server-only';
import { getDb } from '@/lib/db';
import type { EntityRef } from '@/lib/entities/dto';
import { readDb } from '@/lib/health/read-db';
import { exerciseRecords, keyEvents, ref } from './records';
import type { ExerciseRecord, KeyEvent } from './types';

export function loadExerciseRecords(): Promise<ExerciseRecord[]> {
  return readDb(() => exerciseRecords(getDb()));
}

export function loadKeyEvents(): Promise<KeyEvent[]> {
  return readDb(() => keyEvents(getDb()));
}
/** Countries and organizations to offer in the filters. */
export async function loadFilterOptions(): Promise<{ countries: EntityRef[]; organizations: EntityRef[] }> {
  return readDb(async () => {
    const rows = await getDb().entity.findMany({
      where: { type: { in: ['COUNTRY', 'ORGANIZATION'] }, subjectFacts: { some: { kind: 'PARTICIPATED_IN' } } },
      orderBy: { name: 'asc' },
      select: ref,
    });
    return { countries: rows.filter((r) => r.type === 'COUNTRY'), organizations: rows.filter((r) => r.type === 'ORGANIZATION') };
  });
}
