import type { ArticleListItem } from '@/lib/articles/dto';

/** The title, or, for a source without one, its opening words marked as such. */
export function ArticleTitle({ article }: { article: Pick<ArticleListItem, 'title' | 'opening'> }) {
  if (article.title) return <>{article.title.value}</>;
  return (
    <>
      <span className="italic">“{article.opening}”</span>
      <span className="ml-2 align-middle text-xs font-normal not-italic text-muted">(no title in source)</span>
    </>
  );
}

export function articlePlainTitle(article: Pick<ArticleListItem, 'title' | 'opening'>): string {
  return article.title ? article.title.value : `Untitled: “${article.opening}”`;
}
