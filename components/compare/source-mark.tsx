import type { Sourced } from '@/lib/compare/types';

/** A compact mark for where a fact comes from: ¶N linking to the cited paragraph, or "ed.". */
export function SourceMark({ source }: { source: Sourced<null> }) {
  const { citation, editorNote } = source;
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
  return (
    <abbr title={`Editor-supplied${editorNote ? `: ${editorNote}` : ''}`} className="ml-0.5 align-super text-[0.65rem] text-muted no-underline">
      ed.
    </abbr>
  );
}
