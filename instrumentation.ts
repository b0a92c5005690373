/**
 * Runs once when the server starts. Scheduled briefs are published by this process's timer
 * (lib/briefs/scheduler.ts), within seconds of their time, whether or not anybody reads.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL) return;
  const state = globalThis as unknown as { caspianScheduler?: () => void };
  if (state.caspianScheduler) return;
  const [{ startScheduledPublishing }, { createPrismaClient }, { requireDatabaseUrl }, { briefTags, invalidateInProcess }] = await Promise.all([
    import('@/lib/briefs/scheduler'),
    import('@/lib/db/create-client'),
    import('@/lib/env'),
    import('@/lib/cache/invalidate'),
  ]);
  state.caspianScheduler = startScheduledPublishing({
    db: createPrismaClient(requireDatabaseUrl()),
    onPublished: (ids) => invalidateInProcess(briefTags(ids)),
  });
}
