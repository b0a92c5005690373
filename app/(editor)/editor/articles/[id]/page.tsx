import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BulkMentionReview } from '@/components/curation/bulk-mention-review';
import { MetadataSection } from '@/components/curation/metadata-section';
import { TaggingReview } from '@/components/curation/tagging-review';
import { SummaryEditor } from '@/components/summaries/summary-editor';
import { hasRole } from '@/lib/platform/auth/roles';
import { currentUser, requirePageUser } from '@/lib/platform/auth/session';
import { mentionCounts } from '@/lib/curation/mention-counts';
import { getArticleForCuration } from '@/lib/curation/queries';
import { rowId } from '@/lib/summaries/schema';
import { getArticleSummaryForEditor } from '@/lib/summaries/queries';

type Props = PageProps<'/editor/articles/[id]'>;

const heading = 'text-sm font-semibold uppercase tracking-wide text-muted';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!(await currentUser())) return { title: 'Sign in', robots: { index: false } };
  const article = rowId.safeParse(id).success ? await getArticleForCuration(id) : null;
  return { title: article ? `Edit: ${article.displayTitle}` : 'Article not found', robots: { index: false } };
}

export default async function CurateArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/editor/articles/${id}`);
  if (!rowId.safeParse(id).success) notFound();
  const [article, summary, query] = await Promise.all([getArticleForCuration(id), getArticleSummaryForEditor(id), searchParams]);
  if (!article || !summary) notFound();
  const isEditor = hasRole(user.role, 'EDITOR');
  const done = typeof query.done === 'string' ? query.done : undefined;

  return (
    <div className="max-w-4xl space-y-10">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/editor/articles">← Articles</Link>
      </nav>
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-semibold leading-tight">{article.displayTitle}</h1>
        <p className="text-sm">
          <Link href={`/articles/${article.slug}`}>Open the reader page</Link> ·{' '}
          <Link href={`/editor/articles/${article.id}/facts`}>Review proposed facts</Link>
          {article.fileName ? <span className="text-muted"> · imported from {article.fileName}</span> : null}
        </p>
        {article.parsed.importNotes.length > 0 ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-muted">What the importer noted ({article.parsed.importNotes.length})</summary>
            <ul className="mt-1 list-disc pl-5">
              {article.parsed.importNotes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </header>
      <section id="metadata" aria-labelledby="metadata-heading" className="space-y-3">
        <h2 id="metadata-heading" className={heading}>
          Metadata
        </h2>
        <MetadataSection article={article} canEdit={isEditor} saved={done === 'metadata'} />
      </section>
      <section id="summary" aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className={heading}>
          Summary
        </h2>
        <SummaryEditor data={summary} canReview={isEditor} done={done === 'metadata' ? undefined : done} />
      </section>
      <section id="tagging" aria-labelledby="tagging-heading" className="space-y-3">
        <h2 id="tagging-heading" className={heading}>
          Mentions and candidate entities ({article.counts.proposedMentions} mentions and {article.counts.proposedCandidates} candidates to review)
        </h2>
        {!isEditor ? <p className="text-sm text-muted">Editors accept or reject mentions and candidates.</p> : null}
        {isEditor ? <BulkMentionReview articleId={article.id} entities={mentionCounts(article.paragraphs)} proposed={article.counts.proposedMentions} /> : null}
        <TaggingReview articleSlug={article.slug} paragraphs={article.paragraphs} canDecide={isEditor} />
      </section>
    </div>
  );
}
