/** A server-rendered instant, independent of the server's zone: "21 Nov 2025, 14:03 UTC". */
export function formatUtc(instant: Date): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${text} UTC`;
}
