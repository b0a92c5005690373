import type { ArticleDetail } from '@/lib/articles/dto';

const FURNITURE_LABELS: Record<string, string> = {
  'site-header': 'Site header',
  'repeated-headline': 'Repeated headline',
  'section-label': 'Section label',
  'image-credit': 'Image credit',
  'image-caption': 'Image caption',
  'related-list': 'Related-articles list',
  'glued-site-name': 'Site name after the last sentence',
  'share-widget': 'Sharing widget',
  other: 'Page furniture',
};

/** What the importer removed or could not find, so readers can judge the text as received. */
export function ImportReport({ article }: { article: ArticleDetail }) {
  if (article.removedFurniture.length === 0 && article.importNotes.length === 0) return null;
  return (
    <details className="mt-10 rounded border border-rule p-4 text-sm" data-print="hide">
      <summary className="cursor-pointer font-medium">How this text was imported</summary>
      {article.importNotes.length > 0 ? (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-muted">
          {article.importNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {article.removedFurniture.length > 0 ? (
        <>
          <p className="mt-3">Page furniture removed from the received text:</p>
          <ul className="mt-2 space-y-1">
            {article.removedFurniture.map((f, i) => (
              <li key={i} className="text-muted">
                <span className="font-medium text-ink">{FURNITURE_LABELS[f.kind] ?? f.kind}:</span>{' '}
                <q className="break-words">{f.text.length > 200 ? `${f.text.slice(0, 200)}…` : f.text}</q>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
