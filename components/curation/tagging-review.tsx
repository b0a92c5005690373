import Link from 'next/link';
import { TYPE_LABELS } from '@/lib/entities/paths';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import type { ReviewParagraph } from '@/lib/curation/types';
import { CandidateDecision } from './candidate-decision';
import { MentionDecision } from './mention-decision';

const STATUS: Record<ReviewStatus, { label: string; style: string }> = {
  PROPOSED: { label: 'Proposed', style: 'text-muted' },
  ACCEPTED: { label: 'Accepted', style: 'text-post' },
  REJECTED: { label: 'Rejected', style: 'text-csto line-through' },
};

function Context({ before, match, after }: { before: string; match: string; after: string }) {
  return (
    <q className="text-sm text-muted">
      {before}
      <mark className="bg-highlight text-ink">{match}</mark>
      {after}
    </q>
  );
}

/** The tagger's work on one article, paragraph by paragraph: mentions to confirm, names to decide. */
export function TaggingReview({ articleSlug, paragraphs, canDecide }: { articleSlug: string; paragraphs: ReviewParagraph[]; canDecide: boolean }) {
  if (paragraphs.length === 0) return <p className="text-sm text-muted">The tagger found no entities and no candidate names in this article.</p>;
  return (
    <ol className="space-y-6">
      {paragraphs.map((p) => (
        <li key={p.position} className="space-y-2 border-l-2 border-rule pl-3">
          <h3 className="text-sm font-semibold">
            <Link href={`/articles/${articleSlug}#p-${p.position}`}>¶{p.position}</Link>
            {p.kind === 'HEADING' ? <span className="ml-2 text-xs font-normal text-muted">heading</span> : null}
          </h3>
          {p.mentions.length > 0 ? (
            <ul aria-label={`Mentions in paragraph ${p.position}`} className="space-y-2">
              {p.mentions.map((m) => (
                <li key={m.id} className="space-y-1">
                  <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                    <strong>{m.surface}</strong>
                    <span aria-hidden="true">→</span>
                    <Link href={m.entity.href}>{m.entity.name}</Link>
                    <span className="text-xs text-muted">
                      {TYPE_LABELS[m.entity.type].one.toLowerCase()} · by {m.method}
                    </span>
                    <span className={`text-xs font-medium ${STATUS[m.status].style}`}>{STATUS[m.status].label}</span>
                  </div>
                  <Context before={m.before} match={m.surface} after={m.after} />
                  {canDecide ? <MentionDecision mentionId={m.id} status={m.status} surface={m.surface} /> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {p.candidates.length > 0 ? (
            <ul aria-label={`Candidate names in paragraph ${p.position}`} className="space-y-2 rounded bg-accent-soft/40 p-2">
              {p.candidates.map((k) => (
                <li key={k.id} className="space-y-1">
                  <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                    <span className="text-xs uppercase tracking-wide text-muted">Candidate</span>
                    <strong>{k.surface}</strong>
                    <span className="text-xs text-muted">
                      {k.kind} · suggested: {TYPE_LABELS[k.suggestedType].one.toLowerCase()}
                    </span>
                    <span className={`text-xs font-medium ${STATUS[k.status].style}`}>{STATUS[k.status].label}</span>
                    {k.entityHref ? <Link href={k.entityHref} className="text-xs">the new entity</Link> : null}
                  </div>
                  <Context before={k.before} match={k.surface} after={k.after} />
                  {canDecide && k.status === 'PROPOSED' ? <CandidateDecision candidateId={k.id} surface={k.surface} suggestedType={k.suggestedType} /> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
