import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatePrecision, EntityType, Era } from '@/lib/generated/prisma/enums';
import { insertEntities } from '@/lib/knowledge-base/create';
import { normalizeForMatch } from '@/lib/tagging';

type Tx = Prisma.TransactionClient;

/** An entity's dates and the paragraph that states them. */
export interface DateFields {
  startDate: Date | null;
  startPrecision: DatePrecision | null;
  endDate: Date | null;
  endPrecision: DatePrecision | null;
  datesParagraphId: string;
  datesNote: null;
  era?: Era;
}

export interface NameRef {
  name: string;
  type: EntityType;
}

const keyOf = (ref: NameRef) => `${ref.type}|${normalizeForMatch(ref.name)}`;

/**
 * The entities that proposals' names stand for, by `type|normalized name`: one of that type
 * already named so (an editor may have created it since the import), or a new one made from the
 * candidate, whose candidate rows in the article become its mentions.
 */
export async function resolveEntities(
  tx: Tx,
  refs: readonly NameRef[],
  actorId: string,
  articleId: string,
  /** Fields a new entity starts with (its dates), by `keyOf` its name. */
  extra?: ReadonlyMap<string, DateFields>,
): Promise<{ ids: Map<string, string>; created: string[] }> {
  const wanted = new Map<string, NameRef & { normalized: string }>();
  for (const ref of refs) wanted.set(keyOf(ref), { ...ref, normalized: normalizeForMatch(ref.name) });
  const ids = new Map<string, string>();
  if (wanted.size === 0) return { ids, created: [] };
  const known = await tx.entityName.findMany({
    where: { normalized: { in: [...new Set([...wanted.values()].map((w) => w.normalized))] } },
    select: { normalized: true, entityId: true, entity: { select: { type: true } } },
    orderBy: { entityId: 'asc' },
  });
  for (const k of known) {
    const key = `${k.entity.type}|${k.normalized}`;
    if (wanted.has(key) && !ids.has(key)) ids.set(key, k.entityId);
  }
  const missing = [...wanted].filter(([key]) => !ids.has(key)).map(([key, ref]) => ({ key, ...ref }));
  if (missing.length === 0) return { ids, created: [] };
  const made = await insertEntities(
    tx,
    actorId,
    missing.map((m) => ({ type: m.type, name: m.name, columns: extra?.get(m.key), origin: { fromProposal: true, article: articleId } })),
  );
  const created = missing.map((m, i) => {
    const entity = made[i]!;
    ids.set(m.key, entity.id);
    return { ...m, entity };
  });
  // The candidates' words in this article are now mentions; other articles gain theirs when re-tagged.
  const normalized = created.map((c) => c.normalized);
  const candidates = await tx.entityCandidate.findMany({
    where: { normalized: { in: normalized }, status: 'PROPOSED', paragraph: { articleId } },
    select: { paragraphId: true, start: true, end: true, surface: true, normalized: true, suggestedType: true },
  });
  const mentions = candidates.flatMap((c) => {
    const entityId = ids.get(`${c.suggestedType}|${c.normalized}`) ?? created.find((k) => k.normalized === c.normalized)?.entity.id;
    return entityId ? [{ paragraphId: c.paragraphId, start: c.start, end: c.end, surface: c.surface, entityId, method: 'name', status: 'ACCEPTED' as const }] : [];
  });
  await tx.mention.createMany({ data: mentions, skipDuplicates: true });
  await tx.entityCandidate.updateMany({ where: { normalized: { in: normalized }, status: 'PROPOSED' }, data: { status: 'ACCEPTED' } });
  return { ids, created: created.map((c) => c.entity.id) };
}

export { keyOf };
