export type {
  DatePrecision,
  FurnitureKind,
  ParsedArticle,
  ParsedDate,
  ParsedParagraph,
  ParsedPublication,
  PublicationProvenance,
  RemovedFurniture,
} from './types';
export { contentHash } from './content-hash';
export { parseArticle } from './parse-article';
export { slugForArticle } from './slug';
