import { accessedParts, dateParts, splitName } from './parts';
import type { CitableWork } from './types';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** LaTeX's special characters, so a title like "R&D at 5% #1" survives. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '~') return '\\textasciitilde{}';
    if (c === '^') return '\\textasciicircum{}';
    return `\\${c}`;
  });
}

function ascii(text: string): string {
  return text.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** "ali2024caspian": first author's (or publisher's) name, year, first title word of four letters or more. */
export function bibtexKey(work: CitableWork): string {
  const who = work.authors[0] ? splitName(work.authors[0]).family : (work.publisher?.split(/\s+/)[0] ?? 'anon');
  const year = work.date ? String(dateParts(work.date).year) : 'nd';
  const word = (work.title ?? work.description).split(/\s+/).map(ascii).find((w) => w.length >= 4) ?? '';
  const suffix = work.paragraph ? `p${work.paragraph}` : work.revision ? `v${work.revision}` : '';
  return `${ascii(who) || 'anon'}${year}${word}${suffix}`;
}

/**
 * A @misc entry (plain BibTeX and biblatex both read it): personal names "Family, Given" joined
 * by "and"; a publisher standing as author is double-braced so it is not split into names.
 */
export function bibtex(work: CitableWork): string {
  const author =
    work.authors.length > 0
      ? work.authors.map((n) => {
          const { given, family } = splitName(n);
          return escapeBibtex(given ? `${family}, ${given}` : family);
        }).join(' and ')
      : work.publisher
        ? `{${escapeBibtex(work.publisher)}}`
        : null;
  const date = work.date ? dateParts(work.date) : null;
  const accessed = accessedParts(work.accessed);
  const notes = [
    work.revision ? `Revision ${work.revision}` : null,
    work.paragraph ? `Paragraph ${work.paragraph}` : null,
    `Accessed ${accessed.year}-${pad(accessed.monthIndex ?? 0)}-${String(accessed.day ?? 1).padStart(2, '0')}`,
  ].filter((n): n is string => Boolean(n));
  const fields: [string, string][] = [
    ...(author ? [['author', `{${author}}`] as [string, string]] : []),
    ['title', `{{${escapeBibtex(work.title ?? `[${work.description}]`)}}}`],
    ...(work.publisher && work.authors.length > 0 ? [['organization', `{${escapeBibtex(work.publisher)}}`] as [string, string]] : []),
    ['year', date ? `{${date.year}}` : '{n.d.}'],
    ...(date?.monthIndex !== undefined ? [['month', MONTH_MACROS[date.monthIndex] ?? '']] as [string, string][] : []),
    ['howpublished', `{\\url{${work.url}}}`],
    ['url', `{${work.url}}`],
    ['note', `{${notes.join('. ')}}`],
  ];
  return `@misc{${bibtexKey(work)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

function pad(monthIndex: number): string {
  return String(monthIndex + 1).padStart(2, '0');
}
