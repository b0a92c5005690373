import type { DatePrecision, Era, EraBasis } from '@/lib/generated/prisma/enums';
import type { ArticleListItem, Attributed, SourceRef } from './dto';

/** The columns both list and detail reads select, so the mapping below has what it needs. */
export const listSelect = {
  slug: true,
  parsedTitle: true,
  parsedAuthors: true,
  parsedPublishedAt: true,
  parsedDatePrecision: true,
  parsedTzOffsetMinutes: true,
  parsedSource: { select: { slug: true, name: true, abbreviation: true } },
  era: true,
  eraBasis: true,
  paragraphs: { where: { kind: 'TEXT' }, orderBy: { position: 'asc' }, take: 1, select: { text: true } },
  curation: {
    select: {
      title: true,
      authors: true,
      publishedAt: true,
      datePrecision: true,
      tzOffsetMinutes: true,
      source: { select: { slug: true, name: true, abbreviation: true } },
    },
  },
} as const;

interface ListRow {
  slug: string;
  parsedTitle: string | null;
  parsedAuthors: string[];
  parsedPublishedAt: Date | null;
  parsedDatePrecision: DatePrecision | null;
  parsedTzOffsetMinutes: number | null;
  parsedSource: SourceRef | null;
  era: Era;
  eraBasis: EraBasis;
  paragraphs: { text: string }[];
  curation: {
    title: string | null;
    authors: string[];
    publishedAt: Date | null;
    datePrecision: DatePrecision | null;
    tzOffsetMinutes: number | null;
    source: SourceRef | null;
  } | null;
}

function pick<T>(editor: T | null | undefined, parsed: T | null | undefined): Attributed<T> | null {
  if (editor !== null && editor !== undefined) return { value: editor, by: 'editor' };
  if (parsed !== null && parsed !== undefined) return { value: parsed, by: 'source' };
  return null;
}

/** Editor-supplied values win over parsed ones; each keeps a note of where it came from. */
export function toListItem(row: ListRow): ArticleListItem {
  const c = row.curation;
  const editorDate =
    c?.publishedAt && c.datePrecision
      ? { iso: c.publishedAt.toISOString(), precision: c.datePrecision, tzOffsetMinutes: c.tzOffsetMinutes }
      : null;
  const parsedDate =
    row.parsedPublishedAt && row.parsedDatePrecision
      ? {
          iso: row.parsedPublishedAt.toISOString(),
          precision: row.parsedDatePrecision,
          tzOffsetMinutes: row.parsedTzOffsetMinutes,
        }
      : null;
  return {
    slug: row.slug,
    title: pick(c?.title, row.parsedTitle),
    opening: openingWords(row.paragraphs[0]?.text ?? ''),
    authors: pick(c && c.authors.length > 0 ? c.authors : null, row.parsedAuthors.length > 0 ? row.parsedAuthors : null),
    source: pick(c?.source, row.parsedSource),
    published: pick(editorDate, parsedDate),
    era: row.era,
    eraBasis: row.eraBasis,
  };
}

export function openingWords(text: string, max = 14): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= max ? words.join(' ') : `${words.slice(0, max).join(' ')}…`;
}
