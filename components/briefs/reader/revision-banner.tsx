import Link from 'next/link';
import { briefHref, diffHref, historyHref, type BriefRevisionView } from '@/lib/briefs/reader-queries';
import { BriefDate } from './brief-date';

/** Says when the revision shown is not the one readers get today: superseded, or withdrawn. */
export function RevisionBanner({ view }: { view: BriefRevisionView }) {
  const { slug, revision, latest, withdrawn } = view;
  if (withdrawn) {
    return (
      <div role="note" className="mb-6 rounded border border-csto/40 bg-csto-soft px-4 py-3 text-sm">
        <p className="font-semibold">This brief has been withdrawn.</p>
        <p className="mt-1">
          The editors have unpublished it. Revision {revision.number} stays available at its permanent address so that links and
          citations to it keep working; it may no longer reflect the editors&rsquo; view. <Link href={historyHref(slug)}>See all revisions</Link>.
        </p>
      </div>
    );
  }
  if (revision.number === latest.number) return null;
  return (
    <div role="note" className="mb-6 rounded border border-post/40 bg-post-soft px-4 py-3 text-sm">
      <p className="font-semibold">A newer revision exists.</p>
      <p className="mt-1">
        You are reading revision {revision.number}, published <BriefDate date={revision.publishedAt} />. The latest is revision{' '}
        {latest.number}, published <BriefDate date={latest.publishedAt} />.
      </p>
      <p className="mt-2 flex flex-wrap gap-x-4">
        <Link href={briefHref(slug)}>Read the latest revision</Link>
        <Link href={diffHref(slug, revision.number, latest.number)}>
          What changed from revision {revision.number} to {latest.number}
        </Link>
      </p>
    </div>
  );
}
