import { createPrismaClient } from '@/lib/db/create-client';
import { requireDatabaseUrl } from '@/lib/env';
import { briefTags, invalidateInProcess } from '@/lib/cache/invalidate';
import { publishDueBriefs } from './service';

const EVERY_MS = 30_000;

/** Publishes due scheduled briefs every 30 seconds, expiring their cached pages; a failed round (database away) is retried. */
export function startScheduledPublishing(): void {
  const state = globalThis as unknown as { caspianScheduler?: NodeJS.Timeout };
  if (state.caspianScheduler) return;
  const db = createPrismaClient(requireDatabaseUrl());
  state.caspianScheduler = setInterval(() => {
    publishDueBriefs(db, new Date())
      .then((done) => invalidateInProcess(done.publishedIds.length ? briefTags(done.publishedIds) : []))
      .catch((error: unknown) => {
        console.error('[scheduler] scheduled publication failed; will retry', error instanceof Error ? error.message : error);
      });
  }, EVERY_MS);
  state.caspianScheduler.unref();
}
