import Link from 'next/link';

export function Pagination({
  page,
  pageCount,
  hrefFor,
  labels = { previous: '← Newer', next: 'Older →' },
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels?: { previous: string; next: string };
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between text-sm" data-print="hide">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
