import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';

/** One channel per database: the instances of one deployment share it, other portals on the same Redis do not. */
export const tagChannel = (database: string) => `caspian:expired-tags:${database}`;

export interface TagBus {
  /** Tells every other instance to expire these tags (this one has already). */
  publish(tags: readonly string[]): Promise<void>;
  up(): boolean;
  close(): Promise<void>;
}

export interface TagBusOptions {
  url: string;
  /** The database's name (tagChannel). */
  database: string;
  /** Expires tags in this process only: another instance's write, or everything after an outage. */
  expireLocally: (tags: string[]) => void;
  /** What to expire when the bus cannot be trusted: while Redis is away, and once on its return. */
  everything: string[];
  /** While Redis is away, the whole local cache is expired this often (ms). */
  outageEveryMs?: number;
}

const isTagList = (value: unknown): value is string[] => Array.isArray(value) && value.every((t) => typeof t === 'string');

/**
 * Tag expiry across instances over Redis pub/sub. Each instance keeps its own page cache and front
 * cache; a write expires its tags here and publishes them, and every other instance expires the
 * same tags on receipt. A message missed while Redis was away cannot be replayed, so meanwhile the
 * instance expires its whole cache every second (it serves what the database says, as if uncached)
 * and once more when Redis is back.
 */
export async function startTagBus({ url, database, expireLocally, everything, outageEveryMs = 1_000 }: TagBusOptions): Promise<TagBus> {
  const self = randomUUID();
  const channel = tagChannel(database);
  // Reconnects on its own, every half second at most; commands while down fail at once, not queue.
  const reconnectStrategy = (retries: number) => Math.min(100 * 2 ** retries, 500);
  const publisher = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy, connectTimeout: 2_000 } });
  const subscriber = publisher.duplicate();
  // Which clients are ready: a count would drift, as a client reports 'reconnecting' on every retry.
  const ready = new Set<unknown>();
  let closed = false;
  let outage: NodeJS.Timeout | undefined;
  const down = () => {
    if (outage || closed) return;
    expireLocally(everything);
    outage = setInterval(() => expireLocally(everything), outageEveryMs);
    outage.unref();
  };
  const back = () => {
    if (!outage) return;
    clearInterval(outage);
    outage = undefined;
    expireLocally(everything);
  };
  for (const client of [publisher, subscriber]) {
    client.on('error', () => {});
    client.on('ready', () => {
      ready.add(client);
      if (ready.size >= 2) back();
    });
    client.on('reconnecting', () => {
      ready.delete(client);
      down();
    });
    client.on('end', () => {
      ready.delete(client);
      down();
    });
  }
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(channel, (message) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    const { from, tags } = (parsed ?? {}) as { from?: unknown; tags?: unknown };
    if (from !== self && isTagList(tags) && tags.length) expireLocally(tags);
  });
  return {
    publish: async (tags) => {
      if (!tags.length) return;
      await publisher.publish(channel, JSON.stringify({ from: self, tags }));
    },
    up: () => publisher.isReady && subscriber.isReady,
    close: async () => {
      closed = true;
      clearInterval(outage);
      outage = undefined;
      await Promise.allSettled([subscriber.close(), publisher.close()]);
    },
  };
}
