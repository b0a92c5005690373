import type { AuditFilter } from '@/lib/platform/audit/queries';

type SearchParams = Record<string, string | string[] | undefined>;

/** The filter as it appears in the URL, echoed back into the form. */
export interface AuditParams {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

const SYSTEM = 'system';
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function one(sp: SearchParams, key: string): string {
  const v = sp[key];
  return (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 200) ?? '';
}

function utcDay(value: string): Date | undefined {
  if (!DAY.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? undefined : d;
}

/** Reads the GET form; what cannot be understood is ignored and reported, never an error page. */
export function parseAuditParams(sp: SearchParams): { params: AuditParams; filter: AuditFilter; problems: string[] } {
  const params: AuditParams = {
    actor: one(sp, 'actor'),
    action: one(sp, 'action'),
    targetType: one(sp, 'targetType'),
    targetId: one(sp, 'targetId'),
    from: one(sp, 'from'),
    to: one(sp, 'to'),
  };
  const problems: string[] = [];
  const from = params.from ? utcDay(params.from) : undefined;
  const toDay = params.to ? utcDay(params.to) : undefined;
  if (params.from && !from) problems.push(`“${params.from}” is not a date; the start of the range is ignored.`);
  if (params.to && !toDay) problems.push(`“${params.to}” is not a date; the end of the range is ignored.`);
  const pageNumber = Number.parseInt(one(sp, 'page'), 10);
  const filter: AuditFilter = {
    actorId: params.actor === SYSTEM ? null : ID.test(params.actor) ? params.actor : undefined,
    action: params.action || undefined,
    targetType: params.targetType || undefined,
    targetId: ID.test(params.targetId) ? params.targetId : undefined,
    from,
    // The end day is included: the range stops at the start of the next day.
    to: toDay ? new Date(toDay.getTime() + 86_400_000) : undefined,
    page: Number.isFinite(pageNumber) && pageNumber > 0 ? Math.min(pageNumber, 100_000) : 1,
  };
  return { params, filter, problems };
}

export function auditHref(params: AuditParams, page: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `/editor/audit?${s}` : '/editor/audit';
}

export const SYSTEM_ACTOR = SYSTEM;
