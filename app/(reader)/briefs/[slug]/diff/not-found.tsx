import Link from 'next/link';

export default function DiffNotFound() {
  // Relative link: the address this answers is /briefs/<slug>/diff, so "history" is that brief's history.
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404 · Nothing to compare</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">These revisions cannot be compared</h1>
      <p className="mt-4">
        A comparison names two published revisions of a brief by their numbers, as in{' '}
        <code className="rounded bg-rule/50 px-1">/briefs/csto-era-and-after/diff?from=1&amp;to=2</code>. Either a number is
        missing or is not a whole number from 1 up, the brief has no published revision with that number, or there is no brief
        at this address.
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-5">
        <li>
          <a href="history">See every revision of this brief</a> and pick two to compare.
        </li>
        <li>
          <Link href="/briefs">Browse all briefs</Link>.
        </li>
      </ul>
    </div>
  );
}
