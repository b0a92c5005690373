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
  if (process.env.REDIS_URL) void joinTagBus(process.env.REDIS_URL);
}

/** With REDIS_URL, tags expired by any instance reach this one's page cache (and so its front cache). */
async function joinTagBus(url: string): Promise<void> {
  const [{ startTagBus }, { setSharedTagBus }, { expireTags }, { TAGS }] = await Promise.all([
    import('@/lib/platform/cache/tag-bus'),
    import('@/lib/platform/cache/shared-tags'),
    import('@/lib/platform/cache/page-cache-handler.mjs'),
    import('@/lib/platform/cache/tags'),
  ]);
  try {
    setSharedTagBus(await startTagBus({ url, database: new URL(process.env.DATABASE_URL ?? 'postgresql://localhost/caspian').pathname.slice(1), expireLocally: (tags) => expireTags(tags), everything: [TAGS.site] }));
  } catch (error) {
    // Serving goes on; without the bus this instance's cache would not hear of others' writes.
    console.error('[cache] Redis did not answer; this instance caches nothing until restarted with it', error instanceof Error ? error.message : error);
    setInterval(() => expireTags([TAGS.site]), 1_000).unref();
  }
}
