import { entityHref } from '@/lib/entities/paths';
import { scanReferences, type CitationTarget, type EntityTarget, type Resolvers, type ScannedReferences } from '@/lib/formats/markdown';
import { citationKey } from '@/lib/formats/markdown/reference-syntax';
import { normalizeForMatch } from '@/lib/tagging';
import type { CitedText } from './citation-snapshot';
import type { Tx } from './service/types';

type ReadClient = Pick<Tx, 'paragraph' | 'entityName' | 'entity'>;

export interface LoadResolversOptions {
  /**
   * A published revision's snapshot: the note quotes it, and flags a paragraph corrected since.
   * Its figures are not checked again: they were checked, and stored, when it was published.
   */
  citedTexts?: readonly Pick<CitedText, 'articleSlug' | 'position' | 'text'>[];
  /** Defaults to the app's client; the service and tests pass their own. */
  db?: ReadClient;
}

interface EntityHit {
  href: string;
  name: string;
  entityId: string;
}

async function defaultDb(): Promise<ReadClient> {
  // Imported lazily: lib/platform/db is server-only, and the service (which passes its own client) also
  // runs in tests and scripts outside Next.
  const { getDb } = await import('@/lib/platform/db');
  return getDb();
}

async function loadParagraphs(db: ReadClient, refs: { articleSlug: string; position: number }[]): Promise<Map<string, CitationTarget>> {
  const bySlug = new Map<string, Set<number>>();
  for (const r of refs) bySlug.set(r.articleSlug, (bySlug.get(r.articleSlug) ?? new Set()).add(r.position));
  if (bySlug.size === 0) return new Map();
  const rows = await db.paragraph.findMany({
    where: { OR: [...bySlug].map(([slug, positions]) => ({ article: { slug }, position: { in: [...positions] } })) },
    select: {
      position: true,
      text: true,
      article: { select: { slug: true, parsedTitle: true, curation: { select: { title: true } } } },
    },
  });
  return new Map(
    rows.map((p) => [
      citationKey(p.article.slug, p.position),
      {
        articleSlug: p.article.slug,
        articleTitle: p.article.curation?.title ?? p.article.parsedTitle ?? 'Untitled article',
        position: p.position,
        text: p.text,
      },
    ]),
  );
}

/** Names resolve through EntityName.normalized; a name shared by two entities resolves to none. */
async function loadEntities(db: ReadClient, names: string[]): Promise<Map<string, EntityHit | null>> {
  const keys = [...new Set(names.map(normalizeForMatch).filter(Boolean))];
  if (keys.length === 0) return new Map();
  const rows = await db.entityName.findMany({
    where: { normalized: { in: keys } },
    select: { normalized: true, entity: { select: { id: true, slug: true, type: true, name: true } } },
  });
  const found = new Map<string, EntityHit | null>();
  for (const { normalized, entity } of rows) {
    const hit = { href: entityHref(entity.type, entity.slug), name: entity.name, entityId: entity.id };
    const prior = found.get(normalized);
    found.set(normalized, prior === undefined || prior?.entityId === entity.id ? hit : null);
  }
  return found;
}

/** The countries and organizations (not retired) among those the figures name, as `kind:slug`. */
async function loadFigureScope(db: ReadClient, { countries, organizations }: ScannedReferences['figureScope']): Promise<Set<string>> {
  if (countries.length + organizations.length === 0) return new Set();
  const rows = await db.entity.findMany({
    where: {
      retiredAt: null,
      OR: [
        { type: 'COUNTRY', slug: { in: countries } },
        { type: 'ORGANIZATION', slug: { in: organizations } },
      ],
    },
    select: { type: true, slug: true },
  });
  return new Set(rows.map((r) => `${r.type === 'COUNTRY' ? 'country' : 'organization'}:${r.slug}`));
}

function citationResolver(current: Map<string, CitationTarget>, cited: LoadResolversOptions['citedTexts']): Resolvers['citation'] {
  const snapshot = new Map((cited ?? []).map((c) => [citationKey(c.articleSlug, c.position), c]));
  return (articleSlug, position) => {
    const key = citationKey(articleSlug, position);
    const now = current.get(key) ?? null;
    const then = snapshot.get(key);
    if (!then) return now;
    return {
      articleSlug,
      articleTitle: now?.articleTitle ?? 'Untitled article',
      position,
      text: then.text,
      changed: now?.text !== then.text,
    };
  };
}

/**
 * Preloads what the Markdown cites, links and draws (three queries, whatever the number of references)
 * and answers the renderer's lookups synchronously.
 */
export async function loadResolvers(markdown: string, options: LoadResolversOptions = {}): Promise<Resolvers> {
  const { citations, entities, figureScope } = scanReferences(markdown);
  const db = options.db ?? (await defaultDb());
  const published = options.citedTexts !== undefined;
  const [paragraphs, names, scope] = await Promise.all([
    loadParagraphs(db, citations),
    loadEntities(db, entities),
    published ? null : loadFigureScope(db, figureScope),
  ]);
  const citation = citationResolver(paragraphs, options.citedTexts);
  const entity = (nameOrAlias: string): EntityTarget | null => {
    const hit = names.get(normalizeForMatch(nameOrAlias));
    return hit ? { href: hit.href, name: hit.name } : null;
  };
  if (!scope) return { citation, entity };
  return { citation, entity, figureScope: (kind, slug) => scope.has(`${kind}:${slug}`) };
}
