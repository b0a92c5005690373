// Next's cache for rendered reader pages (and the small entries that carry their tags), kept in this
// server process's memory. Loaded by Next at run time through `cacheHandler` in next.config.ts, so it
// is plain JavaScript.
//
// Why not Next's default file-system cache: it keeps pages on disk across restarts, and it serves
// pages prerendered at build time, so a change made while the server was down (an import from the
// command line, a restored database) would be served stale. In memory, every start begins empty.
// Why tags expire at once: a reader must never see a page from before a publish, so expiring a tag
// drops every entry that carries it; the next request renders afresh (Next's "max" profile would
// serve the stale page once more).
// With REDIS_URL, instrumentation.ts gives the state a shared store (lib/cache/page-store.ts): an
// entry this process lacks is looked for there, what it renders is stored there too, and every tag
// it expires is recorded there and published to the other instances (lib/cache/tag-bus.ts). While
// Redis is away, each instance caches in its own memory only.
import { AsyncLocalStorage } from 'node:async_hooks';
import { LRUCache } from 'lru-cache';

const TAGS_HEADER = 'x-next-cache-tags';
const STATE = Symbol.for('caspian.page-cache');

/** One store per process, shared by the handler instances Next creates and by lib/platform/cache/invalidate.ts (types in the .d.mts). */
export function pageCacheState() {
  const holder = globalThis;
  if (!holder[STATE]) {
    const megabytes = Number(process.env.PAGE_CACHE_MB ?? 256);
    holder[STATE] = {
      entries: new LRUCache({
        maxSize: Math.max(1, megabytes) * 1024 * 1024,
        sizeCalculation: (entry) => Math.max(1, entry.size),
      }),
      /** tag → when it was last expired (ms since the epoch) */
      expiredAt: new Map(),
      /** tag → the tags whose expiry expires it too (see deriveTag) */
      derived: new Map(),
      stats: { hits: 0, misses: 0, sets: 0, expired: 0, remoteHits: 0 },
      /** Counts expiries: what is kept briefly rather than by tag (the front cache's searches) is kept only while it is unchanged. */
      generation: 0,
      /** The pages every instance shares (REDIS_URL), set by instrumentation.ts once Redis answers. */
      remote: undefined,
      /** Tells the other instances which tags this one expired (the tag bus), set with `remote`. */
      publish: undefined,
      /** Per request, when the production server asks: the entries Next read to answer it (lib/platform/cache/front-cache.ts). */
      reads: new AsyncLocalStorage(),
      /** Told of every expiry but the grace's repeat (lib/platform/db: readers then go to the primary until the replicas have the write). */
      onExpire: new Set(),
    };
  }
  return holder[STATE];
}

/** How long a render can take: a render that read the database before a change and stored its page after it. */
export const RENDER_GRACE_MS = 3_000;

/**
 * Expires every entry carrying one of these tags, now and once more after RENDER_GRACE_MS: a page
 * whose render began before the change (and so shows the old data) but was stored after this call
 * would otherwise stay cached as if fresh. With `share` (a write made here, not one heard of from
 * another instance), the tags, derived ones included, are recorded in the shared store both times
 * and published to the other instances once; they expire them again after the grace themselves.
 */
export function expireTags(tags, { again = true, share = true } = {}) {
  const state = pageCacheState();
  const given = typeof tags === 'string' ? [tags] : [...tags];
  const list = [...given];
  for (const [tag, sources] of state.derived) if (!list.includes(tag) && given.some((t) => sources.has(t))) list.push(tag);
  const now = Date.now();
  state.generation++;
  for (const tag of list) state.expiredAt.set(tag, now);
  if (share && state.remote) state.remote.expire(list, now).catch((error) => console.error('[cache] could not record expired tags in Redis', error?.message ?? error));
  if (share && again) state.publish?.(list);
  if (again) {
    for (const listener of state.onExpire) listener(list);
    setTimeout(() => expireTags(list, { again: false, share }), RENDER_GRACE_MS).unref?.();
  }
}

/** How many times tags were expired in this process (any write, here or on another instance). */
export function cacheGeneration() {
  return pageCacheState().generation;
}

/**
 * Makes `tag` expire whenever one of `sources` does. For a page that reads more entities than a
 * cache entry can name (Next keeps at most 128 tags on one): /compare reads every exercise, its
 * participants, places and organizations, so it carries one tag and names what that tag depends
 * on here, as of its latest render. Writes keep expiring the entities and articles they touch.
 */
export function deriveTag(tag, sources) {
  pageCacheState().derived.set(tag, new Set(sources));
}

function tagsOf(value, ctxTags) {
  const tags = [...(ctxTags ?? [])];
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === 'string' && header) tags.push(...header.split(','));
  return tags;
}

function sizeOf(value) {
  if (!value) return 1;
  let size = 512;
  if (typeof value.html === 'string') size += value.html.length * 2;
  if (value.rscData?.byteLength) size += value.rscData.byteLength;
  if (value.body?.byteLength) size += value.body.byteLength;
  if (value.segmentData instanceof Map) for (const part of value.segmentData.values()) size += part?.byteLength ?? 0;
  if (typeof value.data === 'object' && value.data) size += JSON.stringify(value.data).length;
  return size;
}

/** True when no tag was expired at or after lastModified. */
function unexpired(state, tags, lastModified) {
  return !tags.some((tag) => (state.expiredAt.get(tag) ?? 0) >= lastModified);
}

/**
 * Whether the entry Next read under `key` (stored at `lastModified`, checked against `tags`) is
 * still the one it would serve: neither replaced, evicted nor expired by a tag since.
 */
export function isStillServed(key, lastModified, tags) {
  const state = pageCacheState();
  const entry = state.entries.get(key);
  return entry !== undefined && entry.lastModified === lastModified && unexpired(state, tags, lastModified);
}

/**
 * The entry another instance stored under `key`, when it is current by both the shared record of
 * expired tags and this instance's own; it is then kept here too, as if rendered here.
 */
async function fromRemote(state, key, extraTags) {
  if (!state.remote?.up()) return undefined;
  const found = await state.remote.get(key, extraTags);
  if (!found) return undefined;
  const { entry, expiredAt } = found;
  if (expiredAt >= entry.lastModified || !unexpired(state, [...entry.tags, ...extraTags], entry.lastModified)) return undefined;
  const local = state.entries.get(key);
  if (local && local.lastModified >= entry.lastModified) return local;
  state.entries.set(key, entry);
  state.stats.remoteHits++;
  return entry;
}

export default class PageCacheHandler {
  async get(key, ctx) {
    const state = pageCacheState();
    const reads = state.reads.getStore();
    const extra = [...(ctx?.softTags ?? []), ...(ctx?.tags ?? [])];
    const entry = state.entries.get(key) ?? (await fromRemote(state, key, extra));
    if (!entry) {
      state.stats.misses++;
      reads?.push({ key, hit: false });
      return null;
    }
    const tags = [...entry.tags, ...extra];
    if (!unexpired(state, tags, entry.lastModified)) {
      state.entries.delete(key);
      state.stats.expired++;
      reads?.push({ key, hit: false });
      return null;
    }
    state.stats.hits++;
    reads?.push({ key, hit: true, lastModified: entry.lastModified, tags });
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    const state = pageCacheState();
    // An unknown slug or paragraph is answered 404 and kept nowhere: addresses anyone can invent
    // must not fill the cache, and a page created later must not find a stale 404 in its place.
    if (!data || (typeof data.status === 'number' && data.status >= 400)) {
      state.entries.delete(key);
      state.remote?.delete(key).catch(() => {});
      return;
    }
    state.stats.sets++;
    const entry = {
      value: data,
      lastModified: Date.now(),
      tags: tagsOf(data, ctx?.tags),
      cacheControl: ctx?.cacheControl,
      size: sizeOf(data),
    };
    state.entries.set(key, entry);
    // Not awaited: the reader who caused the render need not wait for Redis.
    state.remote?.set(key, entry).catch((error) => console.error('[cache] could not store a page in Redis', error?.message ?? error));
  }

  async revalidateTag(tags) {
    expireTags(tags);
  }

  resetRequestCache() {}
}
