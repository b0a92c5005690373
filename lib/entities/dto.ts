import type { DatePrecision, EntityType, Era, FactKind, NameKind, ParticipationRole } from '@/lib/generated/prisma/enums';

export interface EntityRef {
  slug: string;
  type: EntityType;
  name: string;
}

export interface PartialDate {
  iso: string;
  precision: DatePrecision;
}

/** The paragraph a fact or date rests on. */
export interface Citation {
  articleSlug: string;
  articleTitle: string;
  position: number;
  quote: string | null;
}

/** A page outside the portal (news, ministry, think tank) that a fact or date rests on. */
export interface ReferenceCitation {
  url: string;
  publication: string;
  /** Empty when the page shows no headline. */
  title: string;
  published: PartialDate | null;
  /** The page's own words (at most 25) that support the fact. */
  quote: string | null;
}

export interface FactView {
  id: string;
  kind: FactKind;
  role: ParticipationRole | null;
  /** 'out': this entity is the subject (Kazakhstan → member of → CSTO); 'in': it is the object. */
  direction: 'out' | 'in';
  other: EntityRef & { era: Era | null; start: PartialDate | null; coordinates: { lat: number; lon: number } | null };
  from: PartialDate | null;
  to: PartialDate | null;
  citation: Citation | null;
  reference: ReferenceCitation | null;
  editorNote: string | null;
}

export interface MentionView {
  id: string;
  position: number;
  before: string;
  match: string;
  after: string;
}

export interface MentionGroup {
  articleSlug: string;
  articleTitle: string;
  articleEra: Era;
  mentions: MentionView[];
}

export interface EntityDetail extends EntityRef {
  id: string;
  subtype: string | null;
  description: string | null;
  era: Era | null;
  coordinates: { lat: number; lon: number; note: string | null } | null;
  start: PartialDate | null;
  end: PartialDate | null;
  datesCitation: Citation | null;
  datesReference: ReferenceCitation | null;
  datesNote: string | null;
  /** Retired by an editor: out of lists and search; the page says so. */
  retired?: { at: string; reason: string | null } | null;
  names: { name: string; lang: string; kind: NameKind }[];
  facts: FactView[];
  mentionCount: number;
  /** Mentions come a page at a time (MENTIONS_PER_PAGE), newest articles first. */
  mentionPage: number;
  mentionPageCount: number;
  mentionGroups: MentionGroup[];
  related: (EntityRef & { shared: number })[];
  /** When the entity or one of its facts last changed (ISO); absent where it was not read. */
  lastChanged?: string;
}

export interface EntityListItem extends EntityRef {
  subtype: string | null;
  mentionCount: number;
  era: Era | null;
}
