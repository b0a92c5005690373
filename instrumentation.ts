/**
 * Runs once when the server starts. Scheduled briefs publish themselves at their time: reader
 * pages publish what is due when they are read, and this timer does it even when nobody reads.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL) return;
  const { startScheduledPublishing } = await import('@/lib/briefs/scheduler');
  startScheduledPublishing();
}
