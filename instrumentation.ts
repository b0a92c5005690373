/**
 * Runs once when the server starts: this instance joins the job queue (lib/platform/jobs) as a worker.
 * Scheduled briefs, re-tagging, trash and search maintenance run there, once across instances,
 * whether or not anybody reads; no page writes while it renders.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL) return;
  const state = globalThis as unknown as { caspianJobsStarted?: boolean };
  if (state.caspianJobsStarted) return;
  state.caspianJobsStarted = true;
  const [{ startJobQueue }, { setRunningQueue }, { getDb }, { env, requireDatabaseUrl }, { invalidateInProcess }, { configuredMailer }] = await Promise.all([
    import('@/lib/platform/jobs/queue'),
    import('@/lib/platform/jobs/instance'),
    import('@/lib/platform/db'),
    import('@/lib/platform/env'),
    import('@/lib/platform/cache/invalidate'),
    import('@/lib/platform/mail/configured'),
  ]);
  // The database may be away at start (the server still serves its 503 page): try again until it is back.
  const start = () => {
    const queue = startJobQueue({ connectionString: requireDatabaseUrl(), work: true, db: getDb(), expire: invalidateInProcess, mailer: configuredMailer(), siteUrl: env.SITE_URL });
    setRunningQueue(queue, true);
    queue.catch((error: unknown) => {
      console.error('[jobs] the job queue did not start; trying again in 10 s', error instanceof Error ? error.message : error);
      setTimeout(start, 10_000).unref();
    });
  };
  start();
  // Not awaited: an instance comes up (uncached) while Redis is away, and joins once it answers.
  if (process.env.REDIS_URL) void joinRedis(process.env.REDIS_URL);
}

/**
 * With REDIS_URL, this instance shares its pages and its expired tags with the others: the tag bus
 * brings their expiries to this instance's page cache (and so its front cache), and the page store
 * holds what any of them rendered (lib/platform/cache/page-store.ts).
 */
async function joinRedis(url: string): Promise<void> {
  const [{ readFile }, { startTagBus }, { setSharedTagBus }, { createRedisPageStore }, { expireTags, pageCacheState }, { TAGS }, { env }, { placeholderId }] = await Promise.all([
    import('node:fs/promises'),
    import('@/lib/platform/cache/tag-bus'),
    import('@/lib/platform/cache/shared-tags'),
    import('@/lib/platform/cache/page-store'),
    import('@/lib/platform/cache/page-cache-handler.mjs'),
    import('@/lib/platform/cache/tags'),
    import('@/lib/platform/env'),
    import('@/lib/platform/security/placeholder'),
  ]);
  const database = new URL(process.env.DATABASE_URL ?? 'postgresql://localhost/caspian').pathname.slice(1);
  const state = pageCacheState();
  try {
    const bus = await startTagBus({ url, database, expireLocally: (tags) => expireTags(tags, { share: false }), everything: [TAGS.site] });
    setSharedTagBus(bus);
    // Pages rendered by another build name scripts this one lacks; with another placeholder (another
    // AUTH_SECRET), their nonce would not be restamped here: neither is read.
    const build = (await readFile(`${process.cwd()}/.next/BUILD_ID`, 'utf8').catch(() => 'development')).trim();
    const buildId = env.CSP_NONCE_PLACEHOLDER ? `${build}.${placeholderId(env.CSP_NONCE_PLACEHOLDER)}` : build;
    state.remote = await createRedisPageStore({ url, database, buildId, ttlSeconds: env.REDIS_PAGE_TTL_HOURS * 3600, everything: [TAGS.site] });
    state.publish = (tags) => {
      bus.publish(tags).catch((error: unknown) => console.error('[cache] could not tell the other instances', error instanceof Error ? error.message : error));
    };
  } catch (error) {
    // Serving goes on; without the bus this instance's cache would not hear of others' writes.
    console.error('[cache] Redis did not answer; this instance caches nothing until restarted with it', error instanceof Error ? error.message : error);
    setInterval(() => expireTags([TAGS.site], { share: false }), 1_000).unref();
  }
}
