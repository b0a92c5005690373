import Link from 'next/link';
import type { ArticleListItem } from '@/lib/articles/dto';
import { ArticleByline } from './article-byline';
import { ArticleTitle } from './article-title';

export function ArticleCard({ article }: { article: ArticleListItem }) {
  return (
    <article className="border-b border-rule py-5 last:border-b-0">
      <h3 className="font-serif text-lg font-semibold leading-snug">
        <Link href={`/articles/${article.slug}`} className="text-ink no-underline hover:text-accent hover:underline">
          <ArticleTitle article={article} />
        </Link>
      </h3>
      <div className="mt-1">
        <ArticleByline article={article} />
      </div>
    </article>
  );
}
