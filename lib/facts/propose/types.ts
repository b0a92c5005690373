import type { EntityType } from '@/lib/entities/types';

/** One paragraph of the parsed article; `position` is 1-based, as in the `p-3` anchor. */
export interface ProposeParagraph {
  position: number;
  text: string;
}

/** A name the tagger found: a known entity (`key` is its slug) or, with `key` null, a candidate. */
export interface ProposeSpan {
  paragraph: number;
  /** UTF-16 offsets into the paragraph text, end exclusive. */
  start: number;
  end: number;
  surface: string;
  key: string | null;
  type: EntityType;
}

export interface ProposeInput {
  paragraphs: ProposeParagraph[];
  /** The article's own known date: the only source of a year the text leaves out. */
  published: { iso: string; precision: 'year' | 'month' | 'day' | 'minute' } | null;
  /** What the tagger found: mentions of known entities and candidate names, in any order. */
  spans: ProposeSpan[];
}

export interface KnowledgeBaseEntity {
  key: string;
  type: EntityType;
  /** Canonical name, used in proposals. */
  name: string;
  subtype: string | null;
  /** Every other form of the name (aliases), used to match an exercise to its series. */
  names: string[];
}

export interface KnowledgeBase {
  entities: KnowledgeBaseEntity[];
}

export type ProposedKind = 'participated-in' | 'held-in' | 'dated' | 'part-of-series';
/** An organizing body is a participated-in fact with the organizer role, as the knowledge base stores it. */
export type ProposedRole = 'host' | 'participant' | 'observer' | 'organizer' | 'stayed-away';
export type ProposedPrecision = 'day' | 'month' | 'year';

/** An entity a proposal names: resolved (`key` set, canonical `name`) or the text's own form. */
export interface ProposedRef {
  key: string | null;
  name: string;
  type: EntityType;
}

export interface ProposedFact {
  kind: ProposedKind;
  /** participated-in: the country or organization; otherwise the exercise. */
  subject: ProposedRef;
  /** participated-in: the exercise; held-in: the place; part-of-series: the series; dated: null. */
  object: ProposedRef | null;
  role: ProposedRole | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD (dated only). */
  from: string | null;
  to: string | null;
  precision: ProposedPrecision | null;
  paragraph: number;
  /** The exact words that state the fact: `text.slice(start, end) === quote`. */
  start: number;
  end: number;
  quote: string;
}
