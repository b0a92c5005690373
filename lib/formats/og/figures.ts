import type { ArticleParagraph } from '@/lib/articles/dto';
import { participationFromRoles } from '@/lib/compare/participation';
import { ERA_LABELS } from '@/lib/articles/era';
import type { EntityDetail, FactView } from '@/lib/entities/dto';
import { TYPE_LABELS } from '@/lib/entities/paths';
import type { EntityType, Era, ParticipationRole } from '@/lib/generated/prisma/enums';

/** One bar of a card's figure; bars with an era take that era's colour, absences a muted one. */
export interface FigureBar {
  label: string;
  value: number;
  era?: Era;
  muted?: boolean;
  /** Shown instead of the count where a zero would read as a "no" the sources never said. */
  note?: string;
}

/** The small chart in a card's corner: a caption over at most MAX_BARS horizontal bars (or none). */
export interface CardFigure {
  caption: string;
  bars: FigureBar[];
}

const MAX_BARS = 4;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The type's reader-facing name, with exercises shortened so that the label fits its column. */
function typeLabel(type: EntityType, n: number): string {
  if (type === 'EXERCISE') return n === 1 ? 'Exercise' : 'Exercises';
  return TYPE_LABELS[type][n === 1 ? 'one' : 'many'];
}

/**
 * Both eras always, so that an empty side reads as a zero rather than as missing; unknown only when
 * present. `zeroNote` labels an empty side where zero means only that no source says (exercises).
 */
function eraBars(counts: ReadonlyMap<Era, number>, zeroNote?: string): FigureBar[] {
  const bars: FigureBar[] = (['CSTO_ERA', 'POST_2022'] as const).map((era) => {
    const value = counts.get(era) ?? 0;
    return value === 0 && zeroNote ? { label: ERA_LABELS[era], value, era, note: zeroNote } : { label: ERA_LABELS[era], value, era };
  });
  const unknown = counts.get('UNKNOWN') ?? 0;
  return unknown > 0 ? [...bars, { label: ERA_LABELS.UNKNOWN, value: unknown, era: 'UNKNOWN' }] : bars;
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Largest first, then by label, cut to what fits on the card. */
function topBars(bars: FigureBar[]): FigureBar[] {
  return [...bars].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)).slice(0, MAX_BARS);
}

/** A brief: how many of the articles it cites come from each era. */
export function briefFigure(citedEras: readonly { era: Era; articles: number }[]): CardFigure {
  const total = citedEras.reduce((sum, e) => sum + e.articles, 0);
  return {
    caption: `Cites ${plural(total, 'article')}`,
    bars: eraBars(new Map(citedEras.map((e) => [e.era, e.articles]))),
  };
}

/** An article: the distinct entities its paragraphs name, by type. */
export function articleFigure(paragraphs: readonly Pick<ArticleParagraph, 'mentions'>[], era: Era): CardFigure {
  const entities = new Map<string, EntityType>();
  for (const p of paragraphs) for (const m of p.mentions) entities.set(m.href, m.entityType);
  const byType = countBy([...entities.values()], (t) => t);
  return {
    caption: entities.size > 0 ? `Names ${plural(entities.size, 'entity', 'entities')}` : 'No entities tagged yet',
    bars: topBars([...byType].map(([type, value]) => ({ label: typeLabel(type, value), value, era }))),
  };
}

type EntityInput = Pick<EntityDetail, 'type' | 'facts' | 'mentionCount'>;

/** Facts can repeat a link (two paragraphs state it): count each other entity once per key. */
function distinctOthers(facts: readonly FactView[], keyOf: (f: FactView) => string = () => ''): FactView[] {
  return [...new Map(facts.map((f) => [`${keyOf(f)}|${f.other.slug}`, f])).values()];
}

function countryExercises(facts: readonly FactView[]): CardFigure {
  // A country that stayed away from an exercise did not take part in it.
  const exercises = distinctOthers(
    facts.filter((f) => f.kind === 'PARTICIPATED_IN' && f.direction === 'out' && f.other.type === 'EXERCISE' && f.role !== 'STAYED_AWAY'),
  );
  // A country absent from the record of an era's exercises may still have drilled: the sources are silent.
  return {
    caption: `${plural(exercises.length, 'exercise')} stated, before and after 24 Feb 2022`,
    bars: eraBars(countBy(exercises, (f) => f.other.era ?? 'UNKNOWN'), 'none stated'),
  };
}

const ROLE_LABELS: Record<ParticipationRole, string> = {
  HOST: 'Hosts',
  ORGANIZER: 'Organizers',
  PARTICIPANT: 'Participants',
  OBSERVER: 'Observers',
  STAYED_AWAY: 'Stayed away',
};
const ROLE_ORDER = Object.keys(ROLE_LABELS) as ParticipationRole[];

/** Russia is the comparison's question, so an exercise's card says what its sources say of it, silence included. */
function russiaNote(roles: readonly FactView[]): string {
  const russia = participationFromRoles(roles.filter((f) => f.other.slug === 'russia').flatMap((f) => (f.role ? [f.role] : [])));
  return russia.status === 'not-stated' ? '; Russia not stated' : '';
}

function countryRoles(facts: readonly FactView[], exercise: boolean): CardFigure | null {
  const roles = distinctOthers(
    facts.filter((f) => f.kind === 'PARTICIPATED_IN' && f.direction === 'in' && f.other.type === 'COUNTRY' && f.role !== null),
    (f) => f.role ?? '',
  );
  if (roles.length === 0) return exercise ? { caption: 'Participants not stated in the sources', bars: [] } : null;
  const taking = new Set(roles.filter((f) => f.role !== 'STAYED_AWAY').map((f) => f.other.slug));
  const counts = countBy(roles, (f) => f.role);
  return {
    caption: `${plural(taking.size, 'country', 'countries')} taking part${exercise ? russiaNote(roles) : ''}`,
    bars: ROLE_ORDER.filter((r) => counts.has(r)).slice(0, MAX_BARS).map((r) => ({ label: ROLE_LABELS[r], value: counts.get(r) ?? 0, muted: r === 'STAYED_AWAY' })),
  };
}

function linkedByType(entity: EntityInput): CardFigure {
  const others = distinctOthers(entity.facts);
  if (others.length === 0) {
    const caption = entity.mentionCount > 0 ? `Mentioned ${plural(entity.mentionCount, 'time')} in the sources` : 'Not yet linked or mentioned';
    return { caption, bars: [] };
  }
  const byType = countBy(others, (f) => f.other.type);
  return {
    caption: `Linked to ${plural(others.length, 'entity', 'entities')}`,
    bars: topBars([...byType].map(([type, value]) => ({ label: typeLabel(type, value), value }))),
  };
}

/** An entity: a country's exercises by era, who took part in an exercise or event, else what it links to. */
export function entityFigure(entity: EntityInput): CardFigure {
  if (entity.type === 'COUNTRY') return countryExercises(entity.facts);
  if (entity.type === 'EXERCISE' || entity.type === 'EVENT') return countryRoles(entity.facts, entity.type === 'EXERCISE') ?? linkedByType(entity);
  return linkedByType(entity);
}

/** The comparison's lead figure: each era's share of exercises without Russia, in percent. */
export function leadFigureBars(eras: readonly { era: Era; share: number | null; basis: { count: number; of: number } }[]): CardFigure {
  const bases = eras.map((e) => e.basis.of).join(' and ');
  return {
    caption: `Without Russia, % of ${bases} exercises`,
    bars: eras.map((e) => ({ label: ERA_LABELS[e.era], value: e.share === null ? 0 : Math.round(e.share * 100), era: e.era })),
  };
}
