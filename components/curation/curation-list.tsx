import Link from 'next/link';
import type { CurationListItem } from '@/lib/curation/types';

const GAPS: { key: keyof CurationListItem['missing']; label: string }[] = [
  { key: 'title', label: 'title' },
  { key: 'author', label: 'author' },
  { key: 'publication', label: 'publication' },
  { key: 'date', label: 'date' },
];

/** Articles for editors, what each lacks and how many names wait for a decision. */
export function CurationList({ items }: { items: CurationListItem[] }) {
  if (items.length === 0) return <p className="text-muted">No articles have been imported yet.</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b-2 border-rule text-left">
          <th scope="col" className="py-2 pr-3">Article</th>
          <th scope="col" className="py-2 pr-3">Missing</th>
          <th scope="col" className="py-2 pr-3 text-right">Candidates</th>
          <th scope="col" className="py-2 text-right">Proposed mentions</th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => {
          const missing = GAPS.filter((g) => a.missing[g.key]).map((g) => g.label);
          return (
            <tr key={a.id} className="border-b border-rule align-top">
              <td className="py-2 pr-3">
                <Link href={`/editor/articles/${a.id}`} className="font-medium">
                  {a.title ?? <span className="italic">Untitled: {a.opening}</span>}
                </Link>
              </td>
              <td className="py-2 pr-3">{missing.length > 0 ? <span className="text-csto">{missing.join(', ')}</span> : <span className="text-muted">nothing</span>}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{a.proposedCandidates}</td>
              <td className="py-2 text-right tabular-nums">{a.proposedMentions}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
