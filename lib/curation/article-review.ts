import { openingWords } from '@/lib/articles/effective';
import { entityHref } from '@/lib/entities/paths';
import { snippetAround } from '@/lib/entities/snippet';
import type { PublishedDate } from '@/lib/formats/text/published-date';
import type { DatePrecision } from '@/lib/generated/prisma/enums';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { CurationArticle, ReviewParagraph } from './types';

const SNIPPET_RADIUS = 60;

function dateOf(at: Date | null, precision: DatePrecision | null, tzOffsetMinutes: number | null): PublishedDate | null {
  return at && precision ? { iso: at.toISOString(), precision, tzOffsetMinutes } : null;
}

/** One article as editors review it: parsed and editor metadata, and every tagger decision to make. */
export async function readArticleForCuration(db: PrismaClient, id: string): Promise<CurationArticle | null> {
  const [row, sources] = await Promise.all([
    db.article.findUnique({
      where: { id },
      select: {
        id: true,
        slug: true,
        fileName: true,
        parsedTitle: true,
        parsedAuthors: true,
        parsedSource: { select: { id: true, name: true } },
        parsedPublishedAt: true,
        parsedDatePrecision: true,
        parsedTzOffsetMinutes: true,
        parsedDateText: true,
        yearsMentioned: true,
        importNotes: true,
        source: { select: { name: true } },
        era: true,
        eraBasis: true,
        curation: true,
        paragraphs: {
          orderBy: { position: 'asc' },
          select: {
            position: true,
            kind: true,
            text: true,
            mentions: {
              orderBy: [{ start: 'asc' }, { end: 'desc' }],
              select: { id: true, start: true, end: true, surface: true, method: true, status: true, entity: { select: { id: true, slug: true, type: true, name: true } } },
            },
            candidates: {
              orderBy: { start: 'asc' },
              select: { id: true, start: true, end: true, surface: true, normalized: true, kind: true, suggestedType: true, status: true },
            },
          },
        },
      },
    }),
    db.source.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  if (!row) return null;
  const c = row.curation;
  const accepted = row.paragraphs.flatMap((p) => p.candidates.filter((k) => k.status === 'ACCEPTED').map((k) => k.normalized));
  const createdFrom = new Map(
    accepted.length === 0
      ? []
      : (await db.entityName.findMany({ where: { normalized: { in: accepted } }, select: { normalized: true, entity: { select: { slug: true, type: true } } } })).map((n) => [
          n.normalized,
          entityHref(n.entity.type, n.entity.slug),
        ]),
  );
  const paragraphs: ReviewParagraph[] = row.paragraphs
    .filter((p) => p.mentions.length > 0 || p.candidates.length > 0)
    .map((p) => ({
      position: p.position,
      kind: p.kind,
      mentions: p.mentions.map((m) => {
        const { before, after } = snippetAround(p.text, m.start, m.end, SNIPPET_RADIUS);
        return { id: m.id, surface: m.surface, before, after, method: m.method, status: m.status, entity: { ...m.entity, href: entityHref(m.entity.type, m.entity.slug) } };
      }),
      candidates: p.candidates.map((k) => {
        const { before, after } = snippetAround(p.text, k.start, k.end, SNIPPET_RADIUS);
        const entity = k.status === 'ACCEPTED' ? (createdFrom.get(k.normalized) ?? null) : null;
        return { id: k.id, surface: k.surface, before, after, kind: k.kind, suggestedType: k.suggestedType, status: k.status, entityHref: entity };
      }),
    }));
  const title = c?.title ?? row.parsedTitle;
  const parsedDate = dateOf(row.parsedPublishedAt, row.parsedDatePrecision, row.parsedTzOffsetMinutes);
  const editorDate = c ? dateOf(c.publishedAt, c.datePrecision, c.tzOffsetMinutes) : null;
  const firstText = row.paragraphs.find((p) => p.kind === 'TEXT')?.text ?? '';
  return {
    id: row.id,
    slug: row.slug,
    fileName: row.fileName,
    displayTitle: title ?? `Untitled: ${openingWords(firstText, 10)}`,
    parsed: {
      title: row.parsedTitle,
      authors: row.parsedAuthors,
      source: row.parsedSource,
      published: parsedDate,
      dateText: row.parsedDateText,
      yearsMentioned: row.yearsMentioned,
      importNotes: row.importNotes,
    },
    curation: c
      ? {
          title: c.title,
          authors: c.authors,
          sourceId: c.sourceId,
          published: editorDate,
          era: c.era,
          note: c.note,
          updatedAt: c.updatedAt.toISOString(),
        }
      : null,
    effective: { sourceName: row.source?.name ?? null, published: editorDate ?? parsedDate, era: row.era, eraBasis: row.eraBasis },
    sources,
    paragraphs,
    counts: {
      proposedMentions: paragraphs.reduce((n, p) => n + p.mentions.filter((m) => m.status === 'PROPOSED').length, 0),
      proposedCandidates: paragraphs.reduce((n, p) => n + p.candidates.filter((k) => k.status === 'PROPOSED').length, 0),
    },
  };
}
