import { groupStatements } from '@/lib/entities/fact-statements';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType, FactKind, NameKind } from '@/lib/generated/prisma/enums';
import { editableSelect, editableValues } from './editable';
import type { EntityFieldsInput } from './entity-fields';
import { factSnapshotSelect, factValues, type FactFormValues } from './fact-values';
import { retagProgress, type RetagProgress } from './retag-jobs';

export interface EditorFact {
  id: string;
  version: number;
  kind: FactKind;
  direction: 'out' | 'in';
  other: { slug: string; name: string };
  values: FactFormValues;
}

export interface FactHistoryEntry {
  factId: string;
  version: number;
  action: string;
  at: string;
  actor: string | null;
  reason: string | null;
  snapshot: Record<string, unknown>;
}

export interface EditorEntity {
  id: string;
  slug: string;
  type: EntityType;
  version: number;
  updatedAt: string;
  retired: { at: string; reason: string | null } | null;
  values: EntityFieldsInput;
  names: { id: string; name: string; lang: string; kind: NameKind; ambiguous: boolean }[];
  oldSlugs: string[];
  facts: EditorFact[];
  /** The facts as statements: the same statement from several sources once, with each source's fact. */
  statements: EditorFact[][];
  history: FactHistoryEntry[];
  retag: RetagProgress | null;
}

/** Everything the entity's editor page shows, in one round of queries. */
export async function entityForEditor(db: PrismaClient, id: string): Promise<EditorEntity | null> {
  const [row, facts, revisions, retag] = await Promise.all([
    db.entity.findUnique({
      where: { id },
      select: {
        ...editableSelect,
        retiredReason: true,
        names: { select: { id: true, name: true, lang: true, kind: true, ambiguous: true }, orderBy: [{ kind: 'asc' }, { name: 'asc' }] },
        oldSlugs: { select: { slug: true }, orderBy: { slug: 'asc' } },
      },
    }),
    db.fact.findMany({ where: { OR: [{ subjectId: id }, { objectId: id }] }, select: factSnapshotSelect, orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }] }),
    db.factRevision.findMany({ where: { OR: [{ subjectId: id }, { objectId: id }] }, orderBy: [{ createdAt: 'desc' }], take: 200 }),
    retagProgress(db, id),
  ]);
  if (!row) return null;
  const actorIds = [...new Set(revisions.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const actors = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const editorFacts: EditorFact[] = facts.map((f) => ({
    id: f.id,
    version: f.version,
    kind: f.kind,
    direction: f.subjectId === id ? 'out' : 'in',
    other: f.subjectId === id ? f.object : f.subject,
    values: factValues(f),
  }));
  return {
    id: row.id,
    slug: row.slug,
    type: row.type,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    retired: row.retiredAt ? { at: row.retiredAt.toISOString(), reason: row.retiredReason } : null,
    values: editableValues(row),
    names: row.names,
    oldSlugs: row.oldSlugs.map((s) => s.slug),
    facts: editorFacts,
    statements: groupStatements(editorFacts, (f) => ({
      kind: f.kind,
      direction: f.direction,
      role: f.values.role || null,
      other: f.other.slug,
      from: f.values.from || null,
      to: f.values.to || null,
    })),
    history: revisions.map((r) => ({
      factId: r.factId,
      version: r.version,
      action: r.action,
      at: r.createdAt.toISOString(),
      actor: r.actorId ? (actors.get(r.actorId) ?? null) : null,
      reason: r.reason,
      snapshot: typeof r.snapshot === 'object' && r.snapshot !== null && !Array.isArray(r.snapshot) ? (r.snapshot as Record<string, unknown>) : {},
    })),
    retag,
  };
}
