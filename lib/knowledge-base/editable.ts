import type { DatePrecision } from '@/lib/generated/prisma/enums';
import type { EntityFieldsInput } from './entity-fields';
import type { Tx } from '@/lib/platform/db/tx';

export const editableSelect = {
  id: true,
  slug: true,
  type: true,
  version: true,
  retiredAt: true,
  updatedAt: true,
  name: true,
  description: true,
  subtype: true,
  contextWords: true,
  latitude: true,
  longitude: true,
  coordinatesNote: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  datesNote: true,
  datesParagraph: { select: { position: true, article: { select: { slug: true } } } },
} as const;

interface EditableRow {
  name: string;
  description: string | null;
  subtype: string | null;
  contextWords: string[];
  latitude: number | null;
  longitude: number | null;
  coordinatesNote: string | null;
  startDate: Date | null;
  startPrecision: DatePrecision | null;
  endDate: Date | null;
  endPrecision: DatePrecision | null;
  datesNote: string | null;
  datesParagraph: { position: number; article: { slug: string } } | null;
}

const PRECISION_LENGTH: Record<DatePrecision, number> = { YEAR: 4, MONTH: 7, DAY: 10, MINUTE: 10 };

/** A stored date back in the form it was typed in: 2023, 2023-10 or 2023-10-02. */
export function typedDate(date: Date | null, precision: DatePrecision | null): string {
  return date && precision ? date.toISOString().slice(0, PRECISION_LENGTH[precision]) : '';
}

/** The entity's fields as the form shows them (and as a refused save shows theirs). */
export function editableValues(row: EditableRow): EntityFieldsInput {
  return {
    name: row.name,
    description: row.description ?? '',
    subtype: row.subtype ?? '',
    contextWords: row.contextWords.join(', '),
    latitude: row.latitude === null ? '' : String(row.latitude),
    longitude: row.longitude === null ? '' : String(row.longitude),
    coordinatesNote: row.coordinatesNote ?? '',
    start: typedDate(row.startDate, row.startPrecision),
    end: typedDate(row.endDate, row.endPrecision),
    datesCitation: row.datesParagraph ? `[^${row.datesParagraph.article.slug}#p-${row.datesParagraph.position}]` : '',
    datesNote: row.datesNote ?? '',
  };
}

export async function readEditable(tx: Tx, id: string) {
  return tx.entity.findUnique({ where: { id }, select: editableSelect });
}
