import 'server-only';
import { getDb } from '@/lib/platform/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { readDb as read } from '@/lib/platform/health/read-db';
import { nameTargets, targetKey } from './targets';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  /** An account's id; null for what the system did (start script, scheduled jobs). */
  actorId?: string | null;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  page: number;
}

export interface AuditItem {
  id: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  /** A readable name for the target: a title, a name, the address an invitation was for. */
  targetLabel: string | null;
  /** Where the target can be seen now. */
  targetHref: string | null;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
  reason: string | null;
}

export interface AuditPage {
  items: AuditItem[];
  total: number;
  page: number;
  pageCount: number;
}

export interface AuditFilterOptions {
  actions: string[];
  targetTypes: string[];
  actors: { id: string; name: string; email: string }[];
}

function whereOf(f: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...(f.actorId !== undefined ? { actorId: f.actorId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.targetType ? { targetType: f.targetType } : {}),
    ...(f.targetId ? { targetId: f.targetId } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
  };
}

/** The audit log, newest first, 50 a page. */
export async function listAudit(filter: AuditFilter): Promise<AuditPage> {
  const where = whereOf(filter);
  return read(async () => {
    const db = getDb();
    const [total, rows] = await Promise.all([
      db.auditLog.count({ where }),
      db.auditLog.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
        take: AUDIT_PAGE_SIZE,
        include: { actor: { select: { name: true } } },
      }),
    ]);
    const names = await nameTargets(db, rows);
    return {
      items: rows.map(({ actor, ...r }) => {
        const name = r.targetId ? names.get(targetKey(r.targetType, r.targetId)) : undefined;
        return { ...r, actorName: actor?.name ?? null, targetLabel: name?.label ?? null, targetHref: name?.href ?? null };
      }),
      total,
      page: filter.page,
      pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    };
  });
}

/** What the filter selects offer: the actions and target types recorded so far, and every account. */
export async function auditFilterOptions(): Promise<AuditFilterOptions> {
  return read(async () => {
    const db = getDb();
    const [actions, targetTypes, actors] = await Promise.all([
      // GROUP BY in SQL (Prisma's `distinct` would read every row and dedupe in memory).
      db.auditLog.groupBy({ by: ['action'], orderBy: { action: 'asc' } }),
      db.auditLog.groupBy({ by: ['targetType'], orderBy: { targetType: 'asc' } }),
      db.user.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } }),
    ]);
    return { actions: actions.map((a) => a.action), targetTypes: targetTypes.map((t) => t.targetType), actors };
  });
}
