import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/lib/platform/auth/roles';
import { requirePageUser } from '@/lib/platform/auth/session';

export const metadata: Metadata = { title: 'Editor', robots: { index: false } };

export default async function EditorHome({ searchParams }: PageProps<'/editor'>) {
  const user = await requirePageUser('/editor');
  const { denied } = await searchParams;
  // Each line promises only what this role can do.
  const editor = hasRole(user.role, 'EDITOR');
  return (
    <div className="space-y-4">
      {denied ? (
        <p role="alert" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
          Your role does not give access to {String(denied)}.
        </p>
      ) : null}
      <h1 className="font-serif text-3xl font-semibold">Welcome, {user.name}</h1>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link href="/editor/briefs">Briefs</Link>:{' '}
          {editor ? 'write, review and publish analyses with cited claims.' : 'write analyses with cited claims and submit them to an editor for review.'}
        </li>
        <li>
          <Link href="/editor/summaries">Summaries</Link> of articles and entities: {editor ? 'write, review and approve them.' : 'write drafts for an editor to approve.'}
        </li>
        <li>
          <Link href="/editor/articles">Articles</Link>: {editor ? 'correct metadata, review mentions and candidate entities.' : 'read what the importer found; editors correct it.'}
        </li>
        <li>
          <Link href="/editor/candidates">Candidate names</Link>: names the articles use that the knowledge base lacks, grouped across articles.
        </li>
      </ul>
    </div>
  );
}
