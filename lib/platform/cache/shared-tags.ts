import type { TagBus } from './tag-bus';

/** This process's tag bus (REDIS_URL set), on globalThis: instrumentation starts it, writes publish on it. */
const state = globalThis as unknown as { caspianTagBus?: TagBus };

export const sharedTagBus = (): TagBus | undefined => state.caspianTagBus;

export function setSharedTagBus(bus: TagBus): void {
  state.caspianTagBus = bus;
}

/**
 * Tells the other instances about tags this one expired. A failure is logged, not thrown: the
 * write is done, and while Redis is away every instance expires its whole cache each second.
 */
export function broadcastTags(tags: readonly string[]): void {
  const bus = state.caspianTagBus;
  if (!bus || !tags.length) return;
  bus.publish([...new Set(tags)]).catch((error: unknown) => console.error('[cache] could not tell the other instances', error instanceof Error ? error.message : error));
}
