import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Gazetteer } from '@/lib/tagging';
import { loadGazetteer } from '@/lib/tagging/store';

const MAX_AGE_MS = 30_000;
let cached: { at: number; gazetteer: Promise<Gazetteer> } | null = null;

/**
 * The knowledge base's names for previews, reloaded at most every 30 s: a batch of previews
 * should not compile them once per file. Imports load them fresh, so what is stored is exact.
 */
export function previewGazetteer(db: PrismaClient, now = Date.now()): Promise<Gazetteer> {
  if (cached && now - cached.at < MAX_AGE_MS) return cached.gazetteer;
  const gazetteer = loadGazetteer(db);
  cached = { at: now, gazetteer };
  gazetteer.catch(() => {
    if (cached?.gazetteer === gazetteer) cached = null;
  });
  return gazetteer;
}
