import Link from 'next/link';
import { TYPE_LABELS } from '@/lib/entities/paths';
import type { CandidateGroup } from '@/lib/curation/candidate-groups';
import { CandidateGroupDecision } from './candidate-group-decision';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Names the knowledge base lacks, each once with its sightings and the evidence for its type. */
export function CandidateGroups({ groups, canDecide }: { groups: CandidateGroup[]; canDecide: boolean }) {
  if (groups.length === 0) return <p className="text-muted">No names are waiting for a decision.</p>;
  return (
    <ol className="space-y-4" aria-label="Candidate names">
      {groups.map((g) => (
        <li key={g.normalized} className="space-y-3 rounded border border-rule p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="font-serif text-xl font-semibold">{g.name}</h2>
            <p className="text-sm text-muted">
              {TYPE_LABELS[g.suggestedType].one} · {g.sightings} sighting{g.sightings === 1 ? '' : 's'} in {g.articles} article{g.articles === 1 ? '' : 's'} · latest{' '}
              <time dateTime={g.latest.toISOString()}>{dateFormat.format(g.latest)}</time>
            </p>
          </div>
          <details className="text-sm">
            <summary className="cursor-pointer text-muted">
              Why {TYPE_LABELS[g.suggestedType].one.toLowerCase()}:{' '}
              {g.totals.map((t) => `${TYPE_LABELS[t.type].one} ${t.weight}`).join(', ') || 'no evidence recorded'}
            </summary>
            <ul className="mt-2 list-disc space-y-1 pl-5" aria-label={`Evidence for “${g.name}”`}>
              {g.evidence.map((e) => (
                <li key={`${e.type}-${e.reason}`}>
                  <span className="font-medium">{TYPE_LABELS[e.type].one}</span> ({e.weight}): {e.reason}
                </li>
              ))}
            </ul>
          </details>
          <ul className="space-y-1 text-sm" aria-label={`Where “${g.name}” appears`}>
            {g.examples.map((s) => (
              <li key={s.candidateId}>
                <Link href={`/editor/articles/${s.articleId}`} className="underline decoration-rule hover:decoration-accent">
                  {s.articleTitle}
                </Link>
                , ¶{s.paragraph}: <span className="text-muted">{s.context}</span>
              </li>
            ))}
            {g.sightings > g.examples.length ? <li className="text-muted">and {g.sightings - g.examples.length} more</li> : null}
          </ul>
          {canDecide ? <CandidateGroupDecision normalized={g.normalized} name={g.name} suggestedType={g.suggestedType} sightings={g.sightings} /> : null}
        </li>
      ))}
    </ol>
  );
}
