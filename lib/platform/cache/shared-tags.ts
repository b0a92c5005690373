import type { TagBus } from './tag-bus';

/**
 * This process's tag bus (REDIS_URL set), on globalThis: instrumentation starts it, the health
 * report reads it. Expired tags are published by lib/cache/page-cache-handler.mjs (expireTags).
 */
const state = globalThis as unknown as { caspianTagBus?: TagBus };

export const sharedTagBus = (): TagBus | undefined => state.caspianTagBus;

export function setSharedTagBus(bus: TagBus): void {
  state.caspianTagBus = bus;
}
