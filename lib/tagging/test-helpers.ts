// Small builders for the tagger's unit tests.
import type { EntityType } from '@/lib/entities/types';
import { compileGazetteer, type Gazetteer } from './gazetteer';
import { tagArticle } from './tag-article';
import type { TaggerName, TagResult } from './types';

export function named(
  entityKey: string,
  name: string,
  extra: { entityType?: EntityType; kind?: TaggerName['kind']; contextWords?: string[] } = {},
): TaggerName {
  const { entityType = 'organization', kind = 'name', contextWords } = extra;
  return { entityKey, name, entityType, kind, ...(contextWords ? { contextWords } : {}) };
}

export function gazetteerOf(...names: TaggerName[]): Gazetteer {
  return compileGazetteer(names);
}

/** Tags texts as paragraphs 0, 1, 2… */
export function tag(gazetteer: Gazetteer, ...texts: string[]): TagResult {
  return tagArticle(gazetteer, texts.map((text, id) => ({ id, text })));
}

/** Mentions as [surface, entityKey] pairs, for compact expectations. */
export function found(result: TagResult): [string, string][] {
  return result.mentions.map((mention) => [mention.surface, mention.entityKey]);
}
