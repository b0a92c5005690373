import Link from 'next/link';

export default function EditorBriefNotFound() {
  return (
    <div className="space-y-3 py-6">
      <h1 className="font-serif text-2xl font-semibold">There is no brief with this id</h1>
      <p>The link may be cut short, or the brief may have been deleted.</p>
      <p>
        <Link href="/editor/briefs">Back to the briefs</Link>
      </p>
    </div>
  );
}
