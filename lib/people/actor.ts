import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { Refusal } from '@/lib/platform/result';

/** Who is acting: the signed-in person as the action saw them. */
export interface Actor {
  id: string;
  role: Role;
}

export const NOT_AN_ADMIN = 'Only an active admin can manage people.';

/**
 * Locks the rows of every active admin for the rest of the transaction and returns their ids,
 * refusing unless the actor is one of them. Two admins acting on each other at once are thus
 * serialised, and the second sees the first's change: the last admin can never be removed by a
 * race, and an admin removed a moment ago can no longer act.
 */
export async function lockActiveAdmins(tx: Prisma.TransactionClient, actor: Actor): Promise<string[]> {
  if (actor.role !== 'ADMIN') throw new Refusal(NOT_AN_ADMIN);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  const ids = rows.map((r) => r.id);
  if (!ids.includes(actor.id)) throw new Refusal(NOT_AN_ADMIN);
  return ids;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
