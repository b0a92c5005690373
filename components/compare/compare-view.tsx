import { ERA_LABELS } from '@/lib/articles/era';
import { COMPARED_ERAS, type Comparison } from '@/lib/compare/types';
import type { MapPoint } from '@/lib/formats/maps/world';
import { BasisLine, EraFiguresTable } from './era-figures';
import { ExerciseMap } from './exercise-map';
import { ExerciseTable } from './exercise-table';
import { NetworkGraph } from './network-graph';
import { PairChanges } from './pair-changes';
import { Timeline } from './timeline';

/**
 * Sections are deferred (.defer-render in globals.css) but for the figures, at the top, and the
 * timeline, which measures its own width as it hydrates to open on the era boundary.
 */
function Section({ id, title, defer = true, children }: { id: string; title: string; defer?: boolean; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={defer ? 'defer-render space-y-4' : 'space-y-4'}>
      <h2 id={id} className="font-serif text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The two eras side by side: figures, changes, networks, maps, timeline and the sourced table. */
export function CompareView({ comparison }: { comparison: Comparison }) {
  const [csto, post] = COMPARED_ERAS.map((era) => comparison.byEra[era]) as [Comparison['byEra']['CSTO_ERA'], Comparison['byEra']['POST_2022']];
  const newPairs = new Set(comparison.pairsAppeared.map((p) => p.key));
  const allExercises = [...csto.exercises, ...post.exercises];
  const frame: MapPoint[] = allExercises.flatMap((e) =>
    e.places.flatMap((p) => (p.coordinates ? [{ ...p.coordinates, label: p.entity.name }] : [])),
  );

  return (
    <div className="space-y-12">
      <Section id="figures" title="In figures" defer={false}>
        {comparison.basis ? <BasisLine basis={comparison.basis} /> : null}
        <EraFiguresTable figures={[csto.figures, post.figures]} />
      </Section>
      <Section id="changes" title="Partnerships that changed">
        <PairChanges appeared={comparison.pairsAppeared} vanished={comparison.pairsVanished} />
      </Section>
      <Section id="networks" title="Who drilled with whom">
        <p className="text-sm text-muted">
          Countries in the same places in both pictures; a line for each pair that drilled together, thicker for more joint
          exercises. Pairs new after February 2022 are drawn in colour.
        </p>
        <div className="grid gap-6 md:grid-cols-2">
          {COMPARED_ERAS.map((era) => (
            <figure key={era}>
              <figcaption className="mb-2 font-semibold">{ERA_LABELS[era]}</figcaption>
              <NetworkGraph
                era={era}
                nodes={comparison.nodes}
                pairs={comparison.byEra[era].pairs}
                newPairKeys={era === 'POST_2022' ? newPairs : undefined}
                title={`Cooperation network, ${ERA_LABELS[era]}`}
              />
            </figure>
          ))}
        </div>
      </Section>
      <Section id="maps" title="Where they drilled">
        <div className="grid gap-6 md:grid-cols-2">
          {COMPARED_ERAS.map((era) => (
            <figure key={era}>
              <figcaption className="mb-2 font-semibold">{ERA_LABELS[era]}</figcaption>
              <ExerciseMap era={era} exercises={comparison.byEra[era].exercises} frame={frame} title={`Exercise locations, ${ERA_LABELS[era]}`} />
            </figure>
          ))}
        </div>
      </Section>
      <Section id="timeline" title="Timeline" defer={false}>
        <Timeline exercises={allExercises} events={comparison.events} title="Exercises and key events over time" />
      </Section>
      <Section id="exercises" title="The exercises, with their sources">
        {COMPARED_ERAS.map((era) => (
          <div key={era}>
            <h3 className="mb-2 font-semibold">{ERA_LABELS[era]}</h3>
            <ExerciseTable exercises={comparison.byEra[era].exercises} caption={`Exercises, ${ERA_LABELS[era]}`} />
          </div>
        ))}
        {comparison.undated.length > 0 ? (
          <div>
            <h3 className="mb-2 font-semibold">Date unknown (not counted above)</h3>
            <ExerciseTable exercises={comparison.undated} caption="Exercises of unknown date" />
          </div>
        ) : null}
      </Section>
    </div>
  );
}
