import Link from 'next/link';
import type { AuditItem } from '@/lib/platform/audit/queries';
import { JsonDiff } from './json-diff';
import { Timestamp } from './timestamp';

function targetHref(item: AuditItem): string {
  const q = new URLSearchParams({ targetType: item.targetType, ...(item.targetId ? { targetId: item.targetId } : {}) });
  return `/editor/audit?${q.toString()}`;
}

/** One entry a row: who did what to which target, why, then what changed at full width. */
export function AuditTable({ items }: { items: AuditItem[] }) {
  if (items.length === 0) return <p className="text-muted">No entry matches these filters.</p>;
  return (
    <ol aria-label="Audit log entries, newest first" className="divide-y divide-rule border-y border-rule">
      {items.map((item) => (
        <li key={item.id} className="space-y-2 py-3 text-sm">
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="text-muted">
              <Timestamp at={item.createdAt} />
            </span>
            <span className="font-medium">{item.actorName ?? <span className="italic text-muted">system</span>}</span>
            <code className="rounded bg-accent-soft px-1.5 font-mono text-xs">{item.action}</code>
            <span>
              <span className="text-muted">{item.targetType}</span>{' '}
              {item.targetHref ? <Link href={item.targetHref}>{item.targetLabel}</Link> : (item.targetLabel ?? (item.targetId ? <code className="text-xs">{item.targetId}</code> : null))}{' '}
              <Link href={targetHref(item)} className="text-xs" aria-label={`Every entry about ${item.targetType} ${item.targetLabel ?? item.targetId ?? ''}`.trim()}>
                (all entries)
              </Link>
            </span>
          </p>
          {item.reason ? <p className="italic">Reason: “{item.reason}”</p> : null}
          <div className="max-w-3xl">
            <JsonDiff before={item.before} after={item.after} />
          </div>
        </li>
      ))}
    </ol>
  );
}
