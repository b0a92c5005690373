import { ERA_LABELS } from '@/lib/articles/era';
import type { Comparison } from '@/lib/compare/types';
import { answerSentences, headlineFigures } from './answer-text';

/**
 * What /compare opens with: the answer in words, then its figures large, CSTO era beside post-2022,
 * each with what it rests on. The table, networks and maps below show how it was reached.
 */
export function CompareAnswer({ comparison }: { comparison: Comparison }) {
  const [lead, ...rest] = answerSentences(comparison);
  return (
    <section aria-labelledby="answer" className="space-y-4">
      <h2 id="answer" className="sr-only">
        The answer
      </h2>
      <p className="max-w-3xl font-serif text-xl leading-snug" data-testid="compare-answer">
        {lead}
      </p>
      {rest.map((s) => (
        <p key={s} className="max-w-3xl text-muted">
          {s}
        </p>
      ))}
      <p aria-hidden="true" className="text-xs text-muted">
        <span className="font-semibold text-csto">{ERA_LABELS.CSTO_ERA}</span> → <span className="font-semibold text-post">{ERA_LABELS.POST_2022}</span>
      </p>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {headlineFigures(comparison).map((f) => (
          <div key={f.label} className="rounded border border-rule p-3">
            <dt className="text-xs font-semibold uppercase tracking-wide text-muted">{f.label}</dt>
            <dd className="mt-1 flex items-baseline gap-2 tabular-nums">
              <span className="text-2xl font-semibold text-csto">
                {f.before}
                <span className="sr-only"> in the {ERA_LABELS.CSTO_ERA},</span>
              </span>
              <span aria-hidden="true" className="text-muted">
                →
              </span>
              <span className="text-2xl font-semibold text-post">
                {f.after}
                <span className="sr-only"> {ERA_LABELS.POST_2022}</span>
              </span>
            </dd>
            <dd className="text-xs text-muted">{f.base}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
