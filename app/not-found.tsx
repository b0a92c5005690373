import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404 · Page not found</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">There is nothing at this address</h1>
      <p className="mt-4">The link may be mistyped, cut short, or point to something that was never published.</p>
      <ul className="mt-4 list-disc space-y-1 pl-5">
        <li>
          <Link href="/articles">Browse the source articles</Link>, newest first, by era or publication.
        </li>
        <li>
          Go to the <Link href="/">home page</Link>.
        </li>
      </ul>
    </div>
  );
}
