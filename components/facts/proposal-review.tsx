import Link from 'next/link';
import { TYPE_LABELS } from '@/lib/entities/paths';
import type { ParticipationRole, ProposalKind, ReviewStatus } from '@/lib/generated/prisma/enums';
import type { ProposalReview, ProposalRow } from '@/lib/facts/proposals/read';
import { ProposalDecision } from './proposal-decision';

const STATUS: Record<ReviewStatus, { label: string; style: string }> = {
  PROPOSED: { label: 'Proposed', style: 'text-muted' },
  ACCEPTED: { label: 'Accepted', style: 'text-post' },
  REJECTED: { label: 'Rejected', style: 'text-csto line-through' },
};

const ROLE: Record<ParticipationRole, string> = {
  HOST: 'hosted',
  PARTICIPANT: 'took part in',
  OBSERVER: 'observed',
  ORGANIZER: 'organized',
  STAYED_AWAY: 'stayed away from',
};

const KIND: Record<Exclude<ProposalKind, 'PARTICIPATED_IN'>, string> = { HELD_IN: 'was held in', DATED: 'is dated', PART_OF: 'is part of the series' };

function Name({ side }: { side: NonNullable<ProposalRow['object']> }) {
  return side.href ? (
    <Link href={side.href}>{side.name}</Link>
  ) : (
    <span>
      {side.name} <span className="text-xs text-muted">(new {TYPE_LABELS[side.type].one.toLowerCase()})</span>
    </span>
  );
}

/** The fact in words: "Kazakhstan hosted Birlestik-2024". */
export function proposalLabel(p: ProposalRow): string {
  if (p.kind === 'DATED') return `${p.subject.name} is dated ${p.from}${p.to ? ` to ${p.to}` : ''}`;
  const verb = p.kind === 'PARTICIPATED_IN' && p.role ? ROLE[p.role] : KIND[p.kind as Exclude<ProposalKind, 'PARTICIPATED_IN'>];
  return `${p.subject.name} ${verb} ${p.object?.name ?? ''}`.trim();
}

function Statement({ p }: { p: ProposalRow }) {
  if (p.kind === 'DATED') {
    return (
      <>
        <Name side={p.subject} /> is dated <time>{p.from}</time>
        {p.to ? (
          <>
            {' '}to <time>{p.to}</time>
          </>
        ) : null}
      </>
    );
  }
  const verb = p.kind === 'PARTICIPATED_IN' && p.role ? ROLE[p.role] : KIND[p.kind as Exclude<ProposalKind, 'PARTICIPATED_IN'>];
  return (
    <>
      <Name side={p.subject} /> {verb} {p.object ? <Name side={p.object} /> : null}
    </>
  );
}

/** An article's proposed facts by paragraph, each with the words that state it marked in its sentence. */
export function ProposalReviewList({ review, canDecide }: { review: ProposalReview; canDecide: boolean }) {
  if (review.paragraphs.length === 0) return <p className="text-sm text-muted">The text states no exercise facts the importer could read.</p>;
  return (
    <ol className="space-y-6">
      {review.paragraphs.map((paragraph) => (
        <li key={paragraph.position} className="space-y-2 border-l-2 border-rule pl-3">
          <h2 className="text-sm font-semibold">
            <Link href={`/articles/${review.article.slug}#p-${paragraph.position}`}>¶{paragraph.position}</Link>
          </h2>
          <ul aria-label={`Proposed facts in paragraph ${paragraph.position}`} className="space-y-3">
            {paragraph.proposals.map((p) => (
              <li key={p.id} className="space-y-1">
                <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                  <strong className="font-medium">
                    <Statement p={p} />
                  </strong>
                  <span className={`text-xs font-medium ${STATUS[p.status].style}`}>{STATUS[p.status].label}</span>
                </div>
                <q className="block text-sm text-muted">
                  {p.before}
                  <mark className="bg-highlight text-ink">{p.quote}</mark>
                  {p.after}
                </q>
                {canDecide && p.status === 'PROPOSED' ? <ProposalDecision articleId={review.article.id} proposalId={p.id} label={proposalLabel(p)} /> : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
