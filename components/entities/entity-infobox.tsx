import type { ReactNode } from 'react';
import { participationFromRoles, participationWords } from '@/lib/compare/participation';
import type { EntityDetail, FactView } from '@/lib/entities/dto';
import { ROLE_LABELS } from '@/lib/entities/fact-wording';
import { TYPE_LABELS } from '@/lib/entities/paths';
import type { ParticipationRole } from '@/lib/generated/prisma/enums';
import { EraBadge } from '@/components/ui/era-badge';
import { CitationNote } from './citation-note';
import { LocationMap } from './location-map';
import { PartialDateText } from './partial-date';
import { ExercisesByEra, FactEntityList } from './infobox-lists';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-2">
      <dt className="text-xs font-semibold uppercase tracking-wide text-muted">{term}</dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}

const ROLE_ORDER: ParticipationRole[] = ['HOST', 'ORGANIZER', 'PARTICIPANT', 'OBSERVER', 'STAYED_AWAY'];

function byKind(facts: FactView[], kind: FactView['kind'], direction: 'out' | 'in'): FactView[] {
  return facts.filter((f) => f.kind === kind && f.direction === direction);
}

function dedupe<T extends { label: string }>(points: T[]): T[] {
  return [...new Map(points.map((p) => [p.label, p])).values()];
}

/** As in /compare: took part, stated absent, or not stated; silence is never a "no". */
function RussiaParticipation({ participants }: { participants: FactView[] }) {
  const russia = participationFromRoles(participants.filter((f) => f.other.slug === 'russia').flatMap((f) => (f.role ? [f.role] : [])));
  const words = participationWords(russia);
  return russia.status === 'not-stated' ? <span className="text-muted italic">{words}</span> : <>{words}</>;
}

/** The facts that matter most for each type of entity, at a glance. */
export function EntityInfobox({ entity }: { entity: EntityDetail }) {
  const { facts } = entity;
  const places = [...byKind(facts, 'HELD_IN', 'out'), ...byKind(facts, 'LOCATED_AT', 'out')];
  const participants = byKind(facts, 'PARTICIPATED_IN', 'in');
  // A place is shown where it is; an exercise or event where it was held.
  const points = entity.coordinates
    ? [{ lat: entity.coordinates.lat, lon: entity.coordinates.lon, label: entity.name }]
    : places.flatMap((f) => (f.other.coordinates ? [{ ...f.other.coordinates, label: f.other.name }] : []));

  return (
    <dl className="divide-y divide-rule rounded border border-rule px-4 text-sm">
      <Item term="Type">
        {TYPE_LABELS[entity.type].one}
        {entity.subtype ? `, ${entity.subtype.replace(/-/g, ' ')}` : ''}
      </Item>
      {entity.start ? (
        <Item term={entity.end ? 'Dates' : 'Date'}>
          <PartialDateText date={entity.start} />
          {entity.end ? (
            <>
              {' – '}
              <PartialDateText date={entity.end} />
            </>
          ) : null}
          <div>
            <CitationNote citation={entity.datesCitation} reference={entity.datesReference} editorNote={entity.datesNote} id={`dates-${entity.id}`} />
          </div>
        </Item>
      ) : null}
      {entity.era ? (
        <Item term="Era">
          <EraBadge era={entity.era} />
        </Item>
      ) : null}
      {places.length > 0 ? (
        <Item term="Location">
          <FactEntityList facts={places} />
        </Item>
      ) : null}
      {entity.type === 'EXERCISE' && participants.length === 0 ? (
        <Item term="Participants">
          <span className="text-muted italic">not stated in the sources</span>
        </Item>
      ) : null}
      {entity.type === 'EXERCISE' ? (
        <Item term="Russia">
          <RussiaParticipation participants={participants} />
        </Item>
      ) : null}
      {participants.length > 0 ? (
        <Item term="Participants">
          {ROLE_ORDER.map((role) => {
            const group = participants.filter((f) => f.role === role);
            return group.length > 0 ? (
              <div key={role} className="mb-1">
                <span className="text-muted">{ROLE_LABELS[role]}: </span>
                <FactEntityList facts={group} inline />
              </div>
            ) : null;
          })}
        </Item>
      ) : null}
      {byKind(facts, 'PART_OF', 'out').length > 0 ? (
        <Item term={entity.type === 'EXERCISE' ? 'Series' : 'Part of'}>
          <FactEntityList facts={byKind(facts, 'PART_OF', 'out')} />
        </Item>
      ) : null}
      {byKind(facts, 'MEMBER_OF', 'out').length > 0 ? (
        <Item term="Memberships">
          <FactEntityList facts={byKind(facts, 'MEMBER_OF', 'out')} withDates />
        </Item>
      ) : null}
      {byKind(facts, 'MEMBER_OF', 'in').length > 0 ? (
        <Item term="Members">
          <FactEntityList facts={byKind(facts, 'MEMBER_OF', 'in')} withDates />
        </Item>
      ) : null}
      {entity.type === 'COUNTRY' || entity.type === 'ORGANIZATION' ? (
        <Item term="Exercises by era">
          <ExercisesByEra facts={byKind(facts, 'PARTICIPATED_IN', 'out')} />
        </Item>
      ) : null}
      {[...byKind(facts, 'LEADS', 'out'), ...byKind(facts, 'COMMANDS', 'out')].length > 0 ? (
        <Item term="Leads or commands">
          <FactEntityList facts={[...byKind(facts, 'LEADS', 'out'), ...byKind(facts, 'COMMANDS', 'out')]} withDates />
        </Item>
      ) : null}
      {points.length > 0 ? (
        <Item term="On the map">
          <LocationMap points={dedupe(points)} title={`Location of ${entity.name}`} country={entity.type === 'COUNTRY'} />
        </Item>
      ) : null}
    </dl>
  );
}

