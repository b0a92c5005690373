import Link from 'next/link';

export default function BriefNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404 · Brief not found</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">We have no published brief at this address</h1>
      <p className="mt-4">
        The link may be mistyped or cut short, the brief may not be published yet, or the editors may have withdrawn it. Once a
        brief has been published, each of its revisions stays readable at an address like{' '}
        <code className="rounded bg-rule/50 px-1">/briefs/csto-era-and-after/v/1</code>.
      </p>
      <p className="mt-4">
        <Link href="/briefs">Browse all briefs</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
