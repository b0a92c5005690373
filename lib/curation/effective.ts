import { deriveEra } from '@/lib/articles/era';
import type { Era, EraBasis } from '@/lib/generated/prisma/enums';

export interface ParsedFacts {
  parsedSourceId: string | null;
  parsedPublishedAt: Date | null;
  yearsMentioned: readonly number[];
}

export interface CuratedFacts {
  sourceId: string | null;
  publishedAt: Date | null;
  era: Era | null;
}

export interface EffectiveFields {
  sourceId: string | null;
  publishedAt: Date | null;
  era: Era;
  eraBasis: EraBasis;
}

/**
 * The values lists filter and sort on: an editor's wins over the importer's, and a cleared editor
 * value falls back to what the text said. The era follows the effective date unless overridden.
 */
export function effectiveFields(parsed: ParsedFacts, curated: CuratedFacts | null): EffectiveFields {
  const sourceId = curated?.sourceId ?? parsed.parsedSourceId;
  const publishedAt = curated?.publishedAt ?? parsed.parsedPublishedAt;
  const { era, eraBasis } = deriveEra({ publishedAt, yearsMentioned: parsed.yearsMentioned, editorEra: curated?.era ?? null });
  return { sourceId, publishedAt, era, eraBasis };
}
