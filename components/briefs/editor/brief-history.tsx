import Link from 'next/link';
import type { EditableBrief } from '@/lib/briefs/editor-queries';
import { diffHref } from '@/lib/briefs/paths';
import { STATUS_LABELS } from '@/lib/briefs/service/rules';
import { formatUtc } from './format-time';
import { RestoreRevisionForm } from './restore-revision-form';

/** Each workflow step with its reason, newest first. */
export function StatusHistory({ history }: { history: EditableBrief['history'] }) {
  if (history.length === 0) return <p className="text-sm text-muted">No workflow steps yet.</p>;
  return (
    <ol className="space-y-3 text-sm">
      {history.map((h, i) => (
        <li key={`${h.at.toISOString()}-${i}`} className="border-l-2 border-rule pl-3">
          <p>
            <span className="font-medium">{h.from ? `${STATUS_LABELS[h.from]} → ${STATUS_LABELS[h.to]}` : STATUS_LABELS[h.to]}</span>
            <span className="text-muted">
              {' '}
              · {h.actorName ?? 'Scheduled publication'} · <time dateTime={h.at.toISOString()}>{formatUtc(h.at)}</time>
            </span>
          </p>
          <p className="whitespace-pre-line">{h.reason}</p>
        </li>
      ))}
    </ol>
  );
}

interface RevisionHistoryProps {
  slug: string;
  revisions: EditableBrief['revisions'];
  /** With these, each revision can be restored as a draft. */
  restore?: { briefId: string; version: number };
}

/** Published revisions, newest first, each linked to its permanent reader page and its diff. */
export function RevisionHistory({ slug, revisions, restore }: RevisionHistoryProps) {
  if (revisions.length === 0) return <p className="text-sm text-muted">Not published yet.</p>;
  return (
    <ol className="space-y-3 text-sm">
      {revisions.map((r) => (
        <li key={r.number}>
          <p>
            <Link href={`/briefs/${slug}/v/${r.number}`} className="font-medium">
              Revision {r.number}
            </Link>
            <span className="text-muted">
              {' '}
              · {r.publishedBy} · <time dateTime={r.publishedAt.toISOString()}>{formatUtc(r.publishedAt)}</time>
            </span>
          </p>
          <p>{r.title}</p>
          {r.correctionNote ? <p className="text-muted">Correction: {r.correctionNote}</p> : null}
          <p className="mt-1 flex flex-wrap items-center gap-3">
            {r.number > 1 ? <Link href={diffHref(slug, r.number - 1, r.number)}>Changes from revision {r.number - 1}</Link> : null}
            {restore ? <RestoreRevisionForm briefId={restore.briefId} number={r.number} version={restore.version} /> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
