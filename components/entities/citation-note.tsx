import type { Citation, ReferenceCitation } from '@/lib/entities/dto';
import { ReferenceNote } from './reference-note';

/**
 * Where a fact comes from: the cited paragraph (quoted, linked to its permalink), a reference to a
 * page outside the portal, or an editor.
 */
export function CitationNote({
  citation,
  reference = null,
  editorNote,
  id,
}: {
  citation: Citation | null;
  reference?: ReferenceCitation | null;
  editorNote: string | null;
  /** Unique on the page; names the reference's quote for assistive technology. */
  id: string;
}) {
  if (citation) {
    return (
      <span className="text-xs text-muted">
        {/* A full navigation, so the browser's :target highlights the paragraph. */}
        <a href={`/articles/${citation.articleSlug}#p-${citation.position}`} className="text-muted hover:text-accent">
          {citation.articleTitle}, ¶{citation.position}
        </a>
        {citation.quote ? <q className="ml-1 italic">{citation.quote}</q> : null}
      </span>
    );
  }
  if (reference) return <ReferenceNote reference={reference} id={id} />;
  return <span className="text-xs text-muted">Editor-supplied{editorNote ? ` (${editorNote})` : ''}, not from a source article</span>;
}
