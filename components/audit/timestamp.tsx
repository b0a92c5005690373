import { formatPublishedDate } from '@/lib/formats/text/published-date';

/** A moment, to the minute, in UTC: the same for every reader whatever the server's zone. */
export function Timestamp({ at }: { at: Date }) {
  const iso = at.toISOString();
  return <time dateTime={iso}>{formatPublishedDate({ iso, precision: 'MINUTE', tzOffsetMinutes: 0 })}</time>;
}
