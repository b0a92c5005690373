import type { ReactNode } from 'react';
import type { ArticleDetail } from '@/lib/articles/dto';
import { ERA_LABELS } from '@/lib/articles/era';
import { formatPublishedDate, machineDate } from '@/lib/formats/text/published-date';
import type { PublicationProvenance } from '@/lib/generated/prisma/enums';
import { EraBadge } from '@/components/ui/era-badge';
import { Unknown } from '@/components/ui/unknown';

const PROVENANCE_NOTE: Record<PublicationProvenance, string> = {
  LABEL: 'named in a label of the text',
  HEADER: 'named in the page header',
  FOOTER: 'named at the end of the text',
  TEXT: 'named in the body of the text',
};

function Row({ term, children, note }: { term: string; children: ReactNode; note?: string | null }) {
  return (
    <div className="grid grid-cols-[7.5rem_1fr] gap-x-3 py-1.5 sm:grid-cols-[9rem_1fr]">
      <dt className="text-muted">{term}</dt>
      <dd>
        {children}
        {note ? <span className="ml-2 text-xs text-muted">({note})</span> : null}
      </dd>
    </div>
  );
}

const byEditor = (by: 'source' | 'editor' | undefined) => (by === 'editor' ? 'supplied by an editor' : null);

export function ArticleMeta({ article }: { article: ArticleDetail }) {
  const { source, published, authors, title } = article;
  const sourceNote =
    source?.by === 'editor' ? 'supplied by an editor' : article.publicationProvenance ? PROVENANCE_NOTE[article.publicationProvenance] : null;
  return (
    <dl className="divide-y divide-rule border-y border-rule text-sm">
      {title?.by === 'editor' ? (
        <Row term="Title" note="supplied by an editor">
          {title.value}
        </Row>
      ) : null}
      <Row term="Publication" note={sourceNote}>
        {source ? (
          <>
            {source.value.name}
            {source.value.abbreviation ? ` (${source.value.abbreviation})` : ''}
            {article.issue ? `, ${article.issue}` : ''}
          </>
        ) : (
          <Unknown what="publication" />
        )}
      </Row>
      {article.address ? (
        <Row term="Original" note="the publisher’s page it was read from">
          <a href={article.address} rel="external noopener noreferrer" className="break-all">
            {displayAddress(article.address)}
          </a>
        </Row>
      ) : null}
      <Row term={authors && authors.value.length > 1 ? 'Authors' : 'Author'} note={byEditor(authors?.by)}>
        {authors ? authors.value.join(', ') : <Unknown what="author" />}
      </Row>
      <Row term="Published" note={published?.by === 'editor' ? 'supplied by an editor' : published ? `as written: “${article.dateText}”` : null}>
        {published ? (
          <time dateTime={machineDate(published.value)}>{formatPublishedDate(published.value)}</time>
        ) : (
          <Unknown what="date" />
        )}
      </Row>
      <Row term="Era" note={eraNote(article)}>
        <EraBadge era={article.era} basis={article.eraBasis} />
        <span className="sr-only">{ERA_LABELS[article.era]}</span>
      </Row>
    </dl>
  );
}

/** "azernews.az/news/…": the host without www, and the path, as a reader would recognise it. */
export function displayAddress(address: string): string {
  const url = new URL(address);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${url.host.replace(/^www\./, '')}${path}`;
}

function eraNote(article: ArticleDetail): string | null {
  switch (article.eraBasis) {
    case 'PUBLISHED_DATE':
      return 'from the publication date';
    case 'EDITOR':
      return 'set by an editor';
    case 'YEARS_IN_TEXT':
      return `estimated: no date is given; the latest year the text mentions is ${Math.max(...article.yearsMentioned)}`;
    case 'NONE':
      return 'no date and no years in the text to go on';
  }
}
