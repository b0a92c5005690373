import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ImportReportFile } from '@/lib/article-import/types';
import type { EntityType } from '@/lib/entities/types';
import type { ProposedFact } from '@/lib/facts/propose';

/** One file in `npm run ingest -- --json`: the same shape as the browser import's report (README). */
export type FileReport = ImportReportFile;

export function failedReport(file: string, error: string): FileReport {
  return {
    file,
    status: 'failed',
    error,
    slug: null,
    url: null,
    title: null,
    titleSuggested: false,
    authors: [],
    publication: null,
    published: null,
    datePrecision: null,
    era: null,
    eraBasis: 'estimated',
    candidates: [],
    proposedFacts: [],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date as the article states it, in its own time zone, to the precision it states. */
function localDate(at: Date, precision: string, offsetMinutes: number | null): string {
  const local = new Date(at.getTime() + (offsetMinutes ?? 0) * 60_000);
  const y = String(local.getUTCFullYear());
  if (precision === 'YEAR') return y;
  if (precision === 'MONTH') return `${y}-${pad(local.getUTCMonth() + 1)}`;
  return `${y}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/** What the portal stored for an imported (or already present) article, with the facts its text states. */
export async function storedReport(
  db: PrismaClient,
  file: string,
  status: 'imported' | 'duplicate',
  articleId: string,
  proposed: ProposedFact[],
): Promise<FileReport> {
  const a = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      slug: true,
      parsedTitle: true,
      parsedAuthors: true,
      parsedSource: { select: { name: true } },
      parsedPublishedAt: true,
      parsedDatePrecision: true,
      parsedTzOffsetMinutes: true,
      era: true,
      eraBasis: true,
      paragraphs: { select: { candidates: { where: { status: { not: 'REJECTED' } }, select: { name: true, surface: true, suggestedType: true, start: true } } }, orderBy: { position: 'asc' } },
    },
  });
  const candidates = new Map<string, EntityType>();
  for (const p of a.paragraphs) {
    for (const c of [...p.candidates].sort((x, y) => x.start - y.start)) {
      // The name proposed, which may be whole where the text was generic ("Ministry of Defense of Kazakhstan").
      const name = (c.name || c.surface).trim();
      if (!candidates.has(name)) candidates.set(name, c.suggestedType.toLowerCase() as EntityType);
    }
  }
  const precision = a.parsedDatePrecision;
  return {
    file,
    status,
    error: null,
    slug: a.slug,
    url: `/articles/${a.slug}`,
    title: a.parsedTitle,
    titleSuggested: false,
    authors: a.parsedAuthors,
    publication: a.parsedSource?.name ?? null,
    published: a.parsedPublishedAt && precision ? localDate(a.parsedPublishedAt, precision, a.parsedTzOffsetMinutes) : null,
    datePrecision: precision === 'YEAR' ? 'year' : precision === 'MONTH' ? 'month' : precision ? 'day' : null,
    era: a.era === 'CSTO_ERA' ? 'csto-era' : a.era === 'POST_2022' ? 'post-2022' : null,
    eraBasis: a.eraBasis === 'PUBLISHED_DATE' || a.eraBasis === 'EDITOR' ? 'date' : 'estimated',
    candidates: [...candidates].map(([name, type]) => ({ name, type })),
    proposedFacts: proposed.map((f) => ({
      kind: f.kind,
      subject: f.subject.name,
      object: f.object?.name ?? null,
      role: f.role,
      from: f.from,
      to: f.to,
      paragraph: `p-${f.paragraph}`,
      quote: f.quote,
    })),
  };
}
