import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { CompareForm } from '@/components/briefs/reader/compare-form';
import { DiffText } from '@/components/briefs/reader/diff-text';
import { DiffView } from '@/components/briefs/reader/diff-view';
import { RevisionSummary } from '@/components/briefs/reader/revision-summary';
import { isValidSlug } from '@/lib/articles/slug-param';
import { briefHref, diffHref, getBriefHistory, getRevisionDiff, historyHref, parseRevisionNumber } from '@/lib/briefs/reader-queries';

type Props = PageProps<'/briefs/[slug]/diff'>;

type Request = { kind: 'diff'; slug: string; from: number; to: number } | { kind: 'default'; slug: string } | null;

/** from and to must both be revision numbers; with neither, the latest change is meant. */
async function parse({ params, searchParams }: Props): Promise<Request> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  if (!isValidSlug(slug)) return null;
  if (query.from === undefined && query.to === undefined) return { kind: 'default', slug };
  const from = parseRevisionNumber(query.from);
  const to = parseRevisionNumber(query.to);
  return from !== null && to !== null ? { kind: 'diff', slug, from, to } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const request = await parse(props);
  const found = request?.kind === 'diff' ? await getRevisionDiff(request.slug, request.from, request.to) : null;
  if (found?.kind !== 'found') return { title: 'Revisions not found', robots: { index: false } };
  const { value } = found;
  return {
    title: `Changes from revision ${value.from.number} to ${value.to.number}: ${value.to.title}`,
    description: `What changed in the brief “${value.to.title}” between revision ${value.from.number} and revision ${value.to.number}: ${value.diff.stats.added} words added, ${value.diff.stats.removed} removed.`,
    alternates: { canonical: diffHref(value.slug, value.from.number, value.to.number) },
    robots: { index: false, follow: true },
  };
}

export default async function BriefDiffPage(props: Props) {
  const request = await parse(props);
  if (!request) notFound();
  if (request.kind === 'default') {
    const history = await getBriefHistory(request.slug);
    if (!history) notFound();
    if (history.kind === 'redirect') permanentRedirect(history.to.replace(/\/history$/, '/diff'));
    const { slug, latest } = history.value;
    redirect(latest.number > 1 ? diffHref(slug, latest.number - 1, latest.number) : historyHref(slug));
  }
  // One order per pair, so each comparison has one address.
  if (request.from > request.to) redirect(diffHref(request.slug, request.to, request.from));
  const found = await getRevisionDiff(request.slug, request.from, request.to);
  if (found?.kind === 'redirect') permanentRedirect(found.to);
  if (!found) notFound();
  const { slug, from, to, diff, revisions, withdrawn } = found.value;

  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 flex flex-wrap gap-x-2 text-sm">
        <Link href="/briefs">← All briefs</Link>
        {withdrawn ? null : (
          <>
            <span aria-hidden="true">›</span>
            <Link href={briefHref(slug)}>The brief</Link>
          </>
        )}
        <span aria-hidden="true">›</span>
        <Link href={historyHref(slug)}>History</Link>
      </nav>
      <header className="mb-6">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">What changed</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight">{to.title}</h1>
        <p className="mt-2 text-muted">
          {from.number === to.number
            ? `Revision ${to.number} compared with itself.`
            : `From revision ${from.number} to revision ${to.number}.`}
          {withdrawn ? ' The editors have since withdrawn this brief.' : ''}
        </p>
      </header>
      <div className="grid gap-3 sm:grid-cols-2">
        <RevisionSummary slug={slug} revision={from} side="From" />
        <RevisionSummary slug={slug} revision={to} side="To" />
      </div>
      {diff.title ? (
        <section aria-labelledby="title-change" className="mt-8">
          <h2 id="title-change" className="mb-2 font-semibold">
            Title
          </h2>
          <p className="font-serif text-lg">
            <DiffText parts={diff.title} />
          </p>
        </section>
      ) : null}
      <section aria-labelledby="text-change" className="mt-8">
        <h2 id="text-change" className="mb-2 font-semibold">
          Text
        </h2>
        <DiffView diff={diff} />
      </section>
      <section aria-labelledby="compare-heading" className="mt-10 rounded border border-rule px-4 py-4" data-print="hide">
        <h2 id="compare-heading" className="mb-3 font-semibold">
          Compare other revisions
        </h2>
        <CompareForm slug={slug} revisions={revisions} from={from.number} to={to.number} />
      </section>
    </div>
  );
}
