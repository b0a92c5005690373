import { ERA_LABELS } from '@/lib/articles/era';
import type { Era, EraBasis } from '@/lib/generated/prisma/enums';

const STYLES: Record<Era, string> = {
  CSTO_ERA: 'bg-csto-soft text-csto',
  POST_2022: 'bg-post-soft text-post',
  UNKNOWN: 'bg-rule/60 text-muted',
};

export function EraBadge({ era, basis }: { era: Era; basis?: EraBasis }) {
  const estimated = basis === 'YEARS_IN_TEXT';
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium print:border print:border-current ${STYLES[era]}`}
      title={estimated ? 'Estimated from the years the text mentions; the source gives no date' : undefined}
    >
      {ERA_LABELS[era]}
      {estimated ? ' (est.)' : ''}
    </span>
  );
}
