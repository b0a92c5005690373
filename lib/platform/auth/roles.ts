import type { Role } from '@/lib/generated/prisma/enums';

const RANK: Record<Role, number> = { CONTRIBUTOR: 1, EDITOR: 2, ADMIN: 3 };

export const ROLE_LABELS: Record<Role, string> = { CONTRIBUTOR: 'Contributor', EDITOR: 'Editor', ADMIN: 'Admin' };

/** Roles are ordered: an admin can do what an editor can, an editor what a contributor can. */
export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}
