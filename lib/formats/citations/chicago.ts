import { accessedParts, dateParts, monthDayYear, quotedTitle, splitName, withPeriod } from './parts';
import type { CitableWork } from './types';

function invertedFirst(names: string[]): string {
  const all = names.map((n, i) => {
    const { given, family } = splitName(n);
    return i === 0 && given ? `${family}, ${given}` : n;
  });
  if (all.length <= 1) return all[0] ?? '';
  if (all.length === 2) return `${all[0]}, and ${all[1]}`;
  return `${all.slice(0, -1).join(', ')}, and ${all.at(-1)}`;
}

/**
 * Chicago notes-bibliography, bibliography entry for a web page (CMOS 17, 14.206): with no author
 * the publisher stands as author and is not repeated; undated works get "n.d." and an access date.
 */
export function chicago(work: CitableWork): string {
  const byPublisher = work.authors.length === 0 && work.publisher !== null;
  const author = work.authors.length > 0 ? invertedFirst(work.authors) : work.publisher;
  const title = work.title ? quotedTitle(work.title) : withPeriod(work.description);
  const details = [
    byPublisher ? null : work.publisher,
    work.date ? monthDayYear(dateParts(work.date)) : 'n.d.',
    work.paragraph ? `par. ${work.paragraph}` : null,
  ].filter((p): p is string => Boolean(p));
  return [
    author ? withPeriod(author) : null,
    title,
    work.revision ? `Revision ${work.revision}.` : null,
    withPeriod(details.join(', ')),
    work.date ? null : `Accessed ${monthDayYear(accessedParts(work.accessed))}.`,
    `${work.url}.`,
  ]
    .filter((p): p is string => Boolean(p))
    .join(' ');
}
