import type { SummaryStatus } from '@/lib/generated/prisma/enums';

const LABELS: Record<SummaryStatus, string> = { DRAFT: 'Draft', IN_REVIEW: 'In review', PUBLISHED: 'Published' };
const STYLES: Record<SummaryStatus, string> = {
  DRAFT: 'bg-rule/60 text-muted',
  IN_REVIEW: 'bg-csto-soft text-csto',
  PUBLISHED: 'bg-post-soft text-post',
};

export function SummaryStatusBadge({ status, unpublishedChanges = false }: { status: SummaryStatus; unpublishedChanges?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STYLES[status]}`}>{LABELS[status]}</span>
      {unpublishedChanges ? <span className="text-xs text-muted">(an earlier version is published)</span> : null}
    </span>
  );
}
