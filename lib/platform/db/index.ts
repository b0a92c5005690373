import 'server-only';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import { env, requireDatabaseUrl } from '@/lib/platform/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { pageCacheState } from '@/lib/platform/cache/page-cache-handler.mjs';
import { ReplicaSet } from './replicas';

const globalForDb = globalThis as unknown as { caspianDb?: PrismaClient; caspianReplicas?: ReplicaSet | null };

/**
 * The app's one PrismaClient on the primary, cached on globalThis so dev reloads do not open new
 * pools. Every write, and every read that must see one (editors' pages, sessions), uses it.
 */
export function getDb(): PrismaClient {
  globalForDb.caspianDb ??= createPrismaClient(requireDatabaseUrl());
  return globalForDb.caspianDb;
}

/** The replicas of DATABASE_REPLICA_URLS, checked every two seconds; null without any. */
export function getReplicas(): ReplicaSet | null {
  if (globalForDb.caspianReplicas === undefined) {
    const urls = env.DATABASE_REPLICA_URLS;
    const replicas = urls.length ? new ReplicaSet(urls, getDb()) : null;
    globalForDb.caspianReplicas = replicas;
    if (replicas) {
      void replicas.start();
      // Every expired tag is a write readers must now see: they read the primary until the replicas have it.
      pageCacheState().onExpire.add(() => void replicas.fence());
    }
  }
  return globalForDb.caspianReplicas;
}

/**
 * For reader pages only: a replica when one is up, near, and has replayed every write whose tags
 * were expired (ReplicaSet.fence), else the primary. A render that began on a replica just before
 * a write may still miss it; the cache expires each tag a second time three seconds later
 * (lib/platform/cache), which is what keeps such a render from being kept.
 */
export function getReaderDb(): PrismaClient {
  return getReplicas()?.pick() ?? getDb();
}
