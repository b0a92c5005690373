/** A count as the page shows it: "1,000+" when it stopped at the cap (see COUNT_CAP), else the number. */
export function countLabel(count: number, capped: boolean): string {
  return capped ? `${count.toLocaleString('en')}+` : String(count);
}
