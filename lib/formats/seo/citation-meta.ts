import { dateParts } from '@/lib/formats/citations/parts';
import type { CitableWork } from '@/lib/formats/citations/types';

/** Highwire Press tags (Google Scholar, Zotero): only the fields the work actually has. */
export function citationMeta(work: CitableWork, kind: 'article' | 'brief'): Record<string, string | string[]> {
  const meta: Record<string, string | string[]> = { citation_title: work.title ?? work.description };
  if (work.authors.length > 0) meta.citation_author = work.authors;
  if (work.date) {
    const d = dateParts(work.date);
    const pad = (n: number) => String(n).padStart(2, '0');
    meta.citation_publication_date = [String(d.year), d.monthIndex !== undefined ? pad(d.monthIndex + 1) : null, d.day ? pad(d.day) : null]
      .filter((p): p is string => p !== null)
      .join('/');
  }
  if (work.publisher) {
    if (kind === 'article') meta.citation_journal_title = work.publisher;
    meta.citation_publisher = work.publisher;
  }
  meta.citation_public_url = work.url;
  return meta;
}
