import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleCard } from '@/components/articles/article-card';
import { ArticleFilters } from '@/components/articles/article-filters';
import { Pagination } from '@/components/ui/pagination';
import { ERA_LABELS } from '@/lib/articles/era';
import { articleListHref, eraFromParam, parseArticleListParams } from '@/lib/articles/list-params';
import { listArticles, listSources } from '@/lib/articles/queries';

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Source articles on security cooperation in Central Asia and the Caspian, newest first.',
  alternates: { canonical: '/articles' },
};

export default async function ArticlesPage({ searchParams }: PageProps<'/articles'>) {
  const params = parseArticleListParams(await searchParams);
  const era = eraFromParam(params.era);
  const [result, sources] = await Promise.all([
    listArticles({ page: params.page, ...(era ? { era } : {}), ...(params.source ? { sourceSlug: params.source } : {}) }),
    listSources(),
  ]);
  const sourceName = sources.find((s) => s.slug === params.source)?.name;

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Articles</h1>
      <p className="mt-2 text-muted">
        {result.total} {result.total === 1 ? 'article' : 'articles'}
        {era ? ` · ${ERA_LABELS[era]}` : ''}
        {sourceName ? ` · ${sourceName}` : ''}, newest first.
      </p>
      <div className="mt-6">
        <ArticleFilters params={params} sources={sources} />
      </div>
      <section aria-labelledby="article-list" className="mt-4">
        {/* Named by a heading so the cards' h3 follow an h2 (heading levels in order). */}
        <h2 id="article-list" className="sr-only">
          Article list
        </h2>
        {result.items.length > 0 ? (
          result.items.map((a) => <ArticleCard key={a.slug} article={a} />)
        ) : (
          <p className="py-8 text-muted">
            No articles match.{' '}
            {result.total > 0 ? (
              <Link href={articleListHref({ ...params, page: result.pageCount })}>Go to the last page</Link>
            ) : (
              <Link href="/articles">Show all articles</Link>
            )}
          </p>
        )}
      </section>
      <Pagination page={params.page} pageCount={result.pageCount} hrefFor={(page) => articleListHref({ ...params, page })} />
    </div>
  );
}
