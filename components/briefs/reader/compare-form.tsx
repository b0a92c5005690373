import type { RevisionMeta } from '@/lib/briefs/reader-queries';

function RevisionSelect({ name, label, revisions, value }: { name: string; label: string; revisions: RevisionMeta[]; value: number }) {
  const id = `compare-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className="rounded border border-rule bg-paper px-2 py-1.5 text-sm">
        {revisions.map((r) => (
          <option key={r.number} value={r.number}>
            Revision {r.number}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Picks two revisions to compare; a plain GET form, so it works without JavaScript. */
export function CompareForm({ slug, revisions, from, to }: { slug: string; revisions: RevisionMeta[]; from: number; to: number }) {
  return (
    <form method="get" action={`/briefs/${slug}/diff`} className="flex flex-wrap items-end gap-4" aria-label="Compare two revisions">
      <RevisionSelect name="from" label="From" revisions={revisions} value={from} />
      <RevisionSelect name="to" label="To" revisions={revisions} value={to} />
      <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-paper hover:opacity-90">
        Compare
      </button>
    </form>
  );
}
