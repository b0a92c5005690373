'use server';

import { z } from 'zod';
import { callAction } from '@/lib/platform/actions/action-client';
import { ok, type Result } from '@/lib/platform/result';
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
export const briefHeartbeatAction = callAction(
  { access: 'CONTRIBUTOR', schema: heartbeatSchema, invalid: (): Result<PresenceView> => ({ ok: false, message: 'This page is out of date. Reload it.' }) },
  async ({ briefId, takeOver }, { user }): Promise<Result<PresenceView>> => {
    const result = await heartbeat(getDb(), user, briefId, { takeOver });
    if (!result.ok) return result;
    const { holder, mine, others } = result.value;
    return ok({
      holder: holder ? { name: holder.name, since: holder.since.toISOString() } : null,
      mine,
      others: others.map((o) => ({ name: o.name, openedAt: o.openedAt.toISOString() })),
    });
  },
);

/** The editor was closed: frees the lock at once. */
export const leaveBriefAction = callAction(
  { access: 'CONTRIBUTOR', schema: z.object({ briefId: briefIdSchema }), invalid: (): Result => ({ ok: false, message: 'This page is out of date.' }) },
  async ({ briefId }, { user }): Promise<Result> => {
    await leaveBrief(getDb(), user, briefId);
    return { ok: true };
  },
);
