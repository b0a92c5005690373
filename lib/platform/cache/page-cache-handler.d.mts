// Types for page-cache-handler.mjs, which Next loads as plain JavaScript.
export declare const RENDER_GRACE_MS: number;

export interface PageCacheStats {
  hits: number;
  misses: number;
  sets: number;
  expired: number;
  /** Entries found in the shared store (REDIS_URL) that this process had not rendered. */
  remoteHits: number;
}

/** One read of the cache by Next, as recorded for the production server's front cache. */
export type PageCacheRead = { key: string; hit: false } | { key: string; hit: true; lastModified: number; tags: string[] };

export declare function pageCacheState(): {
  entries: { size: number; calculatedSize: number; clear(): void };
  expiredAt: Map<string, number>;
  derived: Map<string, Set<string>>;
  stats: PageCacheStats;
  generation: number;
  reads: import('node:async_hooks').AsyncLocalStorage<PageCacheRead[]>;
  remote: import('./page-store').RemotePageStore | undefined;
  publish: ((tags: string[]) => void) | undefined;
  onExpire: Set<(tags: string[]) => void>;
};

export declare function isStillServed(key: string, lastModified: number, tags: readonly string[]): boolean;

export declare function cacheGeneration(): number;

export declare function deriveTag(tag: string, sources: Iterable<string>): void;

export declare function expireTags(tags: string | readonly string[], options?: { again?: boolean; share?: boolean }): void;

export default class PageCacheHandler {
  get(key: string, ctx?: { softTags?: string[]; tags?: string[] }): Promise<{ value: unknown; lastModified: number; cacheControl: unknown } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
