import Link from 'next/link';
import type { EditorBriefItem } from '@/lib/briefs/editor-queries';
import { formatInZone } from '@/lib/briefs/service/schedule';
import { purgeDate } from '@/lib/briefs/service/limits';
import { formatUtc } from './format-time';
import { StatusBadge } from './status-badge';
import { timerStepText } from './timer-notice';

export function BriefList({ briefs, empty }: { briefs: EditorBriefItem[]; empty: string }) {
  if (briefs.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {briefs.map((b) => (
        <li key={b.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
          <div className="min-w-0">
            <Link href={`/editor/briefs/${b.id}`} className="font-serif text-lg font-semibold">
              {b.title}
            </Link>
            <p className="text-sm text-muted">
              {b.authorName} · updated <time dateTime={b.updatedAt.toISOString()}>{formatUtc(b.updatedAt)}</time>
              {b.status === 'SCHEDULED' && b.scheduledFor ? ` · publishes ${formatInZone(b.scheduledFor, b.scheduledTz ?? 'UTC')}` : ''}
              {b.trashedAt ? ` · in the trash, deleted for good on ${formatUtc(purgeDate(b.trashedAt))} unless restored` : ''}
              {b.timerStep ? (
                <>
                  {' · '}
                  <strong className={`font-medium ${b.timerStep.outcome === 'published' ? 'text-post' : 'text-csto'}`}>{timerStepText(b.timerStep)}</strong>
                </>
              ) : null}
            </p>
          </div>
          <StatusBadge status={b.status} />
        </li>
      ))}
    </ul>
  );
}
