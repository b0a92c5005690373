import Link from 'next/link';

export default function EntityEditorNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">No such entity</h1>
      <p>It may have been merged into another. Find it in the knowledge base by any of its names.</p>
      <Link href="/editor/entities">Knowledge base</Link>
    </div>
  );
}
