import type { Sourced } from '@/lib/compare/types';
import { formatPublishedDate } from '@/lib/format/published-date';

/**
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
        className="ml-0.5 align-super text-[0.65rem] text-muted no-underline hover:text-accent"
      >
        ¶{citation.position}
      </a>
    );
  }
  if (reference) {
    const date = reference.published ? `, ${formatPublishedDate({ ...reference.published, tzOffsetMinutes: null })}` : '';
    const label = `reference: ${reference.publication}${date}`;
    const tipId = `src-${id}`;
    return (
      <span className="group relative ml-0.5 inline-block align-super text-[0.65rem]">
        <a
          href={reference.url}
          rel="noopener noreferrer external"
          aria-label={`${label} (opens the page on another site)`}
          aria-describedby={reference.quote ? tipId : undefined}
          className="rounded-sm border border-accent px-0.5 text-muted no-underline hover:text-accent focus-visible:text-accent"
        >
          ↗
        </a>
        <span
          role="tooltip"
          id={tipId}
          className="invisible absolute left-0 top-full z-20 mt-1 w-64 max-w-[70vw] rounded border border-rule bg-paper p-2 text-xs font-normal text-ink shadow-md group-focus-within:visible group-hover:visible"
        >
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
