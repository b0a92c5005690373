import 'server-only';
import { updateTag } from 'next/cache';
import { expireTags } from './page-cache-handler.mjs';
import { broadcastTags } from './shared-tags';
import { TAGS } from './tags';

/**
 * From a server action: expires the tags at once and tells the editor's browser to refresh
 * (updateTag is Next's read-your-own-writes form of revalidateTag).
 */
export function invalidateFromAction(tags: readonly string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
  broadcastTags(tags);
}

/**
 * Outside a request (a job of the job queue): the page cache
 * lives in this process, so its tags are expired directly.
 */
export function invalidateInProcess(tags: readonly string[]): void {
  if (tags.length) expireTags([...new Set(tags)]);
  broadcastTags(tags);
}

/** What a brief's publication, withdrawal or rename changes: its pages and every list of briefs. */
export const briefTags = (briefIds: readonly string[]) => [TAGS.briefs, ...briefIds.map(TAGS.brief)];

/** What an article's change of text, metadata or summary changes. */
export const articleTags = (articleId: string, entityIds: readonly string[] = []) => [
  TAGS.article(articleId),
  TAGS.articles,
  ...entityIds.map(TAGS.entity),
];
