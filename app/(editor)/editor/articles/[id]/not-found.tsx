import Link from 'next/link';

export default function CurationArticleNotFound() {
  return (
    <div className="max-w-2xl space-y-3 py-6">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404 · Article not found</p>
      <h1 className="font-serif text-2xl font-semibold">There is no article with this id</h1>
      <p>
        Choose one from the <Link href="/editor/articles">list of articles</Link>.
      </p>
    </div>
  );
}
