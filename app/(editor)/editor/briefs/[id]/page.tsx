import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusHistory } from '@/components/briefs/editor/brief-history';
import { BriefEditor } from '@/components/briefs/editor/brief-editor';
import { formatUtc } from '@/components/briefs/editor/format-time';
import { hasRole } from '@/lib/auth/roles';
import { currentUser, requirePageUser } from '@/lib/auth/session';
import { getBriefForEditing } from '@/lib/briefs/editor-queries';
import { briefIdSchema } from '@/lib/briefs/service-inputs';
import { canEditDraft, canViewBrief, transitionOptions } from '@/lib/briefs/service-rules';
import { formatInZone } from '@/lib/briefs/service-schedule';

const RECENT_STEPS = 5;

async function load(id: string) {
  return briefIdSchema.safeParse(id).success ? getBriefForEditing(id) : null;
}

export async function generateMetadata({ params }: PageProps<'/editor/briefs/[id]'>): Promise<Metadata> {
  // Nothing about a brief is loaded for someone who may not open it, not even its title.
  const user = await currentUser();
  if (!user) return { title: 'Sign in', robots: { index: false } };
  const brief = await load((await params).id);
  return { title: brief && canViewBrief(user, brief) ? `Editing “${brief.title}”` : 'Brief not found', robots: { index: false } };
}

export default async function EditBriefPage({ params }: PageProps<'/editor/briefs/[id]'>) {
  const { id } = await params;
  const user = await requirePageUser(`/editor/briefs/${id}`);
  const brief = await load(id);
  if (!brief || !canViewBrief(user, brief)) notFound();
  const access = { authorId: brief.authorId, status: brief.status };
  const scheduledText =
    brief.status === 'SCHEDULED' && brief.scheduledFor ? `${formatInZone(brief.scheduledFor, brief.scheduledTz ?? 'UTC')}, ${formatUtc(brief.scheduledFor)}` : null;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/editor/briefs">Briefs</Link> <span aria-hidden="true">›</span> <span aria-current="page">Edit</span>
      </nav>
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-semibold">{brief.title}</h1>
        <p className="text-sm text-muted">
          By {brief.authorName} · {brief.revisions.length} published revision{brief.revisions.length === 1 ? '' : 's'} ·{' '}
          <Link href={`/editor/briefs/${brief.id}/history`}>History</Link>
          {brief.status === 'PUBLISHED' ? (
            <>
              {' '}
              · <Link href={`/briefs/${brief.slug}`}>Reader page</Link>
            </>
          ) : null}
        </p>
      </header>
      <BriefEditor
        key={brief.id}
        brief={{
          id: brief.id,
          slug: brief.slug,
          title: brief.title,
          body: brief.body,
          version: brief.version,
          status: brief.status,
          updatedAt: brief.updatedAt.toISOString(),
          scheduledText,
          formerSlugs: brief.formerSlugs,
          hasRevisions: brief.revisions.length > 0,
        }}
        canEdit={canEditDraft(user, access)}
        isEditor={hasRole(user.role, 'EDITOR')}
        options={transitionOptions(user, access)}
      />
      <section aria-labelledby="recent-steps" className="space-y-3">
        <h2 id="recent-steps" className="font-serif text-xl font-semibold">
          Recent steps
        </h2>
        <StatusHistory history={brief.history.slice(0, RECENT_STEPS)} />
        {brief.history.length > RECENT_STEPS ? <Link href={`/editor/briefs/${brief.id}/history`}>All {brief.history.length} steps</Link> : null}
      </section>
    </div>
  );
}
