import { Fragment } from 'react';
import type { ExerciseParticipant, ExerciseRecord, Sourced } from '@/lib/compare/types';
import type { EntityRef } from '@/lib/entities/dto';
import { ROLE_LABELS } from '@/lib/entities/fact-wording';
import type { ParticipationRole } from '@/lib/generated/prisma/enums';
import { EntityLink } from '@/components/entities/entity-link';
import { PartialDateText } from '@/components/entities/partial-date';
import { participationOf, participationWords } from '@/lib/compare/participation';
import { SourceMarks } from './source-mark';
import { sourceKey, sourcedRuns } from './source-runs';

const DRILLING: ParticipationRole[] = ['HOST', 'ORGANIZER', 'PARTICIPANT'];
const ROLES: ParticipationRole[] = ['HOST', 'ORGANIZER', 'PARTICIPANT', 'OBSERVER', 'STAYED_AWAY'];

function drillingCountries(e: ExerciseRecord): Set<string> {
  return new Set(e.participants.filter((p) => p.entity.type === 'COUNTRY' && DRILLING.includes(p.role)).map((p) => p.entity.slug));
}

/** Entities resting on the same sources, named together and marked once (./source-runs.ts). */
function Runs({ items, separator }: { items: { entity: EntityRef; source: Sourced<null> }[]; separator: string }) {
  return sourcedRuns(items).map((run, i) => (
    <span key={run.entities[0]?.slug}>
      {i > 0 ? separator : ''}
      {run.entities.map((entity, j) => (
        <Fragment key={entity.slug}>
          {j > 0 ? separator : ''}
          <EntityLink entity={entity} />
        </Fragment>
      ))}
      <SourceMarks sources={run.sources} />
    </span>
  ));
}

/** Each participant once per role, with the marks of every source that states it. */
function ParticipantsByRole({ participants }: { participants: ExerciseParticipant[] }) {
  return ROLES.map((role) => {
    const inRole = participants.filter((x) => x.role === role);
    if (inRole.length === 0) return null;
    return (
      <div key={role}>
        <span className="text-muted">{`${ROLE_LABELS[role]}: `}</span>
        <Runs items={inRole} separator=", " />
      </div>
    );
  });
}

/** Took part, stated absent (with the sources that say so), or not stated: silence is never a "no". */
function RussiaCell({ record }: { record: ExerciseRecord }) {
  const participation = participationOf(record, 'russia');
  if (participation.status === 'not-stated') return <span className="text-muted italic">not stated</span>;
  const sources = record.participants.filter((p) => p.entity.slug === 'russia' && (participation.status === 'took-part' || !DRILLING.includes(p.role)));
  const distinct = [...new Map(sources.map((p) => [sourceKey(p.source), p.source])).values()];
  return (
    <>
      {participationWords(participation)}
      <SourceMarks sources={distinct} />
    </>
  );
}

export function ExerciseTable({ exercises, caption }: { exercises: ExerciseRecord[]; caption: string }) {
  if (exercises.length === 0) return <p className="text-sm text-muted">No exercises match.</p>;
  return (
    <div className="overflow-x-auto">
      {/* Cell padding is set once here, not on each of the hundreds of cells /compare has. */}
      <table className="w-full min-w-[36rem] text-left text-sm leading-6 [&_td]:py-2 [&_td]:pr-3 [&_th]:py-2 [&_th]:pr-3">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-rule text-xs uppercase tracking-wide text-muted [&_th]:font-semibold">
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Where</th>
            <th scope="col">Who</th>
            <th scope="col">Russia</th>
            <th scope="col">Format</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule align-top">
          {exercises.map((e) => {
            const countries = drillingCountries(e);
            return (
              <tr key={e.slug}>
                <th scope="row" className="font-normal">
                  <EntityLink entity={{ slug: e.slug, type: 'EXERCISE', name: e.name }} />
                  <div className="text-xs text-muted">{e.start ? <PartialDateText date={e.start} /> : 'date unknown'}</div>
                </th>
                <td>{e.places.length > 0 ? <Runs items={e.places} separator="; " /> : '—'}</td>
                <td>
                  <ParticipantsByRole participants={e.participants} />
                </td>
                <td>
                  <RussiaCell record={e} />
                </td>
                <td>{countries.size >= 3 ? 'multilateral' : countries.size === 2 ? 'bilateral' : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
