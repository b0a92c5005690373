import Link from 'next/link';
import { briefHref, type BriefListItem } from '@/lib/briefs/reader-queries';
import { BriefDate } from './brief-date';

export function BriefCard({ brief }: { brief: BriefListItem }) {
  return (
    <article className="border-b border-rule py-6 last:border-b-0">
      <h2 className="font-serif text-xl font-semibold leading-snug">
        <Link href={briefHref(brief.slug)} className="text-ink no-underline hover:text-accent hover:underline">
          {brief.title}
        </Link>
      </h2>
      <p className="mt-1 flex flex-wrap gap-x-2 text-sm text-muted">
        <span>
          First published <BriefDate date={brief.firstPublishedAt} />
        </span>
        {brief.latestRevision > 1 ? (
          <>
            <span aria-hidden="true">·</span>
            <span>
              revised <BriefDate date={brief.lastRevisedAt} /> (revision {brief.latestRevision})
            </span>
          </>
        ) : null}
      </p>
      {brief.dek ? <p className="mt-2 font-serif leading-relaxed">{brief.dek}</p> : null}
    </article>
  );
}
