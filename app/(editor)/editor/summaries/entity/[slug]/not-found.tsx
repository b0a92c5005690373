import Link from 'next/link';

export default function EntitySummaryNotFound() {
  return (
    <div className="max-w-2xl space-y-3 py-6">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404 · Entity not found</p>
      <h1 className="font-serif text-2xl font-semibold">There is no entity with this address</h1>
      <p>
        Its address may have changed. Find it in the <Link href="/editor/summaries">summaries queue</Link> or among the{' '}
        <Link href="/entities">entities</Link>.
      </p>
    </div>
  );
}
