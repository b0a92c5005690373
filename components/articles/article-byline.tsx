import type { ArticleListItem } from '@/lib/articles/dto';
import { formatPublishedDate, machineDate } from '@/lib/formats/text/published-date';
import { EraBadge } from '@/components/ui/era-badge';

/** One line of attribution for lists: source · date · authors · era. */
export function ArticleByline({ article }: { article: ArticleListItem }) {
  const parts: React.ReactNode[] = [];
  parts.push(<span key="src">{article.source ? article.source.value.name : 'Publication unknown'}</span>);
  parts.push(
    article.published ? (
      <time key="date" dateTime={machineDate(article.published.value)}>
        {formatPublishedDate(article.published.value)}
      </time>
    ) : (
      <span key="date">Date unknown</span>
    ),
  );
  if (article.authors) parts.push(<span key="by">{article.authors.value.join(', ')}</span>);
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
      {parts.map((p, i) => (
        <span key={i} className="inline-flex items-center gap-2">
          {i > 0 ? <span aria-hidden="true">·</span> : null}
          {p}
        </span>
      ))}
      <EraBadge era={article.era} basis={article.eraBasis} />
    </p>
  );
}
