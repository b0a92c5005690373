import Link from 'next/link';
import { revisionHref, type RevisionMeta } from '@/lib/briefs/reader-queries';
import { BriefDate } from './brief-date';

/** The correction notes of the revisions up to the one shown, newest first. */
export function CorrectionNotes({ slug, revisions, upTo }: { slug: string; revisions: RevisionMeta[]; upTo: number }) {
  const notes = revisions.filter((r) => r.number <= upTo && r.correctionNote).reverse();
  if (notes.length === 0) return null;
  return (
    <aside aria-labelledby="corrections-heading" className="mt-6 rounded border border-rule bg-accent-soft/40 px-4 py-3 text-sm">
      <h2 id="corrections-heading" className="font-semibold">
        {notes.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ul className="mt-2 space-y-2">
        {notes.map((r) => (
          <li key={r.number}>
            <span className="text-muted">
              <Link href={revisionHref(slug, r.number)}>Revision {r.number}</Link>, <BriefDate date={r.publishedAt} />:
            </span>{' '}
            {r.correctionNote}
          </li>
        ))}
      </ul>
    </aside>
  );
}
