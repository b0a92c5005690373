import type { DatePrecision, EntityType, Era, FactKind, ParticipationRole } from '@/lib/generated/prisma/enums';
import type { Citation, FactView, MentionGroup, PartialDate, ReferenceCitation } from './dto';
import { snippetAround } from './snippet';

interface ArticleTitleRow {
  slug: string;
  parsedTitle: string | null;
  curation: { title: string | null } | null;
}

interface CitedParagraphRow {
  position: number;
  article: ArticleTitleRow;
}

export interface ReferenceRow {
  url: string;
  publication: string;
  title: string;
  published: Date | null;
  publishedPrecision: DatePrecision | null;
}

/** The Prisma select that fills a ReferenceRow. */
export const referenceSelect = { url: true, publication: true, title: true, published: true, publishedPrecision: true } as const;

export interface FactRow {
  id: string;
  kind: FactKind;
  role: ParticipationRole | null;
  fromDate: Date | null;
  fromPrecision: DatePrecision | null;
  toDate: Date | null;
  toPrecision: DatePrecision | null;
  quote: string | null;
  editorNote: string | null;
  paragraph: CitedParagraphRow | null;
  reference: ReferenceRow | null;
}

interface OtherRow {
  slug: string;
  type: EntityType;
  name: string;
  era: Era | null;
  startDate: Date | null;
  startPrecision: DatePrecision | null;
  latitude: number | null;
  longitude: number | null;
}

export interface MentionRow {
  id: string;
  start: number;
  end: number;
  paragraph: { position: number; text: string; article: ArticleTitleRow & { era: Era } };
}

function partial(date: Date | null, precision: DatePrecision | null): PartialDate | null {
  return date && precision ? { iso: date.toISOString(), precision } : null;
}

function articleTitle(a: ArticleTitleRow): string {
  return a.curation?.title ?? a.parsedTitle ?? 'Untitled article';
}

export function toCitation(p: CitedParagraphRow, quote: string | null): Citation {
  return { articleSlug: p.article.slug, articleTitle: articleTitle(p.article), position: p.position, quote };
}

export function toReferenceCitation(r: ReferenceRow, quote: string | null): ReferenceCitation {
  return { url: r.url, publication: r.publication, title: r.title, published: partial(r.published, r.publishedPrecision), quote };
}

export function toFactView(f: FactRow, direction: 'out' | 'in', other: OtherRow): FactView {
  return {
    id: f.id,
    kind: f.kind,
    role: f.role,
    direction,
    other: {
      slug: other.slug,
      type: other.type,
      name: other.name,
      era: other.era,
      start: partial(other.startDate, other.startPrecision),
      coordinates: other.latitude !== null && other.longitude !== null ? { lat: other.latitude, lon: other.longitude } : null,
    },
    from: partial(f.fromDate, f.fromPrecision),
    to: partial(f.toDate, f.toPrecision),
    citation: f.paragraph ? toCitation(f.paragraph, f.quote) : null,
    reference: f.reference ? toReferenceCitation(f.reference, f.quote) : null,
    editorNote: f.editorNote,
  };
}

/** Mentions grouped by article, in the order given, each with its snippet. */
export function toMentionGroups(rows: MentionRow[]): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  for (const m of rows) {
    const a = m.paragraph.article;
    let group = groups.get(a.slug);
    if (!group) {
      group = { articleSlug: a.slug, articleTitle: articleTitle(a), articleEra: a.era, mentions: [] };
      groups.set(a.slug, group);
    }
    group.mentions.push({ id: m.id, position: m.paragraph.position, ...snippetAround(m.paragraph.text, m.start, m.end) });
  }
  return [...groups.values()];
}
