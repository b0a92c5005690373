// The brief workflow as data: who may take which step from which status. Pure, so the editor UI
// shows exactly the buttons the service will accept.
import { hasRole } from '@/lib/platform/auth/roles';
import type { BriefStatus, Role } from '@/lib/generated/prisma/enums';

export interface BriefAccess {
  authorId: string;
  status: BriefStatus;
}

interface Rule {
  from: readonly BriefStatus[];
  to: BriefStatus;
  atLeast: Role;
  /** Audit verb, `brief.<verb>`. */
  verb: string;
  label: string;
}

const RULES: readonly Rule[] = [
  { from: ['DRAFT'], to: 'IN_REVIEW', atLeast: 'CONTRIBUTOR', verb: 'submit', label: 'Submit for review' },
  { from: ['IN_REVIEW'], to: 'DRAFT', atLeast: 'EDITOR', verb: 'request-changes', label: 'Request changes' },
  { from: ['SCHEDULED'], to: 'DRAFT', atLeast: 'EDITOR', verb: 'unschedule', label: 'Cancel schedule' },
  { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'], to: 'PUBLISHED', atLeast: 'EDITOR', verb: 'publish', label: 'Publish now' },
  { from: ['PUBLISHED'], to: 'PUBLISHED', atLeast: 'EDITOR', verb: 'republish', label: 'Republish with correction' },
  { from: ['DRAFT', 'IN_REVIEW', 'UNPUBLISHED', 'SCHEDULED'], to: 'SCHEDULED', atLeast: 'EDITOR', verb: 'schedule', label: 'Schedule' },
  { from: ['PUBLISHED'], to: 'UNPUBLISHED', atLeast: 'EDITOR', verb: 'unpublish', label: 'Unpublish' },
];

export interface TransitionOption {
  to: BriefStatus;
  verb: string;
  label: string;
}

function isAuthor(actor: { id: string }, brief: BriefAccess): boolean {
  return actor.id === brief.authorId;
}

/**
 * Who may open a brief in the editor: editors and admins any; a contributor the briefs they wrote
 * (whatever their state) and published ones, never someone else's draft, review or schedule.
 */
export function canViewBrief(actor: { id: string; role: Role }, brief: BriefAccess): boolean {
  return hasRole(actor.role, 'EDITOR') || isAuthor(actor, brief) || brief.status === 'PUBLISHED';
}

/** The same rule as a filter on the editor's brief list. */
export function visibleBriefsWhere(actor: { id: string; role: Role }): { OR: ({ authorId: string } | { status: 'PUBLISHED' })[] } | undefined {
  return hasRole(actor.role, 'EDITOR') ? undefined : { OR: [{ authorId: actor.id }, { status: 'PUBLISHED' }] };
}

/** Contributors work on their own briefs until an editor takes over; editors may edit any. */
export function canEditDraft(actor: { id: string; role: Role }, brief: BriefAccess): boolean {
  if (hasRole(actor.role, 'EDITOR')) return true;
  return isAuthor(actor, brief) && (brief.status === 'DRAFT' || brief.status === 'IN_REVIEW');
}

export function findRule(from: BriefStatus, to: BriefStatus): Rule | undefined {
  return RULES.find((r) => r.to === to && r.from.includes(from));
}

/** Whether the actor may take the step; a contributor only on a brief they wrote. */
export function mayTransition(actor: { id: string; role: Role }, brief: BriefAccess, to: BriefStatus): boolean {
  const rule = findRule(brief.status, to);
  if (!rule || !hasRole(actor.role, rule.atLeast)) return false;
  return hasRole(actor.role, 'EDITOR') || isAuthor(actor, brief);
}

export function transitionOptions(actor: { id: string; role: Role }, brief: BriefAccess): TransitionOption[] {
  return RULES.filter((r) => r.from.includes(brief.status) && mayTransition(actor, brief, r.to)).map((r) => ({
    to: r.to,
    verb: r.verb,
    label: r.to === 'SCHEDULED' && brief.status === 'SCHEDULED' ? 'Reschedule' : r.label,
  }));
}

export const STATUS_LABELS: Record<BriefStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
};
