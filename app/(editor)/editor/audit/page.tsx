import type { Metadata } from 'next';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { Pagination } from '@/components/ui/pagination';
import { auditFilterOptions, listAudit } from '@/lib/platform/audit/queries';
import { requirePageUser } from '@/lib/platform/auth/session';
import { SYSTEM_ACTOR, auditHref, parseAuditParams } from './audit-params';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

export default async function AuditPage({ searchParams }: PageProps<'/editor/audit'>) {
  await requirePageUser('/editor/audit', 'ADMIN');
  const { params, filter, problems } = parseAuditParams(await searchParams);
  const [log, options] = await Promise.all([listAudit(filter), auditFilterOptions()]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Audit log</h1>
        <p className="text-muted">
          Every editorial and admin action: who, what, when, why, and what changed. {log.total} {log.total === 1 ? 'entry' : 'entries'}
          {params.targetId ? ` about ${params.targetType || 'target'} ${params.targetId}` : ''}.
        </p>
      </div>
      {problems.map((p) => (
        <p key={p} role="alert" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
          {p}
        </p>
      ))}
      <AuditFilters values={params} options={options} systemValue={SYSTEM_ACTOR} />
      <AuditTable items={log.items} />
      <Pagination page={log.page} pageCount={log.pageCount} hrefFor={(page) => auditHref(params, page)} />
    </div>
  );
}
