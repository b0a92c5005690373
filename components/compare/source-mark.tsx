import type { Sourced } from '@/lib/compare/types';
import { formatPublishedDate } from '@/lib/formats/text/published-date';

/**
 * Each mark is a 24 px tap target (WCAG 2.2 target size), however small its text.
 * A compact mark for where a fact comes from: ¶N linking to the cited paragraph, ↗ linking to a
 * reference outside the portal (its words shown on hover and keyboard focus), or "ed.".
 */
export function SourceMark({ source, id }: { source: Sourced<null>; id: string }) {
  const { citation, reference, editorNote } = source;
  if (citation) {
    return (
      <a
        href={`/articles/${citation.articleSlug}#p-${citation.position}`}
        title={`${citation.articleTitle}, paragraph ${citation.position}${citation.quote ? `: “${citation.quote}”` : ''}`}
        className="ml-0.5 inline-flex min-h-6 min-w-6 items-center justify-center align-middle text-[0.65rem] text-muted no-underline hover:text-accent"
      >
        ¶{citation.position}
      </a>
    );
  }
  if (reference) {
    const date = reference.published ? `, ${formatPublishedDate({ ...reference.published, tzOffsetMinutes: null })}` : '';
    const label = `reference: ${reference.publication}${date}`;
    return (
      <span className="ref-anchor ml-0.5 align-middle text-[0.65rem]">
        <a href={reference.url} rel="noopener noreferrer external" aria-label={`${label} (opens the page on another site)`} aria-describedby={id} className="ref-mark inline-flex min-h-6 min-w-6 items-center justify-center">
          ↗
        </a>
        <span role="tooltip" id={id} className="ref-tip">
          {label}
          {reference.quote ? <q className="mt-1 block italic">{reference.quote}</q> : null}
        </span>
      </span>
    );
  }
  return (
    <abbr title={`Editor-supplied${editorNote ? `: ${editorNote}` : ''}`} className="ml-0.5 align-super text-[0.65rem] text-muted no-underline">
      ed.
    </abbr>
  );
}
