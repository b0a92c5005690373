import Link from 'next/link';
import { briefHref, diffHref, revisionHref, type BriefHistory } from '@/lib/briefs/reader-queries';
import { BriefDate } from './brief-date';

/** Every published revision, newest first, with who published it and the correction it carried. */
export function RevisionList({ history }: { history: BriefHistory }) {
  const { slug, latest } = history;
  const revisions = [...history.revisions].reverse();
  return (
    <ol className="divide-y divide-rule border-y border-rule">
      {revisions.map((r, i) => (
        <li key={r.number} className="py-4">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <h3 className="font-semibold">
              <Link href={revisionHref(slug, r.number)}>Revision {r.number}</Link>
            </h3>
            {r.number === latest.number && !history.withdrawn ? (
              <span className="text-xs font-medium uppercase tracking-wide text-muted">
                Current · <Link href={briefHref(slug)}>read</Link>
              </span>
            ) : null}
          </div>
          <p className="mt-1 text-sm text-muted">
            Published <BriefDate date={r.publishedAt} withTime /> by {r.publishedBy}
          </p>
          {r.title !== (revisions[i + 1]?.title ?? r.title) ? (
            <p className="mt-1 text-sm">
              Title changed to <span className="font-serif italic">{r.title}</span>
            </p>
          ) : null}
          {r.correctionNote ? (
            <p className="mt-2 text-sm">
              <span className="font-medium">Correction:</span> {r.correctionNote}
            </p>
          ) : r.number > 1 ? (
            <p className="mt-2 text-sm text-muted">No correction note.</p>
          ) : null}
          {r.number > 1 ? (
            <p className="mt-2 text-sm">
              <Link href={diffHref(slug, r.number - 1, r.number)}>What changed from revision {r.number - 1}</Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
