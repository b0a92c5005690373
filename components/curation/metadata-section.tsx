import { ERA_LABELS, deriveEra } from '@/lib/articles/era';
import { formatEditorDate } from '@/lib/curation/date-input';
import type { CurationArticle } from '@/lib/curation/types';
import { formatPublishedDate } from '@/lib/formats/text/published-date';
import { MetadataForm, type ParsedHints } from './metadata-form';

const DONE = 'Metadata saved. Readers see the new values, marked “supplied by an editor”.';

/** What is known of an article's metadata and where it comes from; editors can correct it. */
export function MetadataSection({ article, canEdit, saved }: { article: CurationArticle; canEdit: boolean; saved: boolean }) {
  const { parsed, curation, effective } = article;
  const automatic = deriveEra({
    publishedAt: effective.published ? new Date(effective.published.iso) : null,
    yearsMentioned: parsed.yearsMentioned,
  });
  const hints: ParsedHints = {
    title: parsed.title ? `“${parsed.title}”` : null,
    authors: parsed.authors,
    source: parsed.source?.name ?? null,
    date: parsed.published ? `${formatPublishedDate(parsed.published)}${parsed.dateText ? ` (“${parsed.dateText}”)` : ''}` : null,
    era: ERA_LABELS[automatic.era],
  };
  return (
    <div className="space-y-4">
      {saved ? (
        <p role="status" className="rounded border border-post/40 bg-post-soft px-3 py-2 text-sm text-post">
          {DONE}
        </p>
      ) : null}
      <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">Publication</dt>
        <dd>{effective.sourceName ?? <span className="italic text-muted">unknown</span>}</dd>
        <dt className="text-muted">Published</dt>
        <dd>{effective.published ? formatPublishedDate(effective.published) : <span className="italic text-muted">unknown</span>}</dd>
        <dt className="text-muted">Era</dt>
        <dd>
          {ERA_LABELS[effective.era]} <span className="text-xs text-muted">({effective.eraBasis.toLowerCase().replace(/_/g, ' ')})</span>
        </dd>
        {curation?.note ? (
          <>
            <dt className="text-muted">Editor’s note</dt>
            <dd>{curation.note}</dd>
          </>
        ) : null}
      </dl>
      {canEdit ? (
        <MetadataForm
          articleId={article.id}
          savedAt={curation?.updatedAt ?? ''}
          parsed={hints}
          sources={article.sources}
          initial={{
            title: curation?.title ?? '',
            authors: curation?.authors.join('\n') ?? '',
            sourceId: curation?.sourceId ?? '',
            newSource: '',
            ...formatEditorDate(curation?.published ?? null),
            era: curation?.era ?? '',
            note: curation?.note ?? '',
          }}
        />
      ) : (
        <p className="text-sm text-muted">Editors can supply or correct this metadata.</p>
      )}
    </div>
  );
}
