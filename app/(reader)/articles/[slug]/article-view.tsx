import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/articles/article-body';
import { ArticleMeta } from '@/components/articles/article-meta';
import { ArticleTitle, articlePlainTitle } from '@/components/articles/article-title';
import { ImportReport } from '@/components/articles/import-report';
import { RelatedArticles } from '@/components/articles/related-articles';
import { PublishedSummary } from '@/components/summaries/published-summary';
import { CiteThis } from '@/components/cite/cite-this';
import { JsonLdScript } from '@/components/seo/json-ld';
import { getArticle, getRelatedArticles } from '@/lib/articles/queries';
import { isValidSlug } from '@/lib/articles/slug-param';
import { articleWork } from '@/lib/formats/citations';
import { accessedNow, citedParagraph, paragraphPreview } from '@/lib/formats/citations/request';
import { env } from '@/lib/platform/env';
import { readingTime } from '@/lib/formats/text/reading-time';
import { citationMeta } from '@/lib/formats/seo/citation-meta';
import { articleJsonLd } from '@/lib/formats/seo/json-ld';

export async function articleMetadata(slug: string): Promise<Metadata> {
  const article = isValidSlug(slug) ? await getArticle(slug) : null;
  if (!article) return { title: 'Article not found' };
  const source = article.source?.value.name;
  return {
    title: articlePlainTitle(article),
    description: `${source ? `${source}: ` : ''}${article.opening}`,
    alternates: { canonical: `/articles/${article.slug}` },
    other: citationMeta(articleWork(article, env.SITE_URL, accessedNow()), 'article'),
  };
}

/**
 * The article page, shared by /articles/[slug] and /articles/[slug]/cite/[p], where the proxy
 * sends `?cite=p` so that every variant is a page of its own in the cache.
 */
export async function ArticleView({ slug, citeParam }: { slug: string; citeParam?: string }) {
  const article = isValidSlug(slug) ? await getArticle(slug) : null;
  if (!article) notFound();
  const cite = citedParagraph(citeParam, article.paragraphs);
  const related = await getRelatedArticles(article.id);

  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/articles">← All articles</Link>
      </nav>
      <header className="mb-6">
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">
          <ArticleTitle article={article} />
        </h1>
      </header>
      <ArticleMeta article={article} />
      <p className="mt-2 text-sm text-muted">{readingTime(article.paragraphs.map((p) => p.text))}</p>
      {article.summary ? (
        <section aria-labelledby="summary-heading" className="mt-8">
          <h2 id="summary-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">
            Editor’s summary
          </h2>
          <PublishedSummary summary={article.summary} />
        </section>
      ) : null}
      <section aria-label="Original text" className="mt-8">
        <ArticleBody paragraphs={article.paragraphs} />
      </section>
      <ImportReport article={article} />
      <RelatedArticles related={related} />
      <CiteThis
        work={articleWork(article, env.SITE_URL, accessedNow(), cite ?? undefined)}
        paragraphs={{
          action: `/articles/${article.slug}`,
          selected: cite,
          choices: article.paragraphs.filter((p) => p.kind === 'TEXT').map((p) => ({ position: p.position, preview: paragraphPreview(p.text) })),
        }}
      />
      <JsonLdScript data={articleJsonLd(article, articlePlainTitle(article), env.SITE_URL)} />
    </article>
  );
}
