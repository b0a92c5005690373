import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '@/components/search/search-form';
import { SearchHitCard } from '@/components/search/search-hit-card';
import { DateIntentNote, DidYouMean, EntityFilterChip, ExpandedNote, RelaxedNote, TruncatedNote } from '@/components/search/search-notices';
import { TypeTabs } from '@/components/search/type-tabs';
import { Pagination } from '@/components/ui/pagination';
import { eraParam } from '@/lib/articles/era';
import { countLabel } from '@/lib/search/count-label';
import { parseSearchParams, searchHref } from '@/lib/search/params';
import { searchSite } from '@/lib/search/queries';
import type { SearchParams, SearchResponse } from '@/lib/search/types';

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams);
  return {
    title: q ? `Search: ${q}` : 'Search',
    description: 'Search articles, briefs, entities and summaries on security cooperation in Central Asia and the Caspian.',
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const params = parseSearchParams(await searchParams);
  const response = await searchSite(params);
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Search</h1>
      <div className="mt-4">
        <SearchForm
          values={{
            q: params.q,
            type: params.type ?? '',
            era: params.era ? eraParam(params.era) : '',
            entity: params.entity ?? '',
            from: params.from ?? '',
            to: params.to ?? '',
          }}
        />
      </div>
      {params.truncated ? <TruncatedNote /> : null}
      {response.entity ? <EntityFilterChip params={params} entity={response.entity} /> : null}
      <Outcome params={params} response={response} />
    </div>
  );
}

function Outcome({ params, response }: { params: SearchParams; response: SearchResponse }) {
  const { outcome } = response;
  if (outcome.status === 'idle') {
    return (
      <p className="mt-8 text-muted">
        Search articles, briefs, entities and summaries. Names work in any form or language (Birlestik-2024,
        Бірлестік, Unity-2024), alone or among other words (Türkiye drills); use &quot;quotes&quot; for a phrase, OR
        for either word, and a minus to leave a word or name out.
      </p>
    );
  }
  if (outcome.status === 'empty-query') {
    return (
      <section aria-label="Search results" className="mt-8">
        <h2 className="font-serif text-xl font-semibold">Nothing to search for</h2>
        <p className="mt-2 text-muted">
          Your search has no words we can look up: only very common words (such as &quot;the&quot; or &quot;and&quot;) or
          punctuation. Try a name, a place or a topic.
        </p>
        <DidYouMean params={params} suggestions={outcome.suggestions} />
      </section>
    );
  }
  return (
    <section aria-labelledby="search-results">
      {/* Named by a heading so the hits' h3 follow an h2 (heading levels in order). */}
      <h2 id="search-results" className="sr-only">
        Search results
      </h2>
      <DidYouMean params={params} suggestions={outcome.suggestions} />
      <ExpandedNote expandedWith={outcome.expandedWith} correctedTo={outcome.correctedTo} />
      <RelaxedNote relaxed={outcome.relaxed} />
      <DateIntentNote dateIntent={outcome.dateIntent} />
      <TypeTabs params={params} counts={outcome.counts} capped={outcome.capped} />
      <p className="mt-4 text-sm text-muted" aria-live="polite">
        {countLabel(outcome.total, params.type ? outcome.capped.includes(params.type) : outcome.capped.length > 0)}{' '}
        {outcome.total === 1 ? 'result' : 'results'}, best matches first.
      </p>
      {outcome.hits.length > 0 ? (
        <div>
          {outcome.hits.map((hit) => (
            <SearchHitCard key={`${hit.kind}:${hit.href}`} hit={hit} />
          ))}
        </div>
      ) : (
        <NoHits params={params} total={outcome.total} pageCount={outcome.pageCount} />
      )}
      <Pagination
        page={params.page}
        pageCount={outcome.pageCount}
        hrefFor={(page) => searchHref({ ...params, page })}
        labels={{ previous: '← Previous', next: 'Next →' }}
      />
    </section>
  );
}

function NoHits({ params, total, pageCount }: { params: SearchParams; total: number; pageCount: number }) {
  if (total > 0) {
    return (
      <p className="py-8 text-muted">
        There is no page {params.page}. <Link href={searchHref({ ...params, page: pageCount })}>Go to the last page</Link>
      </p>
    );
  }
  const filtered = Boolean(params.type || params.era || params.entity || params.from || params.to);
  return (
    <div className="py-8 text-muted">
      <p>No results for &quot;{params.q}&quot;.</p>
      <p className="mt-2">
        Check the spelling, use fewer words, or search a name in another form.{' '}
        {filtered ? <Link href={searchHref({ q: params.q, page: 1 })}>Search without filters</Link> : null}
      </p>
    </div>
  );
}
