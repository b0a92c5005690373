import 'server-only';
import { unstable_cache } from 'next/cache';
import { deriveTag } from './page-cache-handler.mjs';
import { pageTags } from './tags';

/**
 * Adds tags to the page being rendered. Next collects the tags of every `unstable_cache` call made
 * during a render onto the page's own cache entry, so a marker entry with these tags is how a page
 * built from Prisma queries (not `fetch`) says what it shows.
 */
export async function tagPage(tags: readonly string[]): Promise<void> {
  const list = pageTags(tags);
  await unstable_cache(async () => true, ['page-tags', ...list], { tags: list })();
}

/**
 * Tags the page with `tag`, which from now on expires whenever one of `sources` does: for a page
 * that reads more than one cache entry can name (see deriveTag).
 */
export async function tagPageDerived(tag: string, sources: Iterable<string>): Promise<void> {
  deriveTag(tag, sources);
  await tagPage([tag]);
}
