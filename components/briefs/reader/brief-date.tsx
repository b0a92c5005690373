import { formatPublishedDate } from '@/lib/formats/text/published-date';

/** A publication instant: the day, or the day and time in UTC where revisions may share a day. */
export function BriefDate({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  const iso = date.toISOString();
  return (
    <time dateTime={iso} title={formatPublishedDate({ iso, precision: 'MINUTE', tzOffsetMinutes: null })}>
      {formatPublishedDate({ iso, precision: withTime ? 'MINUTE' : 'DAY', tzOffsetMinutes: null })}
    </time>
  );
}
