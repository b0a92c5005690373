import type { ReferenceCitation } from '@/lib/entities/dto';
import { PartialDateText } from './partial-date';

/**
 * A fact's reference: a page outside the portal, linked, with its words shown on hover and on
 * keyboard focus (CSS only, so it works without JavaScript). Set apart from article citations by
 * its label and border, since a reader checks it on another site rather than in the portal.
 */
export function ReferenceNote({ reference, id }: { reference: ReferenceCitation; id: string }) {
  const tipId = `ref-quote-${id}`;
  return (
    <span className="ref-anchor border-l-2 border-accent pl-1.5 text-xs text-muted" data-reference>
      <span className="font-semibold uppercase tracking-wide">reference:</span>{' '}
      <a
        href={reference.url}
        rel="noopener noreferrer external"
        title={reference.title || undefined}
        aria-describedby={reference.quote ? tipId : undefined}
        className="text-muted underline decoration-dotted underline-offset-2 hover:text-accent focus-visible:text-accent"
      >
        {reference.publication}
        {reference.published ? (
          <>
            , <PartialDateText date={reference.published} />
          </>
        ) : null}{' '}
        <span aria-hidden="true">↗</span>
        <span className="sr-only"> (opens the page on another site)</span>
      </a>
      {reference.quote ? (
        <span role="tooltip" id={tipId} className="ref-tip italic">
          “{reference.quote}”
        </span>
      ) : null}
    </span>
  );
}
