import type { Metadata } from 'next';
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
  return <ArticleView slug={slug} citeParam={p} />;
}
