import { STATUS_LABELS } from '@/lib/briefs/service/rules';
import type { BriefStatus } from '@/lib/generated/prisma/enums';

const STYLES: Record<BriefStatus, string> = {
  DRAFT: 'bg-rule/60 text-ink',
  IN_REVIEW: 'bg-highlight text-ink',
  SCHEDULED: 'bg-post-soft text-post',
  PUBLISHED: 'bg-accent-soft text-accent',
  UNPUBLISHED: 'bg-csto-soft text-csto',
};

export function StatusBadge({ status }: { status: BriefStatus }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium print:border ${STYLES[status]}`}>{STATUS_LABELS[status]}</span>;
}
