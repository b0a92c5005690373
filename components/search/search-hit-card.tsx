import Link from 'next/link';
import { EraBadge } from '@/components/ui/era-badge';
import { TYPE_LABELS } from '@/lib/entities/paths';
import type { SearchHit, SearchKind } from '@/lib/search/types';
import { HighlightedText } from './highlighted-text';
import { WhyMatched } from './why-matched';

export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  article: { one: 'Article', many: 'Articles' },
  brief: { one: 'Brief', many: 'Briefs' },
  entity: { one: 'Entity', many: 'Entities' },
  summary: { one: 'Summary', many: 'Summaries' },
};

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function kindLabel(hit: SearchHit): string {
  if (hit.kind === 'entity' && hit.entityType) return TYPE_LABELS[hit.entityType].one;
  return KIND_LABELS[hit.kind].one;
}

export function SearchHitCard({ hit }: { hit: SearchHit }) {
  return (
    <article className="border-b border-rule py-5 last:border-b-0">
      <p className="text-xs uppercase tracking-wide text-muted">
        {kindLabel(hit)}
        {hit.publishedAt ? ` · ${dateFormat.format(hit.publishedAt)}` : ''}
        {hit.eras.map((era) => (
          <span key={era}>
            {' · '}
            <EraBadge era={era} />
          </span>
        ))}
      </p>
      <h3 className="mt-1 font-serif text-lg font-semibold leading-snug">
        <Link href={hit.href} className="text-ink no-underline hover:text-accent hover:underline">
          <HighlightedText marked={hit.titleMarked} />
        </Link>
      </h3>
      {hit.snippetMarked ? (
        <p className="mt-1 text-sm leading-relaxed text-ink/90">
          <HighlightedText marked={hit.snippetMarked} />
        </p>
      ) : null}
      <WhyMatched hit={hit} />
    </article>
  );
}
