import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionHistory, StatusHistory } from '@/components/briefs/editor/brief-history';
import { currentUser, requirePageUser } from '@/lib/platform/auth/session';
import { getBriefForEditing } from '@/lib/briefs/editor-queries';
import { briefIdSchema } from '@/lib/briefs/service/inputs';
import { canViewBrief } from '@/lib/briefs/service/rules';

async function load(id: string) {
  return briefIdSchema.safeParse(id).success ? getBriefForEditing(id) : null;
}

export async function generateMetadata({ params }: PageProps<'/editor/briefs/[id]/history'>): Promise<Metadata> {
  // Nothing about a brief is loaded for someone who may not open it, not even its title.
  const user = await currentUser();
  if (!user) return { title: 'Sign in', robots: { index: false } };
  const brief = await load((await params).id);
  return { title: brief && canViewBrief(user, brief) ? `History of “${brief.title}”` : 'Brief not found', robots: { index: false } };
}

export default async function BriefHistoryPage({ params }: PageProps<'/editor/briefs/[id]/history'>) {
  const { id } = await params;
  const user = await requirePageUser(`/editor/briefs/${id}/history`);
  const brief = await load(id);
  if (!brief || !canViewBrief(user, brief)) notFound();
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/editor/briefs">Briefs</Link> <span aria-hidden="true">›</span> <Link href={`/editor/briefs/${brief.id}`}>{brief.title}</Link>{' '}
        <span aria-hidden="true">›</span> <span aria-current="page">History</span>
      </nav>
      <h1 className="font-serif text-3xl font-semibold">History of “{brief.title}”</h1>
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="revisions-heading" className="space-y-3">
          <h2 id="revisions-heading" className="font-serif text-xl font-semibold">
            Published revisions
          </h2>
          <p className="text-sm text-muted">
            Restoring a revision puts its text in the draft when the draft holds no unpublished changes, and opens it as a new draft brief
            when it does. Nothing is overwritten, and nothing is published until you publish it.
          </p>
          <RevisionHistory slug={brief.slug} revisions={brief.revisions} restore={{ briefId: brief.id, version: brief.version }} />
        </section>
        <section aria-labelledby="steps-heading" className="space-y-3">
          <h2 id="steps-heading" className="font-serif text-xl font-semibold">
            Workflow steps
          </h2>
          <StatusHistory history={brief.history} />
        </section>
      </div>
    </div>
  );
}
