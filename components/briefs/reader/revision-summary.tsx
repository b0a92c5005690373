import Link from 'next/link';
import { revisionHref, type RevisionMeta } from '@/lib/briefs/reader-queries';
import { BriefDate } from './brief-date';

/** One side of a comparison: the revision, when and by whom it was published, and its correction note. */
export function RevisionSummary({ slug, revision, side }: { slug: string; revision: RevisionMeta; side: 'From' | 'To' }) {
  return (
    <section aria-label={`${side}: revision ${revision.number}`} className="rounded border border-rule px-4 py-3 text-sm">
      <h2 className="font-semibold">
        {side}: <Link href={revisionHref(slug, revision.number)}>revision {revision.number}</Link>
      </h2>
      <p className="mt-1 text-muted">
        Published <BriefDate date={revision.publishedAt} withTime /> by {revision.publishedBy}
      </p>
      <p className="mt-2">
        {revision.correctionNote ? (
          <>
            <span className="font-medium">Correction note:</span> {revision.correctionNote}
          </>
        ) : (
          <span className="text-muted">{revision.number === 1 ? 'First publication.' : 'No correction note.'}</span>
        )}
      </p>
    </section>
  );
}
