import Link from 'next/link';
import type { RelatedArticle } from '@/lib/articles/related';
import { ArticleByline } from './article-byline';
import { ArticleTitle } from './article-title';

/** Other articles on the same exercises, places and people, with what they share. */
export function RelatedArticles({ related }: { related: RelatedArticle[] }) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-10 border-t border-rule pt-6">
      <h2 id="related-heading" className="font-sans text-lg font-semibold">
        Related articles
      </h2>
      <ul className="mt-2">
        {related.map(({ article, shared }) => (
          <li key={article.slug} className="border-b border-rule py-3 last:border-b-0">
            <Link href={`/articles/${article.slug}`} className="font-serif font-semibold">
              <ArticleTitle article={article} />
            </Link>
            <div className="mt-1">
              <ArticleByline article={article} />
            </div>
            <p className="mt-1 text-sm text-muted">Also about {shared}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
