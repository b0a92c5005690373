import { parseArticle } from './parse-article';
import type { Hint, HintSource, SourceDocument } from './sources/types';
import { suggestTitle } from './suggested-title';
import type { ParsedArticle, ParsedDate, RemovedFurniture } from './types';

/** Where a field's value came from: the page's metadata, the text itself, or nowhere. */
export type FieldSource = HintSource | 'text' | 'none';

export interface Field<T> {
  value: T | null;
  source: FieldSource;
}

export interface DocumentArticle {
  /** What is stored and hashed: the metadata the page stated, as header lines, then the body. */
  text: string;
  parsed: ParsedArticle;
  fields: { title: Field<string>; authors: Field<string[]>; publication: Field<string>; published: Field<ParsedDate> };
  /** Only when the text states no title. */
  suggestedTitle: string | null;
  removed: RemovedFurniture[];
}

function headerLines(doc: SourceDocument): string[] {
  const { title, authors, publication, published, address } = doc.hints;
  return [
    title?.value,
    authors?.value.length ? `Author: ${authors.value.join(', ')}` : undefined,
    publication ? `Publication: ${publication.value}` : undefined,
    published ? `Published: ${published.value}` : undefined,
    address ? `Address: ${address}` : undefined,
  ].filter((l): l is string => Boolean(l));
}

function field<T>(value: T | null, hint: Hint<unknown> | undefined, matches: boolean): Field<T> {
  if (value === null || (Array.isArray(value) && value.length === 0)) return { value: null, source: 'none' };
  return { value, source: hint && matches ? hint.source : 'text' };
}

/**
 * A received document as the article the importer stores. The page's own metadata is written as
 * the header lines the text importer reads, so the stored text says everything the article
 * shows and `npm run ingest` of that text gives the same result.
 */
export function documentArticle(doc: SourceDocument): DocumentArticle {
  const header = headerLines(doc);
  const text = header.length ? `${header.join('\n')}\n\n${doc.body.trim()}\n` : `${doc.body.trim()}\n`;
  const parsed = parseArticle(text);
  const { hints } = doc;
  return {
    text,
    parsed,
    fields: {
      title: field(parsed.title, hints.title, parsed.title === hints.title?.value),
      authors: field(parsed.authors, hints.authors, parsed.authors.some((a) => hints.authors?.value.includes(a))),
      publication: field(parsed.publication?.name ?? null, hints.publication, parsed.publication?.name === hints.publication?.value),
      published: field(parsed.published, hints.published, Boolean(parsed.published && hints.published?.value.includes(parsed.published.text))),
    },
    suggestedTitle: parsed.title ? null : suggestTitle(parsed.paragraphs),
    removed: [...doc.removed.map((t): RemovedFurniture => ({ kind: 'other', text: t })), ...parsed.removed],
  };
}
