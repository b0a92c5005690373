import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusHistory } from '@/components/briefs/editor/brief-history';
import { BriefEditor } from '@/components/briefs/editor/brief-editor';
import { formatUtc } from '@/components/briefs/editor/format-time';
import { hasRole } from '@/lib/platform/auth/roles';
import { currentUser, requirePageUser } from '@/lib/platform/auth/session';
import { getBriefForEditing } from '@/lib/briefs/editor-queries';
import { briefIdSchema } from '@/lib/briefs/service/inputs';
import { canEditDraft, canViewBrief, transitionOptions } from '@/lib/briefs/service/rules';
import { formatInZone } from '@/lib/briefs/service/schedule';
import { purgeDate } from '@/lib/briefs/service/limits';
import { TrashForm } from '@/components/briefs/editor/trash-form';
import { PresenceGate } from '@/components/briefs/editor/presence-gate';
import { TimerNotice } from '@/components/briefs/editor/timer-notice';
import { mailConfigured } from '@/lib/platform/mail/configured';

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

function restoredNotice(query: Record<string, string | string[] | undefined>): string | null {
  const number = typeof query.restored === 'string' && /^[1-9][0-9]{0,5}$/.test(query.restored) ? query.restored : null;
  if (!number) return null;
  return query.into === 'new-brief'
    ? `Revision ${number} opened as this new draft; the brief it came from is unchanged.`
    : `Revision ${number} is now the draft. Publish it to make it the current version.`;
}

export default async function EditBriefPage({ params, searchParams }: PageProps<'/editor/briefs/[id]'>) {
  const { id } = await params;
  const notice = restoredNotice(await searchParams);
  const user = await requirePageUser(`/editor/briefs/${id}`);
  const brief = await load(id);
  if (!brief || !canViewBrief(user, brief)) notFound();
  const access = { authorId: brief.authorId, status: brief.status };
  const scheduledText =
    brief.status === 'SCHEDULED' && brief.scheduledFor ? `${formatInZone(brief.scheduledFor, brief.scheduledTz ?? 'UTC')}, ${formatUtc(brief.scheduledFor)}` : null;
  const canEdit = !brief.trashedAt && canEditDraft(user, access);
  const editor = (
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
        canEdit={canEdit}
        isEditor={hasRole(user.role, 'EDITOR')}
        options={brief.trashedAt ? [] : transitionOptions(user, access)}
      />
  );
  const mayTrash = hasRole(user.role, 'EDITOR') || user.id === brief.authorId;
  const trashable = mayTrash && !brief.trashedAt && brief.revisions.length === 0 && brief.status !== 'SCHEDULED';
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
      {brief.trashedAt ? (
        <section aria-label="In the trash" className="space-y-2 rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm">
          <p>
            This draft is in the trash since {formatUtc(brief.trashedAt)} and will be deleted for good on {formatUtc(purgeDate(brief.trashedAt))} unless it
            is restored. It cannot be edited there.
          </p>
          {mayTrash ? <TrashForm briefId={brief.id} restore /> : null}
        </section>
      ) : null}
      {brief.timerStep ? <TimerNotice step={brief.timerStep} authorName={brief.authorName} mailed={mailConfigured()} /> : null}
      {notice ? (
        <p role="status" className="rounded border border-post/40 bg-post-soft px-3 py-2 text-sm text-post">
          {notice}
        </p>
      ) : null}
      {canEdit ? <PresenceGate briefId={brief.id}>{editor}</PresenceGate> : editor}
      <section aria-labelledby="recent-steps" className="space-y-3">
        <h2 id="recent-steps" className="font-serif text-xl font-semibold">
          Recent steps
        </h2>
        <StatusHistory history={brief.history.slice(0, RECENT_STEPS)} />
        {brief.history.length > RECENT_STEPS ? <Link href={`/editor/briefs/${brief.id}/history`}>All {brief.history.length} steps</Link> : null}
      </section>
      {trashable ? (
        <section aria-labelledby="discard-heading" className="space-y-2">
          <h2 id="discard-heading" className="font-serif text-xl font-semibold">
            Discard this draft
          </h2>
          <p className="text-sm text-muted">It stays in the trash for 30 days, where it can be restored, then it is deleted for good.</p>
          <TrashForm briefId={brief.id} restore={false} />
        </section>
      ) : null}
    </div>
  );
}
