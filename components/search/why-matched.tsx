import type { SearchHit } from '@/lib/search/types';

/** Why a hit matched: the other form of a name or term it has, and in a relaxed search the words it lacks. */
export function WhyMatched({ hit }: { hit: Pick<SearchHit, 'matched' | 'missing'> }) {
  if (hit.matched.length === 0 && hit.missing.length === 0) return null;
  const parts = [
    ...hit.matched.map((m) => (m.name ? `matched ${m.form}, also written ${m.typed}` : `matched “${m.form}” for “${m.typed}”`)),
    ...(hit.missing.length > 0 ? [`without ${hit.missing.join(', ')}`] : []),
  ];
  const text = parts.join('; ');
  return <p className="mt-1 text-xs text-muted">{text.charAt(0).toUpperCase() + text.slice(1)}</p>;
}
