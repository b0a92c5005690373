import Link from 'next/link';

/** An editor address that names nothing: the editor's menu stays, with a way back. */
export default function EditorNotFound() {
  return (
    <div className="space-y-3 py-6">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404 · Not in the editor</p>
      <h1 className="font-serif text-2xl font-semibold">There is nothing at this editor address</h1>
      <p>It may have been mistyped, or what it named was merged, renamed or moved to the trash.</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link href="/editor">Editor overview</Link>: your drafts and what awaits review.
        </li>
        <li>
          <Link href="/editor/briefs">Briefs</Link>, including the trash.
        </li>
      </ul>
    </div>
  );
}
