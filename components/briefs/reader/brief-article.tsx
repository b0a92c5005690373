import Link from 'next/link';
import { briefHref, type BriefRevisionView } from '@/lib/briefs/reader-queries';
import { BriefBody } from './brief-body';
import { BriefMeta } from './brief-meta';
import { CorrectionNotes } from './correction-notes';
import { RevisionBanner } from './revision-banner';
import { TableOfContents } from './table-of-contents';

/** "A", "A and B", "A, B and C". */
function listOf(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A brief's revision as readers get it: on the brief's page (the latest) or at a revision's permalink. */
export function BriefArticle({ view, permalink = false }: { view: BriefRevisionView; permalink?: boolean }) {
  const { slug, revision } = view;
  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 flex flex-wrap gap-x-2 text-sm">
        <Link href="/briefs">← All briefs</Link>
        {permalink && !view.withdrawn ? (
          <>
            <span aria-hidden="true">›</span>
            <Link href={briefHref(slug)}>Current revision</Link>
          </>
        ) : null}
      </nav>
      {permalink ? <RevisionBanner view={view} /> : null}
      <header className="mb-6">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">
          Brief{permalink ? ` · revision ${revision.number}` : ''}
        </p>
        <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight sm:text-4xl">{revision.title}</h1>
        <p className="mt-2">
          By <Link href={view.author.href} rel="author">{view.author.name}</Link>
          {view.editors.length > 0 ? <span className="text-muted">, edited by {listOf(view.editors)}</span> : null}
        </p>
      </header>
      <BriefMeta view={view} />
      <CorrectionNotes slug={slug} revisions={view.revisions} upTo={revision.number} />
      <TableOfContents html={view.html} />
      <section aria-label="Brief text" className="mt-8">
        <BriefBody html={view.html} figures={view.figures} />
      </section>
    </article>
  );
}
