import Link from 'next/link';
import type { ReactNode } from 'react';
import { historyHref, revisionHref, type BriefRevisionView } from '@/lib/briefs/reader-queries';
import { EraBadge } from '@/components/ui/era-badge';
import { BriefDate } from './brief-date';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_1fr] gap-x-3 py-1.5 sm:grid-cols-[9rem_1fr]">
      <dt className="text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Who published the revision shown, when the brief first appeared and was last revised, and its sources. */
export function BriefMeta({ view }: { view: BriefRevisionView }) {
  const { revision, latest, slug } = view;
  const first = view.revisions[0] ?? revision;
  const cited = view.citedEras.reduce((sum, e) => sum + e.articles, 0);
  return (
    <dl className="divide-y divide-rule border-y border-rule text-sm">
      <Row term="Published by">{revision.publishedBy}</Row>
      <Row term="First published">
        <BriefDate date={first.publishedAt} />
      </Row>
      <Row term={revision.number === latest.number ? 'Last revised' : 'This revision'}>
        {revision.number === 1 && latest.number === 1 ? (
          <span className="text-muted">Not revised since</span>
        ) : (
          <BriefDate date={revision.publishedAt} />
        )}
      </Row>
      <Row term="Revision">
        <span className="inline-flex flex-wrap gap-x-3">
          <span>
            {revision.number} of {latest.number}
          </span>
          <Link href={revisionHref(slug, revision.number)}>Permalink to revision {revision.number}</Link>
          <Link href={historyHref(slug)}>History</Link>
        </span>
      </Row>
      {cited > 0 ? (
        <Row term="Sources">
          <span className="inline-flex flex-wrap items-center gap-2">
            <span>
              {cited} {cited === 1 ? 'article' : 'articles'} cited:
            </span>
            {view.citedEras.map((e) => (
              <span key={e.era} className="inline-flex items-center gap-1">
                <EraBadge era={e.era} />
                <span className="text-muted">× {e.articles}</span>
              </span>
            ))}
          </span>
        </Row>
      ) : null}
    </dl>
  );
}
