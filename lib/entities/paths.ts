import type { EntityType } from '@/lib/generated/prisma/enums';

/** Each entity type's public path segment: /countries/kazakhstan, /exercises/birlestik-2024. */
export const TYPE_SEGMENTS = {
  COUNTRY: 'countries',
  ORGANIZATION: 'organizations',
  EXERCISE: 'exercises',
  PERSON: 'people',
  PLACE: 'places',
  EVENT: 'events',
} as const satisfies Record<EntityType, string>;

export type TypeSegment = (typeof TYPE_SEGMENTS)[EntityType];

export const TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  COUNTRY: { one: 'Country', many: 'Countries' },
  ORGANIZATION: { one: 'Organization', many: 'Organizations' },
  EXERCISE: { one: 'Military exercise', many: 'Military exercises' },
  PERSON: { one: 'Person', many: 'People' },
  PLACE: { one: 'Place', many: 'Places' },
  EVENT: { one: 'Event', many: 'Events' },
};

export const ENTITY_TYPES = Object.keys(TYPE_SEGMENTS) as EntityType[];

export function entityHref(type: EntityType, slug: string): string {
  return `/${TYPE_SEGMENTS[type]}/${slug}`;
}

export function typeForSegment(segment: string): EntityType | undefined {
  return ENTITY_TYPES.find((t) => TYPE_SEGMENTS[t] === segment);
}
