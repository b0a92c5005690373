import { eraForDate } from '@/lib/articles/era';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { Refusal } from '@/lib/platform/result';
import type { Tx } from '@/lib/platform/db/tx';
import { citedParagraph, partialDate } from './support';

/** The entity form as an editor fills it in (strings, as typed). */
export interface EntityFieldsInput {
  name: string;
  description: string;
  subtype: string;
  contextWords: string;
  latitude: string;
  longitude: string;
  coordinatesNote: string;
  start: string;
  end: string;
  /** `[^article#p-3]`: the paragraph that states the dates; or datesNote says where they come from. */
  datesCitation: string;
  datesNote: string;
}

const DATED: readonly EntityType[] = ['EXERCISE', 'EVENT'];

function coordinate(value: string, field: 'latitude' | 'longitude', limit: number): number | null {
  const v = value.trim();
  if (!v) return null;
  const n = Number(v);
  if (!Number.isFinite(n) || Math.abs(n) > limit) throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { [field]: [`A number between −${limit} and ${limit}.`] } });
  return n;
}

/** Validates the form against the database (the cited paragraph must exist) into Entity columns. */
export async function entityData(tx: Tx, type: EntityType, input: EntityFieldsInput) {
  const name = input.name.trim();
  if (!name) throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { name: ['Give the entity a name.'] } });
  const latitude = coordinate(input.latitude, 'latitude', 90);
  const longitude = coordinate(input.longitude, 'longitude', 180);
  if ((latitude === null) !== (longitude === null)) {
    throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { longitude: ['Give both coordinates, or neither.'] } });
  }
  if (latitude !== null && !input.coordinatesNote.trim()) {
    throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { coordinatesNote: ['Say where the coordinates come from.'] } });
  }
  const start = partialDate(input.start, 'start');
  const end = partialDate(input.end, 'end');
  if (end && !start) throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { start: ['An end date needs a start date.'] } });
  if (start && end && end.date < start.date) throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { end: ['The end comes before the start.'] } });
  let datesParagraphId: string | null = null;
  if (input.datesCitation.trim()) datesParagraphId = (await citedParagraph(tx, input.datesCitation, 'datesCitation')).id;
  if (start && !datesParagraphId && !input.datesNote.trim()) {
    throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { datesCitation: ['Cite the paragraph that states the dates, or say in the note where they come from.'] } });
  }
  return {
    name,
    description: input.description.trim() || null,
    subtype: input.subtype.trim() || null,
    contextWords: [...new Set(input.contextWords.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean))],
    latitude,
    longitude,
    coordinatesNote: latitude !== null ? input.coordinatesNote.trim() : null,
    startDate: start?.date ?? null,
    startPrecision: start?.precision ?? null,
    endDate: end?.date ?? null,
    endPrecision: end?.precision ?? null,
    datesParagraphId: start ? datesParagraphId : null,
    datesNote: start ? input.datesNote.trim() || null : null,
    era: start && DATED.includes(type) ? eraForDate(start.date) : null,
  };
}
