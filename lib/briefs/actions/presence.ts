'use server';

import { z } from 'zod';
import { authorizeAction, type ActionResult } from '@/lib/platform/auth/session';
import { heartbeat, leaveBrief } from '@/lib/briefs/presence';
import { briefIdSchema } from '@/lib/briefs/service/inputs';
import { getDb } from '@/lib/platform/db';

/** What the editor's presence bar gets: dates as ISO strings, for the browser. */
export interface PresenceView {
  holder: { name: string; since: string } | null;
  mine: boolean;
  others: { name: string; openedAt: string }[];
}

const heartbeatSchema = z.object({ briefId: briefIdSchema, takeOver: z.boolean().optional() });

/** The brief editor's heartbeat; with takeOver, takes the soft lock from whoever holds it. */
export async function briefHeartbeatAction(input: { briefId: string; takeOver?: boolean }): Promise<ActionResult<PresenceView>> {
  const { user, denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const parsed = heartbeatSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'This page is out of date. Reload it.' };
  const result = await heartbeat(getDb(), user, parsed.data.briefId, { takeOver: parsed.data.takeOver });
  if (!result.ok) return result;
  const { holder, mine, others } = result.presence;
  return {
    ok: true,
    data: {
      holder: holder ? { name: holder.name, since: holder.since.toISOString() } : null,
      mine,
      others: others.map((o) => ({ name: o.name, openedAt: o.openedAt.toISOString() })),
    },
  };
}

/** The editor was closed: frees the lock at once. */
export async function leaveBriefAction(input: { briefId: string }): Promise<ActionResult> {
  const { user, denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const parsed = z.object({ briefId: briefIdSchema }).safeParse(input);
  if (!parsed.success) return { ok: false, message: 'This page is out of date.' };
  await leaveBrief(getDb(), user, parsed.data.briefId);
  return { ok: true };
}
