import { formatPublishedDate } from '@/lib/formats/text/published-date';

/** "Written by …, approved by … on …": shown with every published summary. */
export function SummaryCredit({ authorName, approverName, publishedAt }: { authorName: string; approverName: string | null; publishedAt: string | null }) {
  return (
    <p className="mt-2 text-xs text-muted">
      Written by {authorName}
      {approverName ? `, approved by ${approverName}` : ''}
      {publishedAt ? (
        <>
          {' '}
          on <time dateTime={publishedAt.slice(0, 10)}>{formatPublishedDate({ iso: publishedAt, precision: 'DAY', tzOffsetMinutes: null })}</time>
        </>
      ) : null}
      .
    </p>
  );
}
