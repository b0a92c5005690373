/** Plain words for the audit actions that lib/people records. */
export const PEOPLE_ACTION_LABELS: Record<string, string> = {
  'user.invite': 'Invited',
  'user.create': 'Account created',
  'user.reactivate': 'Reactivated',
  'user.deactivate': 'Deactivated',
  'user.role_change': 'Role changed',
  'user.password_change': 'Changed own password',
  'user.password_reset': 'Password set at start',
  'password-reset.requested': 'Asked for a password reset',
  'password-reset.refused': 'Password reset refused (too many requests)',
  'password-reset.completed': 'Password reset by link',
  'mfa.enrol': 'Set up two-factor sign-in',
  'mfa.disable': 'Turned off two-factor sign-in',
  'mfa.reset': 'Two-factor sign-in reset',
};
