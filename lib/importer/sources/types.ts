/** Where a value the page states about itself was read. */
export type HintSource = 'json-ld' | 'open-graph' | 'meta' | 'citation' | 'time' | 'rel-author' | 'title-tag' | 'heading';

export interface Hint<T> {
  value: T;
  source: HintSource;
}

/** What a document's own metadata states, before its text is read. */
export interface DocumentHints {
  title?: Hint<string>;
  authors?: Hint<string[]>;
  publication?: Hint<string>;
  /** The date as the page writes it (ISO 8601 in most metadata). */
  published?: Hint<string>;
  /** The page's own address: where it was fetched from, else its og:url or canonical link (absolute http(s) only). */
  address?: string;
}

export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/** A received file turned into the plain text the importer reads, with what its metadata stated. */
export interface SourceDocument {
  format: SourceFormat;
  /** Paragraphs separated by blank lines; the body of the article, without page furniture. */
  body: string;
  hints: DocumentHints;
  /** Blocks of page furniture the extractor left out (navigation, footers, captions), shortened. */
  removed: string[];
  notes: string[];
}

export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}
