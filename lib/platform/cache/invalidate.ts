import 'server-only';
import { updateTag } from 'next/cache';
import { expireTags } from './page-cache-handler.mjs';
import { TAGS } from './tags';

/**
 * From a server action: expires the tags at once and tells the editor's browser to refresh
 * (updateTag is Next's read-your-own-writes form of revalidateTag). The cache handler shares them
 * with the other instances (expireTags).
 */
export function invalidateFromAction(tags: readonly string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}

/**
 * Outside a request (a job of the job queue): the page cache's state lives in this process, so its
 * tags are expired directly (and shared with the other instances from there).
 */
export function invalidateInProcess(tags: readonly string[]): void {
  if (tags.length) expireTags([...new Set(tags)]);
}

/** What a brief's publication, withdrawal or rename changes: its pages and every list of briefs. */
export const briefTags = (briefIds: readonly string[]) => [TAGS.briefs, ...briefIds.map(TAGS.brief)];

/** What an article's change of text, metadata or summary changes. */
export const articleTags = (articleId: string, entityIds: readonly string[] = []) => [
  TAGS.article(articleId),
  TAGS.articles,
  ...entityIds.map(TAGS.entity),
];
