import 'server-only';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import { readCached } from '@/lib/platform/health/read-db';
import { computeComparison } from './compute';
import { exerciseRecords } from './records';
import { COMPARED_ERAS, type ComparedEra, type Denominated } from './types';

/** The one figure the home page and /compare's share card carry: each era's share of exercises without Russia. */
export interface LeadFigure {
  eras: { era: ComparedEra; share: number | null; basis: Denominated }[];
}

/**
 * Read for cached pages (the home page, the share card). The share rests only on Russia's
 * participation facts and the exercises' eras: a fact with Russia expires Russia's tag (and a
 * changed exercise's date expires the tags of the entities it has facts with, Russia's among them);
 * a new exercise expires the entity lists.
 */
export async function leadFigure(): Promise<LeadFigure> {
  const empty: LeadFigure = { eras: COMPARED_ERAS.map((era) => ({ era, share: null, basis: { count: 0, of: 0, notStated: 0 } })) };
  const { figure } = await readCached(
    async () => {
      const db = getDb();
      const [records, russia] = await Promise.all([
        exerciseRecords(db),
        db.entity.findFirst({ where: { type: 'COUNTRY', slug: 'russia' }, select: { id: true } }),
      ]);
      const comparison = computeComparison(records, [], { countries: [] });
      const eras = COMPARED_ERAS.map((era) => {
        const f = comparison.byEra[era].figures;
        return { era, share: f.shareWithoutRussia, basis: f.withoutRussia ?? { count: 0, of: 0, notStated: 0 } };
      });
      return { figure: { eras }, russiaId: russia?.id ?? null };
    },
    (v) => [TAGS.entities, ...(v.russiaId ? [TAGS.entity(v.russiaId)] : [])],
    { figure: empty, russiaId: null },
  );
  return figure;
}
