import { eraParam } from '@/lib/articles/era';
import { importArticle } from '@/lib/articles/import-article';
import { parseEditorDate } from '@/lib/curation/date-input';
import { saveArticleCuration } from '@/lib/curation/metadata';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Gazetteer } from '@/lib/tagging';
import type { SourceDocument } from '@/lib/importer/sources/types';
import { markProposalsQueued } from '@/lib/facts/proposals/runs';
import { previewDocument } from './preview';
import type { Corrections, ImportPreview, ImportReportFile } from './types';

export class CorrectionError extends Error {}

function failed(file: string, error: string): ImportReportFile {
  return { file, status: 'failed', error, slug: null, url: null, title: null, titleSuggested: false, authors: [], publication: null, published: null, datePrecision: null, era: null, eraBasis: null, candidates: [], proposedFacts: [] };
}

export const failedReport = failed;

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Only what differs from what the importer read is kept, as the editor's own value. */
function changed(preview: ImportPreview, c: Corrections): Corrections {
  const f = preview.fields;
  const out: Corrections = {};
  if (c.title !== undefined && c.title.trim() && c.title.trim() !== f.title.value) out.title = c.title.trim();
  if (c.authors !== undefined && !same(c.authors, f.authors.value ?? [])) out.authors = c.authors;
  if (c.publication !== undefined && c.publication.trim() && c.publication.trim() !== f.publication.value) out.publication = c.publication.trim();
  if (c.published !== undefined && c.published.trim() && c.published.trim() !== f.published.value?.value) out.published = c.published.trim();
  if (c.era !== undefined && c.era !== preview.era.value) out.era = c.era;
  return out;
}

/**
 * Imports one previewed document through the same pipeline as `npm run ingest`, then keeps the
 * editor's corrections apart, as editor-supplied metadata (audited like any curation). Its fact
 * proposals are recorded as queued, not computed: the caller sends the job (queueFactProposals),
 * and the report's `proposedFacts` stays empty.
 */
export async function commitDocument(
  db: PrismaClient,
  actorId: string,
  gazetteer: Gazetteer,
  file: string,
  doc: SourceDocument & { encoding: string | null },
  corrections: Corrections,
): Promise<ImportReportFile> {
  const { preview, article } = await previewDocument(db, gazetteer, file, doc, { facts: false });
  const edits = changed(preview, corrections);
  const date = edits.published ? parseEditorDate(edits.published, '') : null;
  if (date && !date.ok) throw new CorrectionError(`Date: ${date.message}`);
  const result = await importArticle(db, article.text, { fileName: file, gazetteer, parsed: article.parsed, slugBase: preview.suggestedTitle ?? undefined, actorId });
  if (Object.keys(edits).length > 0 && result.status === 'imported') {
    const saved = await saveArticleCuration(db, actorId, result.id, {
      title: edits.title ?? null,
      authors: edits.authors ?? [],
      source: edits.publication ? { kind: 'new', name: edits.publication } : { kind: 'parsed' },
      published: date?.ok ? date.value : null,
      era: edits.era ?? null,
      note: 'Supplied when the article was imported',
      // A new article has no editor's values yet.
      baseSavedAt: null,
    });
    if (!saved.ok) throw new CorrectionError(saved.message);
  }
  if (result.status === 'imported') await markProposalsQueued(db, result.id);
  const row = await db.article.findUniqueOrThrow({
    where: { id: result.id },
    select: { slug: true, publishedAt: true, era: true, eraBasis: true, parsedDatePrecision: true, parsedTitle: true, parsedAuthors: true, source: { select: { name: true } }, curation: { select: { title: true, authors: true, datePrecision: true } } },
  });
  const precision = row.curation?.datePrecision ?? row.parsedDatePrecision;
  const era = row.era === 'UNKNOWN' ? null : eraParam(row.era) === 'csto' ? 'csto-era' : 'post-2022';
  return {
    file,
    status: result.status,
    error: null,
    slug: row.slug,
    url: `/articles/${row.slug}`,
    title: row.curation?.title ?? row.parsedTitle ?? preview.suggestedTitle,
    titleSuggested: !row.curation?.title && !row.parsedTitle && preview.suggestedTitle !== null,
    authors: row.curation?.authors.length ? row.curation.authors : row.parsedAuthors,
    publication: row.source?.name ?? null,
    published: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null,
    datePrecision: precision === 'YEAR' ? 'year' : precision === 'MONTH' ? 'month' : precision ? 'day' : null,
    era,
    eraBasis: era === null ? null : row.eraBasis === 'YEARS_IN_TEXT' ? 'estimated' : 'date',
    candidates: preview.candidates,
    proposedFacts: [],
  };
}
