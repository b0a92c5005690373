import type { ExerciseParticipant, ExerciseRecord } from '@/lib/compare/types';
import { ROLE_LABELS } from '@/lib/entities/fact-wording';
import type { ParticipationRole } from '@/lib/generated/prisma/enums';
import { EntityLink } from '@/components/entities/entity-link';
import { PartialDateText } from '@/components/entities/partial-date';
import { participationOf, participationWords } from '@/lib/compare/participation';
import { SourceMark } from './source-mark';

const DRILLING: ParticipationRole[] = ['HOST', 'ORGANIZER', 'PARTICIPANT'];
const ROLES: ParticipationRole[] = ['HOST', 'ORGANIZER', 'PARTICIPANT', 'OBSERVER', 'STAYED_AWAY'];

function drillingCountries(e: ExerciseRecord): Set<string> {
  return new Set(e.participants.filter((p) => p.entity.type === 'COUNTRY' && DRILLING.includes(p.role)).map((p) => p.entity.slug));
}

/** Items about the same entity together, in first-seen order, so each is shown once with all its sources. */
function groupBySlug<T extends { entity: { slug: string } }>(items: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.entity.slug, [...(groups.get(item.entity.slug) ?? []), item]);
  return [...groups.values()];
}

/** Each participant once per role, followed by the marks of every source that states it. */
function ParticipantsByRole({ participants, exercise }: { participants: ExerciseParticipant[]; exercise: string }) {
  return (
    <>
      {ROLES.map((role) => {
        const groups = groupBySlug(participants.filter((x) => x.role === role));
        if (groups.length === 0) return null;
        return (
          <div key={role}>
            <span className="text-muted">{ROLE_LABELS[role]}: </span>
            {groups.map((group, i) => (
              <span key={group[0]?.entity.slug}>
                {i > 0 ? ', ' : ''}
                {group[0] ? <EntityLink entity={group[0].entity} /> : null}
                {group.map((p, j) => (
                  <SourceMark key={j} source={p.source} id={`q-${exercise}-${p.entity.slug}-${p.role}${j}`} />
                ))}
              </span>
            ))}
          </div>
        );
      })}
    </>
  );
}

/** Took part, stated absent (with the sources that say so), or not stated: silence is never a "no". */
function RussiaCell({ record }: { record: ExerciseRecord }) {
  const participation = participationOf(record, 'russia');
  if (participation.status === 'not-stated') return <span className="text-muted italic">not stated</span>;
  const sources = record.participants.filter((p) => p.entity.slug === 'russia' && (participation.status === 'took-part' || !DRILLING.includes(p.role)));
  return (
    <>
      {participationWords(participation)}
      {sources.map((p, i) => (
        <SourceMark key={i} source={p.source} id={`q-${record.slug}-russia-${p.role}${i}`} />
      ))}
    </>
  );
}

export function ExerciseTable({ exercises, caption }: { exercises: ExerciseRecord[]; caption: string }) {
  if (exercises.length === 0) return <p className="text-sm text-muted">No exercises match.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm leading-6">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-rule text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-semibold">Exercise</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Where</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Who</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Russia</th>
            <th scope="col" className="py-2 font-semibold">Format</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule align-top">
          {exercises.map((e) => {
            const countries = drillingCountries(e);
            return (
              <tr key={e.slug}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  <EntityLink entity={{ slug: e.slug, type: 'EXERCISE', name: e.name }} />
                  <div className="text-xs text-muted">{e.start ? <PartialDateText date={e.start} /> : 'date unknown'}</div>
                </th>
                <td className="py-2 pr-3">
                  {e.places.length > 0
                    ? groupBySlug(e.places).map((group, i) => (
                        <span key={group[0]?.entity.slug}>
                          {i > 0 ? '; ' : ''}
                          {group[0] ? <EntityLink entity={group[0].entity} /> : null}
                          {group.map((p, j) => (
                            <SourceMark key={j} source={p.source} id={`q-${e.slug}-at-${p.entity.slug}${j}`} />
                          ))}
                        </span>
                      ))
                    : '—'}
                </td>
                <td className="py-2 pr-3">
                  <ParticipantsByRole participants={e.participants} exercise={e.slug} />
                </td>
                <td className="py-2 pr-3">
                  <RussiaCell record={e} />
                </td>
                <td className="py-2">{countries.size >= 3 ? 'multilateral' : countries.size === 2 ? 'bilateral' : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
