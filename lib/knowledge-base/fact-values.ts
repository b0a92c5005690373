import type { FactKind, ParticipationRole } from '@/lib/generated/prisma/enums';
import { typedDate } from './editable';

/** The fact form's fields as typed; `subject` and `object` are slugs or names. */
export interface FactFormValues {
  kind: string;
  subject: string;
  object: string;
  role: string;
  from: string;
  to: string;
  supportKind: string;
  citation: string;
  quote: string;
  url: string;
  publication: string;
  title: string;
  published: string;
}

export const factSnapshotSelect = {
  id: true,
  version: true,
  kind: true,
  role: true,
  fromDate: true,
  fromPrecision: true,
  toDate: true,
  toPrecision: true,
  quote: true,
  editorNote: true,
  seedKey: true,
  subjectId: true,
  objectId: true,
  subject: { select: { slug: true, name: true } },
  object: { select: { slug: true, name: true } },
  paragraph: { select: { position: true, article: { select: { slug: true } } } },
  reference: { select: { id: true, url: true, publication: true, title: true, published: true, publishedPrecision: true } },
} as const;

export interface FactSnapshotRow {
  id: string;
  version: number;
  kind: FactKind;
  role: ParticipationRole | null;
  fromDate: Date | null;
  fromPrecision: Parameters<typeof typedDate>[1];
  toDate: Date | null;
  toPrecision: Parameters<typeof typedDate>[1];
  quote: string | null;
  editorNote: string | null;
  subject: { slug: string; name: string };
  object: { slug: string; name: string };
  paragraph: { position: number; article: { slug: string } } | null;
  reference: { url: string; publication: string; title: string; published: Date | null; publishedPrecision: Parameters<typeof typedDate>[1] } | null;
}

/** A fact as its form shows it: what a correction starts from, and what a refused one compares with. */
export function factValues(row: FactSnapshotRow): FactFormValues {
  return {
    kind: row.kind,
    subject: row.subject.slug,
    object: row.object.slug,
    role: row.role ?? '',
    from: typedDate(row.fromDate, row.fromPrecision),
    to: typedDate(row.toDate, row.toPrecision),
    supportKind: row.reference ? 'reference' : 'paragraph',
    citation: row.paragraph ? `[^${row.paragraph.article.slug}#p-${row.paragraph.position}]` : '',
    quote: row.quote ?? '',
    url: row.reference?.url ?? '',
    publication: row.reference?.publication ?? '',
    title: row.reference?.title ?? '',
    published: row.reference ? typedDate(row.reference.published, row.reference.publishedPrecision) : '',
  };
}

/** What history keeps of each version: readable on its own after the fact or its entities are gone. */
export function factSnapshot(row: FactSnapshotRow) {
  return { ...factValues(row), subjectName: row.subject.name, objectName: row.object.name, editorNote: row.editorNote, version: row.version };
}
