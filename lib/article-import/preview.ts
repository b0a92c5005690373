import { deriveEra } from '@/lib/articles/era';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { slugForArticle, type ParsedDate } from '@/lib/importer';
import { documentArticle, type DocumentArticle } from '@/lib/importer/document-article';
import type { SourceDocument } from '@/lib/importer/sources/types';
import { tagArticle, type Gazetteer } from '@/lib/tagging';
import { findDuplicates } from './find-duplicates';
import type { ImportPreview, PreviewDate, ProposedFact } from './types';

export function editorDateText(d: ParsedDate): string {
  const iso = d.iso;
  if (d.precision === 'year') return iso.slice(0, 4);
  if (d.precision === 'month') return iso.slice(0, 7);
  if (d.precision === 'day') return iso.slice(0, 10);
  // Shown in the offset the text stated, as the editor's date field takes it.
  const local = new Date(new Date(iso).getTime() + (d.tzOffsetMinutes ?? 0) * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

const previewDate = (d: ParsedDate | null): PreviewDate | null =>
  d ? { value: editorDateText(d), precision: d.precision === 'year' ? 'YEAR' : d.precision === 'month' ? 'MONTH' : d.precision === 'day' ? 'DAY' : 'MINUTE', text: d.text } : null;

/**
 * Proposed facts for the preview. MERGE POINT (issue 11): once `lib/facts/propose/` is in the
 * branch, return `proposeFacts({ paragraphs, published }, knowledgeBase)` here; the preview, the
 * report and the page already carry its shape.
 */
function proposedFactsFor(): ProposedFact[] {
  return [];
}

/** Everything an editor checks before an import, computed without writing anything. */
export async function previewDocument(
  db: PrismaClient,
  gazetteer: Gazetteer,
  file: string,
  doc: SourceDocument & { encoding: string | null },
): Promise<{ preview: ImportPreview; article: DocumentArticle }> {
  const article = documentArticle(doc);
  const { parsed, fields } = article;
  const paragraphs = parsed.paragraphs.map((p, i) => ({ anchor: `p-${i + 1}`, kind: p.kind, text: p.text }));
  const { era, eraBasis } = deriveEra({ publishedAt: parsed.published ? new Date(parsed.published.iso) : null, yearsMentioned: parsed.yearsMentioned });
  const tags = tagArticle(gazetteer, paragraphs.map((p, i) => ({ id: i + 1, text: p.text })));
  const candidates = new Map<string, ImportPreview['candidates'][number]>();
  for (const c of tags.candidates) if (!candidates.has(c.surface.toLowerCase())) candidates.set(c.surface.toLowerCase(), { name: c.surface, type: c.suggestedType });
  const mentions = new Map<string, { name: string; count: number }>();
  for (const m of tags.mentions) {
    const seen = mentions.get(m.entityKey);
    if (seen) seen.count++;
    else mentions.set(m.entityKey, { name: m.surface, count: 1 });
  }
  const duplicates = await findDuplicates(db, article.text, parsed.title, paragraphs.map((p) => p.text));
  const preview: ImportPreview = {
    file,
    format: doc.format,
    encoding: doc.encoding,
    fields: { ...fields, published: { value: previewDate(fields.published.value), source: fields.published.source } },
    era: { value: era, basis: eraBasis },
    suggestedTitle: article.suggestedTitle,
    slug: slugForArticle({ title: parsed.title ?? article.suggestedTitle, paragraphs: parsed.paragraphs }),
    paragraphs,
    removed: article.removed,
    notes: [...doc.notes, ...parsed.notes],
    duplicates,
    candidates: [...candidates.values()],
    mentions: [...mentions.values()].sort((a, b) => b.count - a.count),
    proposedFacts: proposedFactsFor(),
  };
  return { preview, article };
}
