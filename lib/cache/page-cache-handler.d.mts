// Types for page-cache-handler.mjs, which Next loads as plain JavaScript.
export declare const RENDER_GRACE_MS: number;

export interface PageCacheStats {
  hits: number;
  misses: number;
  sets: number;
  expired: number;
}

export declare function pageCacheState(): {
  entries: { size: number; calculatedSize: number; clear(): void };
  expiredAt: Map<string, number>;
  stats: PageCacheStats;
};

export declare function expireTags(tags: string | readonly string[], options?: { again?: boolean }): void;

export default class PageCacheHandler {
  get(key: string, ctx?: { softTags?: string[]; tags?: string[] }): Promise<{ value: unknown; lastModified: number; cacheControl: unknown } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
