import { dateParts, splitName, withPeriod } from './parts';
import type { CitableWork } from './types';

function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.split('-').map((part) => `${part.charAt(0).toUpperCase()}.`).join('-'))
    .join(' ');
}

function apaName(name: string): string {
  const { given, family } = splitName(name);
  return given ? `${family}, ${initials(given)}` : family;
}

function apaAuthors(names: string[]): string {
  const all = names.map(apaName);
  if (all.length <= 1) return all[0] ?? '';
  // APA 7 lists up to 20 authors, the last after an ampersand.
  return `${all.slice(0, -1).join(', ')}, & ${all.at(-1)}`;
}

function apaDate(work: CitableWork): string {
  if (!work.date) return '(n.d.).';
  const d = dateParts(work.date);
  if (!d.month) return `(${d.year}).`;
  return d.day ? `(${d.year}, ${d.month} ${d.day}).` : `(${d.year}, ${d.month}).`;
}

/**
 * APA 7 reference for a webpage (10.16): with no author a group (the publisher) is the author and
 * the site name is then omitted; with neither, the title moves to the author position.
 */
export function apa(work: CitableWork): string {
  const title = work.title ?? `[${work.description}]`;
  const titled = work.revision ? `${title} (Revision ${work.revision})` : title;
  const author = work.authors.length > 0 ? apaAuthors(work.authors) : work.publisher;
  const parts = author
    ? [withPeriod(author), apaDate(work), withPeriod(titled), work.authors.length > 0 && work.publisher ? withPeriod(work.publisher) : null]
    : [withPeriod(titled), apaDate(work)];
  return [...parts, work.url].filter((p): p is string => Boolean(p)).join(' ');
}
