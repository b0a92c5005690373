import { deserialize, serialize } from 'node:v8';
import { createClient, RESP_TYPES } from 'redis';

/** One entry of Next's page cache as lib/cache/page-cache-handler.mjs keeps it. */
export interface StoredPage {
  value: unknown;
  lastModified: number;
  tags: string[];
  cacheControl: unknown;
  size: number;
}

/** The pages every instance shares (REDIS_URL), behind each instance's own in-memory cache. */
export interface RemotePageStore {
  up(): boolean;
  /**
   * The entry stored under `key`, with the latest time one of its tags (or `extraTags`) was expired
   * anywhere, or the store was (re)created; null when there is none, or Redis did not answer in time.
   */
  get(key: string, extraTags: readonly string[]): Promise<{ entry: StoredPage; expiredAt: number } | null>;
  set(key: string, entry: StoredPage): Promise<void>;
  delete(key: string): Promise<void>;
  /** Records that these tags were expired at `at`, for the entries any instance reads later. */
  expire(tags: readonly string[], at: number): Promise<void>;
  close(): Promise<void>;
}

export interface RedisPageStoreOptions {
  url: string;
  /** The database's name: the deployment's instances share its tags, other portals on the same Redis do not. */
  database: string;
  /** Next's build: a page rendered by another build names scripts this one does not have. */
  buildId: string;
  /** Every page key lives this long at most, so Redis's `volatile-*` eviction may take any of them. */
  ttlSeconds: number;
  /** A read slower than this is given up, and the page is rendered here. */
  timeoutMs?: number;
  /** Entries larger than this are kept in this instance only. */
  maxEntryBytes?: number;
  /**
   * Tags recorded as expired when the connection comes back: a write made meanwhile could be
   * recorded nowhere, so what was stored before the outage is no longer trusted by anyone.
   */
  everything: string[];
}

/** The tags hash's own field: when it was created. An entry older than that predates what the hash knows. */
export const BORN_FIELD = '\u0000born';

export const pageStoreKeys = (database: string, buildId: string) => ({
  page: (key: string) => `caspian:${database}:page:${buildId}:${key}`,
  tags: `caspian:${database}:expired-tags`,
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Pages in Redis: each is one key (v8-serialized: Next's entries hold Buffers and Maps) with a TTL,
 * and one hash per database records when each tag was last expired. A reader checks an entry against
 * that hash, so an instance that started after a publish, or missed its pub/sub message, still never
 * serves a page from before it. The hash has no TTL; if it is lost all the same (an `allkeys-*`
 * eviction, a restarted Redis), it is made again with a newer birth time, which outdates every
 * entry written before.
 */
export async function createRedisPageStore(options: RedisPageStoreOptions): Promise<RemotePageStore> {
  const { url, database, buildId, ttlSeconds, everything, timeoutMs = 250, maxEntryBytes = 8 * 1024 * 1024 } = options;
  const keys = pageStoreKeys(database, buildId);
  const reconnectStrategy = (retries: number) => Math.min(100 * 2 ** retries, 500);
  const client = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy, connectTimeout: 2_000 } }).withTypeMapping({
    [RESP_TYPES.BLOB_STRING]: Buffer,
  });
  client.on('error', () => {});

  const born = async (): Promise<number> => {
    const now = Date.now();
    await client.hSetNX(keys.tags, BORN_FIELD, String(now));
    const value = await client.hGet(keys.tags, BORN_FIELD);
    return value ? Number(value.toString()) : now;
  };
  const expire = async (tags: readonly string[], at: number) => {
    if (!client.isReady || !tags.length) return;
    await born();
    await client.hSet(keys.tags, Object.fromEntries(tags.map((tag) => [tag, String(at)])));
  };
  let lost = false;
  client.on('reconnecting', () => (lost = true));
  client.on('end', () => (lost = true));
  client.on('ready', () => {
    if (!lost) return;
    lost = false;
    void expire(everything, Date.now()).catch(() => {});
  });
  await client.connect();
  // Made now, so that the pages this instance stores from here on are newer than it.
  await born();

  return {
    up: () => client.isReady,
    async get(key, extraTags) {
      if (!client.isReady) return null;
      try {
        const raw = await withTimeout(client.get(keys.page(key)), timeoutMs);
        if (!raw) return null;
        const entry = deserialize(raw) as StoredPage;
        const tags = [...new Set([...entry.tags, ...extraTags])];
        const times = await withTimeout(client.hmGet(keys.tags, [BORN_FIELD, ...tags]), timeoutMs);
        const birth = times[0] ? Number(times[0].toString()) : await withTimeout(born(), timeoutMs);
        let expiredAt = birth;
        for (const time of times.slice(1)) if (time) expiredAt = Math.max(expiredAt, Number(time.toString()));
        return { entry, expiredAt };
      } catch {
        return null;
      }
    },
    async set(key, entry) {
      if (!client.isReady) return;
      const bytes = serialize(entry);
      if (bytes.length > maxEntryBytes) return;
      await client.set(keys.page(key), bytes, { expiration: { type: 'EX', value: ttlSeconds } });
    },
    async delete(key) {
      if (client.isReady) await client.del(keys.page(key));
    },
    expire,
    async close() {
      await client.close().catch(() => {});
    },
  };
}
