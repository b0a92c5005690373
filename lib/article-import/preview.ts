import { deriveEra } from '@/lib/articles/era';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { slugForArticle, type ParsedDate } from '@/lib/importer';
import { documentArticle, type DocumentArticle } from '@/lib/importer/document-article';
import type { SourceDocument } from '@/lib/importer/sources/types';
import { proposeFacts, type KnowledgeBase, type ProposedFact as FoundFact, type ProposeSpan } from '@/lib/facts/propose';
import { loadKnowledgeBase } from '@/lib/facts/proposals/store';
import { tagArticle, type Gazetteer, type TagResult } from '@/lib/tagging';
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

/** A proposal in the import report's words: names, not ids, and the paragraph's anchor. */
export function reportFact(f: FoundFact): ProposedFact {
  return { kind: f.kind, subject: f.subject.name, object: f.object?.name ?? null, role: f.role, from: f.from, to: f.to, paragraph: `p-${f.paragraph}`, quote: f.quote };
}

/** What the text states about exercises, from the same proposer as imports (nothing is stored). */
function proposedFactsFor(paragraphs: { text: string }[], published: ParsedDate | null, tags: TagResult, kb: KnowledgeBase): ProposedFact[] {
  const typeOf = new Map(kb.entities.map((e) => [e.key, e.type]));
  const spans: ProposeSpan[] = [
    ...tags.mentions.flatMap((m) => {
      const type = typeOf.get(m.entityKey);
      return type ? [{ paragraph: m.paragraphId, start: m.start, end: m.end, surface: m.surface, key: m.entityKey, type }] : [];
    }),
    ...tags.candidates.map((c) => ({ paragraph: c.paragraphId, start: c.start, end: c.end, surface: c.surface, key: null, type: c.suggestedType })),
  ];
  const input = {
    paragraphs: paragraphs.map((p, i) => ({ position: i + 1, text: p.text })),
    published: published ? { iso: published.iso, precision: published.precision } : null,
    spans,
  };
  return proposeFacts(input, kb).map(reportFact);
}

/**
 * Everything an editor checks before an import, computed without writing anything. The import
 * itself passes `facts: false`: its proposals are the job queue's work (lib/facts/proposals/runs.ts).
 */
export async function previewDocument(
  db: PrismaClient,
  gazetteer: Gazetteer,
  file: string,
  doc: SourceDocument & { encoding: string | null },
  { facts = true }: { facts?: boolean } = {},
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
    proposedFacts: facts ? proposedFactsFor(paragraphs, parsed.published, tags, await loadKnowledgeBase(db)) : [],
  };
  return { preview, article };
}
