import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { EntityInfobox } from '@/components/entities/entity-infobox';
import { EntityLink } from '@/components/entities/entity-link';
import { FactList } from '@/components/entities/fact-list';
import { MentionList } from '@/components/entities/mention-list';
import { NameList } from '@/components/entities/name-list';
import { PublishedSummary } from '@/components/summaries/published-summary';
import { JsonLdScript } from '@/components/seo/json-ld';
import { isValidSlug } from '@/lib/articles/slug-param';
import { formatPublishedDate } from '@/lib/formats/text/published-date';
import { entityHref, TYPE_LABELS, TYPE_SEGMENTS, typeForSegment } from '@/lib/entities/paths';
import { lookupEntity } from '@/lib/entities/queries';
import { env } from '@/lib/platform/env';
import { entityFeedAlternates } from '@/lib/formats/seo/alternates';
import { entityJsonLd } from '@/lib/formats/seo/json-ld';
import { Pagination } from '@/components/ui/pagination';
import { z } from 'zod';

/** Where the entity is, and which page of its mentions: `?page=2` reaches here as a path (see proxy.ts). */
export interface EntityAddress {
  segment: string;
  slug: string;
  page?: string;
}

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

async function resolve({ segment, slug, page }: EntityAddress) {
  const type = typeForSegment(segment);
  if (!type || slug.length > 200) return { kind: 'missing' as const };
  // Slugs are lowercase; anything else (an alias typed by hand) is looked up by name.
  return lookupEntity(type, isValidSlug(slug) ? slug : safeDecode(slug).toLowerCase(), pageParam.parse(page ?? 1));
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function entityMetadata(address: EntityAddress): Promise<Metadata> {
  const found = await resolve(address);
  if (found.kind !== 'found') return { title: 'Not found' };
  const { entity } = found;
  return {
    title: entity.name,
    description: entity.description ?? `${TYPE_LABELS[entity.type].one}: ${entity.name}, with sourced facts and every mention in the articles.`,
    alternates: { canonical: entityHref(entity.type, entity.slug), types: entityFeedAlternates(entity.slug, entity.name) },
  };
}

/** The entity page, shared by /[type]/[slug] and /[type]/[slug]/mentions/[page]. */
export async function EntityView({ address }: { address: EntityAddress }) {
  const found = await resolve(address);
  if (found.kind === 'redirect') permanentRedirect(found.href);
  if (found.kind === 'missing') notFound();
  const { entity } = found;

  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/entities">Entities</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={`/${TYPE_SEGMENTS[entity.type]}`}>{TYPE_LABELS[entity.type].many}</Link>
      </nav>
      <header className="mb-6 space-y-2">
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">{entity.name}</h1>
        <NameList names={entity.names} />
        {entity.retired ? (
          <p role="note" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
            Retired from the knowledge base on {entity.retired.at.slice(0, 10)}
            {entity.retired.reason ? `: ${entity.retired.reason}` : ''}. It is kept here so that links to it still work.
          </p>
        ) : null}
        <p className="text-sm text-muted">
          {entity.lastChanged ? (
            <>
              Last changed <time dateTime={entity.lastChanged}>{formatPublishedDate({ iso: entity.lastChanged, precision: 'DAY', tzOffsetMinutes: null })}</time> ·{' '}
            </>
          ) : null}
          <a href={`/feeds/entities/${entity.slug}.atom`}>Atom feed of new mentions</a>
        </p>
      </header>
      {/* The infobox first, so a phone shows it before the long lists; beside them on a desk. */}
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <aside className="space-y-6 lg:col-start-2 lg:row-start-1" aria-label="At a glance">
          <EntityInfobox entity={entity} />
          {entity.related.length > 0 ? (
            <section aria-labelledby="related-heading" className="text-sm">
              <h2 id="related-heading" className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">
                Often named with
              </h2>
              <ul className="space-y-1 leading-6">
                {entity.related.map((r) => (
                  <li key={r.slug}>
                    <EntityLink entity={r} /> <span className="text-xs text-muted">({r.shared} ¶)</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
        <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-1">
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">
              Summary
            </h2>
            {entity.description ? <p className="mb-2">{entity.description}</p> : null}
            {entity.summary ? (
              <PublishedSummary summary={entity.summary} />
            ) : (
              <p className="text-sm italic text-muted">
                No editor’s summary yet. The facts and mentions below are what the sources say.
              </p>
            )}
          </section>
          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">
              Facts and their sources
            </h2>
            <FactList facts={entity.facts} />
          </section>
          <section aria-labelledby="mentions-heading" className="defer-render">
            <h2 id="mentions-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
              Mentions in the articles ({entity.mentionCount})
            </h2>
            <MentionList groups={entity.mentionGroups} />
            <Pagination
              page={entity.mentionPage}
              pageCount={entity.mentionPageCount}
              hrefFor={(page) => `${entityHref(entity.type, entity.slug)}${page > 1 ? `?page=${page}` : ''}#mentions-heading`}
              labels={{ previous: '← Earlier mentions', next: 'More mentions →' }}
            />
          </section>
        </div>
      </div>
      <JsonLdScript data={entityJsonLd(entity, env.SITE_URL)} />
    </article>
  );
}
