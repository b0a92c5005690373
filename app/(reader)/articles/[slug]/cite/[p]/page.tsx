import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArticle } from '@/lib/articles/queries';
import { isValidSlug } from '@/lib/articles/slug-param';
import { citedParagraph } from '@/lib/formats/citations/request';
import { ArticleView, articleMetadata } from '../../article-view';

// `/articles/x?cite=3` is served from here (see proxy.ts); the canonical URL stays the article's.
export function generateStaticParams(): { p: string }[] {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/articles/[slug]/cite/[p]'>): Promise<Metadata> {
  return articleMetadata((await params).slug);
}

export default async function ArticleCitePage({ params }: PageProps<'/articles/[slug]/cite/[p]'>) {
  const { slug, p } = await params;
  // A paragraph number that names no text paragraph (cite/-1, cite/999) is 404, and so not stored.
  const article = isValidSlug(slug) ? await getArticle(slug) : null;
  if (!article || citedParagraph(p, article.paragraphs) === null) notFound();
  return <ArticleView slug={slug} citeParam={p} />;
}
