import Link from 'next/link';
import { ERA_LABELS } from '@/lib/articles/era';
import { directiveFilter, type FigureSnapshot } from '@/lib/compare/figure-snapshot';
import { compareHref } from '@/lib/compare/params';
import { COMPARED_ERAS, type ComparedEra } from '@/lib/compare/types';
import { BasisLine, EraFiguresTable } from './era-figures';
import { ExerciseMap } from './exercise-map';
import { ExerciseTable } from './exercise-table';
import { NetworkGraph } from './network-graph';
import { PairChanges } from './pair-changes';
import { Timeline } from './timeline';

const KIND_TITLES = {
  network: 'Who drilled with whom',
  map: 'Where they drilled',
  timeline: 'Timeline of exercises and key events',
  table: 'Exercises',
  'era-figures': 'The eras in figures',
  'pair-changes': 'Partnerships that changed',
} as const;

function erasOf(era: FigureSnapshot['directive']['era']): readonly ComparedEra[] {
  return era === 'csto-era' ? ['CSTO_ERA'] : era === 'post-2022' ? ['POST_2022'] : COMPARED_ERAS;
}

/**
 * A comparison figure inside a brief, drawn from the data stored when the brief was published, or,
 * in the editor's preview, from the knowledge base as it is now.
 */
export function BriefFigure({ snapshot, index, preview = false }: { snapshot: FigureSnapshot; index: number; preview?: boolean }) {
  const { directive, comparison, takenAt } = snapshot;
  const eras = erasOf(directive.era);
  const newPairs = new Set(comparison.pairsAppeared.map((p) => p.key));
  const scope = directive.countries.length > 0 ? ` (${directive.countries.join(', ')})` : '';
  const title = `Figure ${index + 1}. ${KIND_TITLES[directive.kind]}${scope}`;
  const eraGrid = eras.length > 1 ? 'grid gap-4 md:grid-cols-2' : '';
  return (
    <figure className="my-8 rounded border border-rule p-4 font-sans text-base">
      <div className={eraGrid}>
        {directive.kind === 'network' &&
          eras.map((era) => (
            <NetworkGraph key={era} era={era} nodes={comparison.nodes} pairs={comparison.byEra[era].pairs} newPairKeys={era === 'POST_2022' ? newPairs : undefined} title={`${title}: ${ERA_LABELS[era]}`} />
          ))}
        {directive.kind === 'map' &&
          eras.map((era) => <ExerciseMap key={era} era={era} exercises={comparison.byEra[era].exercises} title={`${title}: ${ERA_LABELS[era]}`} />)}
        {directive.kind === 'table' &&
          eras.map((era) => <ExerciseTable key={era} exercises={comparison.byEra[era].exercises} caption={`${title}: ${ERA_LABELS[era]}`} />)}
      </div>
      {directive.kind === 'timeline' ? (
        <Timeline exercises={eras.flatMap((era) => comparison.byEra[era].exercises)} events={comparison.events} title={title} />
      ) : null}
      {directive.kind === 'era-figures' ? (
        <div className="space-y-2">
          {comparison.basis ? <BasisLine basis={comparison.basis} /> : null}
          <EraFiguresTable figures={[comparison.byEra.CSTO_ERA.figures, comparison.byEra.POST_2022.figures]} />
        </div>
      ) : null}
      {directive.kind === 'pair-changes' ? <PairChanges appeared={comparison.pairsAppeared} vanished={comparison.pairsVanished} /> : null}
      <figcaption className="mt-3 text-sm text-muted">
        {preview ? (
          <>{title}, from the knowledge base as it is now; publishing keeps it as it is then. </>
        ) : (
          <>{title}, as computed when this revision was published ({takenAt.slice(0, 10)}). </>
        )}
        <Link href={compareHref(directiveFilter(directive))}>{preview ? 'Open it on the comparison page' : 'See it with today’s data'}</Link>.
      </figcaption>
    </figure>
  );
}
