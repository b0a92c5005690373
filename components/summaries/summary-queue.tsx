import Link from 'next/link';
import { TYPE_LABELS } from '@/lib/entities/paths';
import { formatPublishedDate } from '@/lib/formats/text/published-date';
import type { SummaryQueueItem } from '@/lib/summaries/types';
import { SummaryStatusBadge } from './summary-status-badge';

function day(iso: string): string {
  return formatPublishedDate({ iso, precision: 'DAY', tzOffsetMinutes: null });
}

function targetLabel(item: SummaryQueueItem): string {
  const { target } = item;
  if (target.kind === 'entity') return `${target.label ?? target.slug} (${target.entityType ? TYPE_LABELS[target.entityType].one.toLowerCase() : 'entity'})`;
  return target.label ?? `Untitled article ${target.slug}`;
}

/** One list of the queue: what each summary is about, its state, who wrote and who approved it. */
export function SummaryQueueList({ items, empty, dateOf }: { items: SummaryQueueItem[]; empty: string; dateOf: 'updated' | 'published' }) {
  if (items.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {items.map((item) => {
        const when = dateOf === 'published' ? item.publishedAt : item.updatedAt;
        return (
          <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
            <div className="min-w-0">
              <Link href={`${item.target.editorHref}#summary`} className="font-medium">
                {targetLabel(item)}
              </Link>{' '}
              <span className="text-xs text-muted">
                · <Link href={item.target.readerHref}>reader page</Link>
              </span>
              <p className="text-xs text-muted">
                By {item.authorName}
                {item.approverName ? `; approved by ${item.approverName}` : ''}
                {when ? ` · ${dateOf === 'published' ? 'published' : 'last saved'} ${day(when)}` : ''}
              </p>
            </div>
            <SummaryStatusBadge status={item.status} unpublishedChanges={dateOf !== 'published' && item.hasUnpublishedChanges} />
          </li>
        );
      })}
    </ul>
  );
}
