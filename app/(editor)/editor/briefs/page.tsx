import type { Metadata } from 'next';
import Link from 'next/link';
import { BriefList } from '@/components/briefs/editor/brief-list';
import { NewBriefForm } from '@/components/briefs/editor/new-brief-form';
import { hasRole } from '@/lib/platform/auth/roles';
import { requirePageUser } from '@/lib/platform/auth/session';
import { EDITOR_VIEWS, listEditorBriefs, type EditorView } from '@/lib/briefs/editor-queries';

export const metadata: Metadata = { title: 'Briefs', robots: { index: false } };

const VIEWS: Record<EditorView, { label: string; empty: string }> = {
  mine: { label: 'Mine', empty: 'You have not started a brief yet.' },
  review: { label: 'In review', empty: 'No brief is waiting for review.' },
  all: { label: 'All', empty: 'There are no briefs yet.' },
  trash: { label: 'Trash', empty: 'The trash is empty. Drafts moved here are deleted for good after 30 days.' },
};

export default async function EditorBriefsPage({ searchParams }: PageProps<'/editor/briefs'>) {
  const user = await requirePageUser('/editor/briefs');
  const { view: asked } = await searchParams;
  const view = EDITOR_VIEWS.find((v) => v === asked) ?? (hasRole(user.role, 'EDITOR') ? 'all' : 'mine');
  const briefs = await listEditorBriefs(user, view);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Briefs</h1>
      <NewBriefForm />
      <nav aria-label="Which briefs">
        <ul className="flex flex-wrap gap-2 text-sm">
          {EDITOR_VIEWS.map((v) => (
            <li key={v}>
              <Link
                href={`/editor/briefs?view=${v}`}
                aria-current={v === view ? 'page' : undefined}
                className={`inline-block rounded-full border px-3 py-1 ${v === view ? 'border-accent bg-accent-soft font-medium' : 'border-rule'}`}
              >
                {VIEWS[v].label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <BriefList briefs={briefs} empty={VIEWS[view].empty} />
    </div>
  );
}
