import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { deriveEra } from '@/lib/articles/era';
import type { GeneratedArticle } from '@/bench/corpus-generator/generate-article';
import { hash32 } from '@/bench/corpus-generator/random';
import { contentHash, slugForArticle } from '@/lib/importer';
import { tagArticle, type Gazetteer } from '@/lib/tagging';

/** Column arrays for one INSERT … SELECT unnest(…) per table. */
export interface Batch {
  sources: { id: string[]; slug: string[]; name: string[] };
  articles: {
    id: string[]; slug: string[]; contentHash: string[]; fileName: string[]; rawText: string[]; title: string[];
    authors: string[]; sourceId: (string | null)[]; evidence: (string | null)[]; publishedAt: (string | null)[];
    precision: (string | null)[]; tzOffset: (number | null)[]; dateText: (string | null)[]; years: string[]; notes: string[];
    era: string[]; eraBasis: string[];
  };
  paragraphs: { id: string[]; articleId: string[]; position: number[]; kind: string[]; text: string[] };
  mentions: { id: string[]; paragraphId: string[]; entityId: string[]; start: number[]; end: number[]; surface: string[]; method: string[] };
}

export function emptyBatch(): Batch {
  return {
    sources: { id: [], slug: [], name: [] },
    articles: {
      id: [], slug: [], contentHash: [], fileName: [], rawText: [], title: [], authors: [], sourceId: [], evidence: [],
      publishedAt: [], precision: [], tzOffset: [], dateText: [], years: [], notes: [], era: [], eraBasis: [],
    },
    paragraphs: { id: [], articleId: [], position: [], kind: [], text: [] },
    mentions: { id: [], paragraphId: [], entityId: [], start: [], end: [], surface: [], method: [] },
  };
}

/** What the database already holds that new rows must fit with. */
export interface Known {
  entityIds: Map<string, string>;
  sourceIds: Map<string, string>;
  sourceSlugs: Set<string>;
  articleSlugs: Set<string>;
}

/**
 * Row ids in Prisma's cuid shape (25 lower-case letters and digits starting with "c"), which the
 * editor's forms validate: "cb", the seed's tag, the article number, then the row's own suffix.
 * Deterministic, so appending with the same seed continues the numbering instead of colliding.
 */
export function idPrefix(seed: string): string {
  return `cb${hash32(seed).toString(36).padStart(7, '0')}`;
}

const articleBase = (prefix: string, index: number) => `${prefix}${index.toString(36).padStart(7, '0')}`;

/** The id of generated article `index`; ids sort as their indexes do. */
export const articleId = (prefix: string, index: number) => `${articleBase(prefix, index)}aaaaaaaaa`;

function firstFree(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

function sourceId(name: string): string {
  return `c${createHash('sha1').update(name).digest('hex').slice(0, 24)}`;
}

/** Adds one generated article, its paragraphs and the mentions the project's tagger finds in them. */
export function addArticle(batch: Batch, article: GeneratedArticle, prefix: string, gazetteer: Gazetteer, known: Known): void {
  const base = articleBase(prefix, article.index);
  const id = articleId(prefix, article.index);
  let source: string | null = null;
  if (article.outlet) {
    source = known.sourceIds.get(article.outlet) ?? null;
    if (!source) {
      source = sourceId(article.outlet);
      known.sourceIds.set(article.outlet, source);
      batch.sources.id.push(source);
      batch.sources.name.push(article.outlet);
      batch.sources.slug.push(firstFree(slugify(article.outlet) || 'source', known.sourceSlugs));
    }
  }
  const published = article.published;
  const { era, eraBasis } = deriveEra({ publishedAt: published?.at ?? null, yearsMentioned: article.yearsMentioned });
  // The importer's own notes for what a header leaves out.
  const notes = [
    article.authors.length === 0 ? 'No author stated' : null,
    article.outlet === null ? 'No publication stated' : null,
    published === null ? 'No publication date stated' : null,
  ].filter((n): n is string => n !== null);
  const a = batch.articles;
  a.id.push(id);
  a.slug.push(firstFree(slugForArticle({ title: article.title, paragraphs: [] }), known.articleSlugs));
  a.contentHash.push(contentHash(article.rawText));
  a.fileName.push(`synthetic-${base}.txt`);
  a.rawText.push(article.rawText);
  a.title.push(article.title);
  a.authors.push(JSON.stringify(article.authors));
  a.sourceId.push(source);
  a.evidence.push(article.outlet ? article.rawText.split('\n').find((l) => l.endsWith(`: ${article.outlet}`)) ?? null : null);
  a.publishedAt.push(published ? published.at.toISOString() : null);
  a.precision.push(published?.precision ?? null);
  a.tzOffset.push(published?.tzOffsetMinutes ?? null);
  a.dateText.push(published?.text ?? null);
  a.years.push(JSON.stringify(article.yearsMentioned));
  a.notes.push(JSON.stringify(notes));
  a.era.push(era);
  a.eraBasis.push(eraBasis);

  const paragraphIds = article.paragraphs.map((_, i) => `${base}p${String(i + 1).padStart(2, '0')}000000`);
  article.paragraphs.forEach((p, i) => {
    batch.paragraphs.id.push(paragraphIds[i] ?? '');
    batch.paragraphs.articleId.push(id);
    batch.paragraphs.position.push(i + 1);
    batch.paragraphs.kind.push(p.kind);
    batch.paragraphs.text.push(p.text);
  });

  const { mentions } = tagArticle(gazetteer, article.paragraphs.map((p, i) => ({ id: i, text: p.text })));
  const m = batch.mentions;
  mentions.forEach((mention, k) => {
    const entityId = known.entityIds.get(mention.entityKey);
    const paragraphId = paragraphIds[mention.paragraphId];
    if (!entityId || !paragraphId) return;
    m.id.push(`${base}m${k.toString(36).padStart(8, '0')}`);
    m.paragraphId.push(paragraphId);
    m.entityId.push(entityId);
    m.start.push(mention.start);
    m.end.push(mention.end);
    m.surface.push(mention.surface);
    m.method.push(mention.method);
  });
}
