import type { Db } from './service-types';
import { publishDueBriefs, purgeTrash } from './service';

/** Scheduled briefs appear within this long of their time; each round is one indexed look-up. */
const EVERY_MS = 2_000;
/** Drafts trashed 30 days ago are deleted on the first round and then hourly. */
const PURGE_EVERY_MS = 3_600_000;

export interface SchedulerOptions {
  db: Db;
  /** Called with the ids of the briefs each round published, to expire their cached pages. */
  onPublished: (briefIds: string[]) => void;
  everyMs?: number;
}

/**
 * The one path by which scheduled briefs are published (and trashed drafts past their 30 days deleted): a timer in the server process, so that
 * reading a page never writes. Several processes may run it at once: publishDueBriefs claims each
 * brief with a conditional update, so it is published once. Returns a function that stops it.
 */
export function startScheduledPublishing({ db, onPublished, everyMs = EVERY_MS }: SchedulerOptions): () => void {
  let running = false;
  let purgedAt = 0;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    const now = new Date();
    const purge = now.getTime() - purgedAt >= PURGE_EVERY_MS;
    if (purge) purgedAt = now.getTime();
    (purge ? purgeTrash(db, now) : Promise.resolve([]))
      .then(() => db.brief.findFirst({ where: { status: 'SCHEDULED', scheduledFor: { lte: now } }, select: { id: true } }))
      .then((due) => (due ? publishDueBriefs(db, now) : null))
      .then((done) => {
        if (done?.publishedIds.length) onPublished(done.publishedIds);
      })
      .catch((error: unknown) => {
        console.error('[scheduler] scheduled publication failed; will retry', error instanceof Error ? error.message : error);
      })
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
