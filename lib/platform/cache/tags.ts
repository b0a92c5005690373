/**
 * Cache tags: what a cached reader page shows, so that a change invalidates exactly the pages that
 * show it. Pages register them while rendering (lib/platform/cache/page-tags.ts); writes expire them
 * (lib/platform/cache/invalidate.ts). Plain strings, because Next stores them in a response header.
 */
export const TAGS = {
  /** Every cached page: expired by changes that touch names and links everywhere (re-tagging all articles). */
  site: 'site',
  /** Lists of articles: the home page, /articles, the sitemap. */
  articles: 'articles',
  /** Lists of briefs: the home page, /briefs, the feeds. */
  briefs: 'briefs',
  /** Entity indexes: /entities and each type's index. */
  entities: 'entities',
  /** /compare and all its views: derived from the entities and articles they read (lib/platform/cache/page-tags.ts). */
  compare: 'compare',
  article: (id: string) => `article:${id}`,
  entity: (id: string) => `entity:${id}`,
  brief: (id: string) => `brief:${id}`,
} as const;

/** Next accepts at most 128 tags of up to 256 characters on one entry (NEXT_CACHE_TAG_MAX_*). */
export const MAX_TAG_LENGTH = 256;
export const MAX_TAGS_PER_PAGE = 128;

/** Distinct tags, `site` first. Too many means a page should use a coarser tag: that is a bug, not a case to trim. */
export function pageTags(tags: readonly string[]): string[] {
  const out: string[] = [TAGS.site];
  for (const tag of tags) {
    if (tag.length === 0 || tag.length > MAX_TAG_LENGTH) throw new Error(`Invalid cache tag: ${JSON.stringify(tag)}`);
    if (!out.includes(tag)) out.push(tag);
  }
  if (out.length > MAX_TAGS_PER_PAGE) throw new Error(`A page registered ${out.length} cache tags; use a coarser one.`);
  return out;
}
