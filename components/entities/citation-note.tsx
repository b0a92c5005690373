import type { Citation } from '@/lib/entities/dto';

/** Where a fact comes from: the cited paragraph (quoted, linked to its permalink), or an editor. */
export function CitationNote({ citation, editorNote }: { citation: Citation | null; editorNote: string | null }) {
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
  return <span className="text-xs text-muted">Editor-supplied{editorNote ? ` (${editorNote})` : ''}, not from a source article</span>;
}
