import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/articles/article-body';
import { ArticleMeta } from '@/components/articles/article-meta';
import { ArticleTitle, articlePlainTitle } from '@/components/articles/article-title';
import { ImportReport } from '@/components/articles/import-report';
import { PublishedSummary } from '@/components/summaries/published-summary';
import { getArticle } from '@/lib/articles/queries';
import { isValidSlug } from '@/lib/articles/slug-param';

export async function generateMetadata({ params }: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const article = isValidSlug(slug) ? await getArticle(slug) : null;
  if (!article) return { title: 'Article not found' };
  const source = article.source?.value.name;
  return {
    title: articlePlainTitle(article),
    description: `${source ? `${source}: ` : ''}${article.opening}`,
    alternates: { canonical: `/articles/${article.slug}` },
  };
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  const { slug } = await params;
  const article = isValidSlug(slug) ? await getArticle(slug) : null;
  if (!article) notFound();

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
    </article>
  );
}
