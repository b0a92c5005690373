import { useId } from 'react';
import type { Sourced } from '@/lib/compare/types';
import { formatPublishedDate } from '@/lib/formats/text/published-date';

/**
 * A compact mark for where a fact comes from: ¶N linking to the cited paragraph, ↗ linking to a
 * reference outside the portal (its words shown on hover and keyboard focus), or "ed.".
 * Each mark is a 24 px tap target (WCAG 2.2 target size), however small its text. Its look is one
 * class each (.src-mark, .src-ref in globals.css): /compare shows hundreds of them.
 */
export function SourceMark({ source }: { source: Sourced<null> }) {
  const id = useId();
  const { citation, reference, editorNote } = source;
  if (citation) {
    return (
      <a href={`/articles/${citation.articleSlug}#p-${citation.position}`} title={`${citation.articleTitle}, paragraph ${citation.position}${citation.quote ? `: “${citation.quote}”` : ''}`} className="src-mark">
        {`¶${citation.position}`}
      </a>
    );
  }
  if (reference) {
    const date = reference.published ? `, ${formatPublishedDate({ ...reference.published, tzOffsetMinutes: null })}` : '';
    const label = `reference: ${reference.publication}${date}`;
    return (
      <span className="ref-anchor src-ref">
        <a href={reference.url} rel="noopener noreferrer external" aria-label={`${label} (opens the page on another site)`} aria-describedby={id} className="ref-mark">
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
    <abbr title={`Editor-supplied${editorNote ? `: ${editorNote}` : ''}`} className="src-ed">
      ed.
    </abbr>
  );
}

export function SourceMarks({ sources }: { sources: Sourced<null>[] }) {
  return sources.map((source, i) => <SourceMark key={i} source={source} />);
}
