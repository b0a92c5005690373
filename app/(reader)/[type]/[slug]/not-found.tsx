import Link from 'next/link';

export default function EntityNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404 · Not in the knowledge base</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">We have no entry at this address</h1>
      <p className="mt-4">
        The name may be spelled differently here. Any name we know, in any form, leads to its entry: try{' '}
        <Link href="/exercises/unity-2024">/exercises/unity-2024</Link> or <Link href="/countries/turkiye">/countries/turkiye</Link>.
      </p>
      <p className="mt-4">
        <Link href="/entities">Browse all entities</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
