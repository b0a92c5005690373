import type { EntityType, Era } from '@/lib/generated/prisma/enums';

export const SEARCH_KINDS = ['article', 'brief', 'entity', 'summary'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_PAGE_SIZE = 20;
/** Articles are counted up to this; beyond, the page says "1,000+". */
export const COUNT_CAP = 1000;
/** Longer queries are cut here, with a note to the reader. */
export const MAX_QUERY_LENGTH = 200;

export interface SearchParams {
  q: string;
  /** True when the received query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
  type?: SearchKind;
  era?: Era;
  /** Slug of an entity: only documents mentioning it. */
  entity?: string;
  /** Inclusive dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
  page: number;
}

export interface EntityRef {
  name: string;
  slug: string;
  type: EntityType;
}

export interface SearchHit {
  kind: SearchKind;
  href: string;
  title: string;
  /** Text with highlight markers (HIT_START / HIT_END) around matched words; see highlight.ts. */
  titleMarked: string;
  snippetMarked: string;
  era: Era | null;
  /** What the era filter matches: [era], or for a brief the eras of what it cites and compares. */
  eras: Era[];
  publishedAt: Date | null;
  entityType: EntityType | null;
  /** Why it matched: the forms it has of what the reader typed in another form ("Ochamchira" for "Ochamchire"). */
  matched: { form: string; typed: string; name: boolean }[];
  /** In a relaxed search, the parts of the query it lacks, as typed. */
  missing: string[];
}

export type SearchOutcome =
  | { status: 'idle' }
  | { status: 'empty-query'; suggestions: EntityRef[] }
  | {
      status: 'results';
      hits: SearchHit[];
      /** Matches per kind, ignoring the type filter, for the type tabs; at most COUNT_CAP. */
      counts: Record<SearchKind, number>;
      /** Kinds with more matches than their count (articles beyond COUNT_CAP). */
      capped: SearchKind[];
      /** Matches of the type filter's kind, or of all; a lower bound when a kind it covers is capped. */
      total: number;
      pageCount: number;
      /** Entities whose other names were added to the query. */
      expandedWith: EntityRef[];
      /** Entities whose names look like the query ("Did you mean …"). */
      suggestions: EntityRef[];
      /** When nothing matched as typed, the entity whose names were searched instead. */
      correctedTo?: EntityRef;
      /**
       * Too few documents had every word, so those with most of them were added: how many had
       * all, and how many of the query's parts the others have at least.
       */
      relaxed?: { allWords: number; needed: number; parts: number };
      /** A range the query's words gave ("after 2022"), searched as the date filter (see readIntent). */
      dateIntent?: { words: string; from?: string; to?: string };
    };

export interface SearchResponse {
  params: SearchParams;
  /** The entity of the entity filter, when it exists. */
  entity?: EntityRef;
  outcome: SearchOutcome;
}
