import type { Metadata } from 'next';
import { ArticleView, articleMetadata } from './article-view';

// Rendered on first request, then served from the page cache until the article's tag expires.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  return articleMetadata((await params).slug);
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  return <ArticleView slug={(await params).slug} />;
}
