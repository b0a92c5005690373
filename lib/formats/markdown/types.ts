/** A cited paragraph as the caller resolved it (preloaded from the database, or from a published revision). */
export interface CitationTarget {
  articleSlug: string;
  articleTitle: string;
  /** 1-based; the permalink anchor is `p-{position}`. */
  position: number;
  /** The paragraph's text as it stood when cited: the note quotes this. */
  text: string;
  /** The paragraph has been corrected since it was cited. */
  changed?: boolean;
  /** A short excerpt of `text`; when given, the note adds a text-fragment link that highlights it. */
  quote?: string;
}

export interface EntityTarget {
  /** Site-relative path, e.g. `/exercises/birlestik-2024`. */
  href: string;
  /** The entity's canonical name. */
  name: string;
}

/** What a figure directive may name: countries and an organization, by their knowledge-base slugs. */
export type FigureScopeKind = 'country' | 'organization';

/** Lookups are synchronous: the caller preloads what `scanReferences` lists. */
export interface Resolvers {
  citation(articleSlug: string, position: number): CitationTarget | null;
  entity(nameOrAlias: string): EntityTarget | null;
  /**
   * Whether the knowledge base has this country or organization, for figure directives. Absent
   * when a published revision is read: its figures were checked, and stored, when it was published.
   */
  figureScope?(kind: FigureScopeKind, slug: string): boolean;
}

export type MarkdownProblemKind = 'unknown-citation' | 'unknown-entity' | 'bad-syntax' | 'unknown-figure';

export interface MarkdownProblem {
  /** 1-based, in the Markdown source. */
  line: number;
  /** 1-based, in UTF-16 code units (what a textarea's selection counts). */
  column: number;
  message: string;
  kind: MarkdownProblemKind;
}

export interface CitationRef {
  articleSlug: string;
  position: number;
}

export interface ScannedReferences {
  /** Distinct citations, in order of first use. */
  citations: CitationRef[];
  /** Distinct entity names or aliases as written (trimmed), in order of first use. */
  entities: string[];
  /** Distinct country and organization slugs that figure directives name. */
  figureScope: { countries: string[]; organizations: string[] };
}
