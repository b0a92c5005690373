import { beforeAll, describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { normalizeForMatch } from '@/lib/tagging';
import { CHOICES_LIMIT, searchEntityChoices } from './list';

const { db } = databaseForFile();

beforeAll(async () => {
  await db.entity.createMany({
    data: Array.from({ length: CHOICES_LIMIT + 5 }, (_, i) => ({ slug: `choice-drill-${i}`, type: 'EXERCISE' as const, name: `Choice Drill ${i}` })),
  });
  const kz = await db.entity.create({ data: { slug: 'choice-kazakhstan', type: 'COUNTRY', name: 'Choice Kazakhstan' } });
  await db.entityName.create({ data: { entityId: kz.id, name: 'Казахстанчик', normalized: normalizeForMatch('Казахстанчик'), lang: 'ru', kind: 'TRANSLATION' } });
  await db.entity.create({ data: { slug: 'choice-retired', type: 'COUNTRY', name: 'Choice Retired', retiredAt: new Date() } });
});

describe('the fact form choices', () => {
  it('suggests at most a bounded number of entities, by address or any name form, never retired ones', async () => {
    expect(await searchEntityChoices(db, '')).toEqual([]);
    expect(await searchEntityChoices(db, 'choice-drill')).toHaveLength(CHOICES_LIMIT);
    expect(await searchEntityChoices(db, 'казахстанчик')).toEqual([{ slug: 'choice-kazakhstan', name: 'Choice Kazakhstan', type: 'COUNTRY' }]);
    expect((await searchEntityChoices(db, 'choice-retired')).map((c) => c.slug)).toEqual([]);
  });
});
