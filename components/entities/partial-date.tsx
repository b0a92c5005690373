import type { PartialDate } from '@/lib/entities/dto';
import { formatPublishedDate, machineDate } from '@/lib/formats/text/published-date';

export function PartialDateText({ date }: { date: PartialDate }) {
  const value = { ...date, tzOffsetMinutes: null };
  return <time dateTime={machineDate(value)}>{formatPublishedDate(value)}</time>;
}

export function DateRange({ from, to }: { from: PartialDate | null; to: PartialDate | null }) {
  if (!from && !to) return null;
  return (
    <span className="text-muted">
      {from ? (
        <>
          {to ? '' : 'since '}
          <PartialDateText date={from} />
        </>
      ) : (
        'until'
      )}
      {to ? (
        <>
          {from ? '–' : ' '}
          <PartialDateText date={to} />
        </>
      ) : null}
    </span>
  );
}
