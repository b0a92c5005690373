// Server actions that are public by nature, each with the reason. Every other action must check the
// session and role itself, as its first statement: lib/platform/security/actions-guarded.test.ts reads the
// source for it, and e2e/security/actions.spec.ts calls every action in the build to prove it.
export const PUBLIC_ACTIONS: Readonly<Record<string, string>> = {
  signInAction: 'it is how one gets a session; rate limited per account and address',
  signOutAction: 'ends the caller’s own session only',
  singleSignOnAction: 'it is how one gets a session: it only sends the browser to the identity provider',
  acceptInvitationAction: 'the single-use invitation token is the authority',
  requestPasswordResetAction: 'for people who cannot sign in; rate limited, and the same answer for every address',
  resetPasswordAction: 'the single-use, 30-minute reset token is the authority',
};
