import Link from 'next/link';

export default function RevisionNotFound() {
  // Relative links: this file is not told the brief's slug, but the address it answers is
  // /briefs/<slug>/v/<n>, so "../history" is that brief's history.
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404 · Revision not found</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">There is no such revision</h1>
      <p className="mt-4">
        Revisions are numbered from 1 in the order they were published, and an address names one by its number, as in{' '}
        <code className="rounded bg-rule/50 px-1">/briefs/csto-era-and-after/v/1</code>. This brief has no published revision
        with that number, or there is no brief at this address.
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-5">
        <li>
          <a href="../history">See every revision of this brief</a>, if it exists.
        </li>
        <li>
          <Link href="/briefs">Browse all briefs</Link>.
        </li>
      </ul>
    </div>
  );
}
