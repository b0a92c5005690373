import type { Db } from './service-types';
import { publishDueBriefs } from './service';

/** Scheduled briefs appear within this long of their time; each round is one indexed look-up. */
const EVERY_MS = 2_000;

export interface SchedulerOptions {
  db: Db;
  /** Called with the ids of the briefs each round published, to expire their cached pages. */
  onPublished: (briefIds: string[]) => void;
  everyMs?: number;
}

/**
 * The one path by which scheduled briefs are published: a timer in the server process, so that
 * reading a page never writes. Several processes may run it at once: publishDueBriefs claims each
 * brief with a conditional update, so it is published once. Returns a function that stops it.
 */
export function startScheduledPublishing({ db, onPublished, everyMs = EVERY_MS }: SchedulerOptions): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    const now = new Date();
    db.brief
      .findFirst({ where: { status: 'SCHEDULED', scheduledFor: { lte: now } }, select: { id: true } })
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
