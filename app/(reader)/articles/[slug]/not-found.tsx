import Link from 'next/link';

export default function ArticleNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404 · Article not found</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">We have no article at this address</h1>
      <p className="mt-4">
        The link may be mistyped or cut short. Article addresses look like{' '}
        <code className="rounded bg-rule/50 px-1">/articles/kazakhstan-offers-to-hold-joint-military-exercises-with-turkey</code>.
      </p>
      <p className="mt-4">
        <Link href="/articles">Browse all articles</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
