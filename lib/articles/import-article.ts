import slugify from '@sindresorhus/slugify';
import { contentHash, parseArticle, slugForArticle, type ParsedArticle } from '@/lib/importer';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { DatePrecision, PublicationProvenance } from '@/lib/generated/prisma/enums';
import { tagStoredArticle, type TagSummary } from '@/lib/tagging/store';
import type { Gazetteer } from '@/lib/tagging';
import { recordAudit } from '@/lib/platform/audit/record';
import { deriveEra } from './era';

export type ImportResult =
  | { status: 'imported'; id: string; slug: string; title: string | null; notes: string[]; tags: TagSummary | null }
  | { status: 'duplicate'; id: string; slug: string };

type Tx = Prisma.TransactionClient;

const PRECISION: Record<NonNullable<ParsedArticle['published']>['precision'], DatePrecision> = {
  year: 'YEAR',
  month: 'MONTH',
  day: 'DAY',
  minute: 'MINUTE',
};

const PROVENANCE: Record<NonNullable<ParsedArticle['publication']>['provenance'], PublicationProvenance> = {
  label: 'LABEL',
  header: 'HEADER',
  footer: 'FOOTER',
  text: 'TEXT',
};

/**
 * Imports one received text: parse, attribute, store with its paragraphs. The same text imported
 * twice (by content hash) is reported as a duplicate and changes nothing. Used by the seed and by
 * editors' imports alike.
 */
export interface ImportOptions {
  fileName?: string;
  gazetteer?: Gazetteer;
  /** The text already parsed (a browser import parses it for the preview first). */
  parsed?: ParsedArticle;
  /** Slug base for an untitled article: its suggested title. */
  slugBase?: string;
  /** Who imported it: the import is audited in its own transaction. */
  actorId?: string;
}

export async function importArticle(
  db: PrismaClient,
  raw: string,
  { fileName, gazetteer, parsed: given, slugBase, actorId }: ImportOptions = {},
): Promise<ImportResult> {
  const hash = contentHash(raw);
  const existing = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true, slug: true } });
  if (existing) return { status: 'duplicate', ...existing };

  const parsed = given ?? parseArticle(raw);
  let created: { id: string; slug: string };
  try {
    created = await db.$transaction(async (tx) => {
      const sourceId = parsed.publication ? await upsertSource(tx, parsed.publication) : null;
      const publishedAt = parsed.published ? new Date(parsed.published.iso) : null;
      const { era, eraBasis } = deriveEra({ publishedAt, yearsMentioned: parsed.yearsMentioned });
      const slug = await uniqueSlug(tx, (!parsed.title && slugBase ? slugForArticle({ title: slugBase, paragraphs: [] }) : '') || slugForArticle(parsed));
      const article = await tx.article.create({
        data: {
          slug,
          contentHash: hash,
          fileName: fileName ?? null,
          rawText: raw,
          parsedTitle: parsed.title,
          parsedAuthors: parsed.authors,
          parsedSourceId: sourceId,
          parsedPublicationProvenance: parsed.publication ? PROVENANCE[parsed.publication.provenance] : null,
          parsedPublicationEvidence: parsed.publication?.evidence ?? null,
          parsedIssue: parsed.issue,
          parsedAddress: parsed.address ?? null,
          parsedPublishedAt: publishedAt,
          parsedDatePrecision: parsed.published ? PRECISION[parsed.published.precision] : null,
          parsedTzOffsetMinutes: parsed.published?.tzOffsetMinutes ?? null,
          parsedDateText: parsed.published?.text ?? null,
          yearsMentioned: parsed.yearsMentioned,
          removedFurniture: parsed.removed.map((r) => ({ kind: r.kind, text: r.text })),
          importNotes: parsed.notes,
          sourceId,
          publishedAt,
          era,
          eraBasis,
          paragraphs: {
            create: parsed.paragraphs.map((p, i) => ({
              position: i + 1,
              kind: p.kind === 'heading' ? 'HEADING' : 'TEXT',
              text: p.text,
            })),
          },
        },
        select: { id: true, slug: true },
      });
      if (actorId !== undefined) {
        await recordAudit(tx, {
          actorId,
          action: 'article.import',
          targetType: 'article',
          targetId: article.id,
          after: { slug: article.slug, fileName: fileName ?? null, title: parsed.title, contentHash: hash },
        });
      }
      return article;
    });
  } catch (error) {
    // Another import of the same text won the race: that is a duplicate, not a failure.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true, slug: true } });
      if (winner) return { status: 'duplicate', ...winner };
    }
    throw error;
  }
  const tags = gazetteer ? await tagStoredArticle(db, gazetteer, created.id) : null;
  return { status: 'imported', ...created, title: parsed.title, notes: parsed.notes, tags };
}

async function upsertSource(tx: Tx, publication: NonNullable<ParsedArticle['publication']>): Promise<string> {
  const found = await tx.source.findUnique({ where: { name: publication.name }, select: { id: true } });
  if (found) return found.id;
  const slug = await uniqueSourceSlug(tx, slugify(publication.name) || 'source');
  const created = await tx.source.create({
    data: { name: publication.name, abbreviation: publication.abbreviation, slug },
    select: { id: true },
  });
  return created.id;
}

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const taken = await tx.article.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  return firstFree(base, new Set(taken.map((t) => t.slug)));
}

async function uniqueSourceSlug(tx: Tx, base: string): Promise<string> {
  const taken = await tx.source.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFree(base, new Set(taken.map((t) => t.slug)));
}

function firstFree(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
