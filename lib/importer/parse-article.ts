import { readBody } from './body';
import { splitGluedLine } from './glued-lines';
import { readHeader } from './header';
import { toLines } from './normalize';
import { findBodyStart } from './regions';
import { inDocumentOrder } from './removed-log';
import { datelineAuthors, resolvePublication, resolvePublished } from './resolve';
import type { ParsedArticle, ParsedParagraph } from './types';
import { yearsMentioned } from './years';

/**
 * Turns one received plain-text article into structured data. Nothing is invented: what the text
 * does not state is null (or empty) and explained in `notes`.
 */
export function parseArticle(raw: string): ParsedArticle {
  const lines = toLines(raw).flatMap(splitGluedLine);
  if (lines.length === 0) throw new Error('parseArticle: the text is empty; there is no article to import');

  const bodyStart = findBodyStart(lines);
  const header = readHeader(lines.slice(0, bodyStart), lines[bodyStart]);
  const body = readBody(lines.slice(bodyStart), bodyStart);
  const paragraphs: ParsedParagraph[] = [
    ...header.paragraphs.map((text): ParsedParagraph => ({ kind: 'text', text })),
    ...body.paragraphs,
  ];

  const detail = [...header.notes, ...body.notes];
  // A by-line above the text beats a credit below it.
  const authors = header.authors.length ? header.authors : body.authors.length ? body.authors : datelineAuthors(body, detail);
  if (!header.authors.length && body.authors.length) detail.push(`Authors "${body.authors.join(', ')}" read from the credit below the text`);
  const publication = resolvePublication(header, body, paragraphs, detail);
  const published = resolvePublished(header, body, detail);
  const missing = [
    header.title === null ? 'No title stated' : null,
    authors.length === 0 ? 'No author stated' : null,
    publication === null ? 'No publication stated' : null,
    published === null ? 'No publication date stated' : null,
  ].filter((n): n is string => n !== null);

  return {
    title: header.title,
    authors,
    publication,
    issue: header.issue,
    published,
    paragraphs,
    removed: inDocumentOrder([...header.removed, ...body.removed]),
    notes: [...missing, ...detail],
    yearsMentioned: yearsMentioned(paragraphs),
    ...(header.address ? { address: header.address } : {}),
  };
}
