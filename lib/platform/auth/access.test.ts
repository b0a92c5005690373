import { describe, expect, it } from 'vitest';
import { actionRefusal, pageRedirect, refusalStatus, type AccessState } from './access';

const full: AccessState = { user: { role: 'ADMIN', mustEnrol: false }, awaitingCode: false };
const owingCode: AccessState = { user: { role: 'ADMIN', mustEnrol: false }, awaitingCode: true };
const mustEnrol: AccessState = { user: { role: 'ADMIN', mustEnrol: true }, awaitingCode: false };
const contributor: AccessState = { user: { role: 'CONTRIBUTOR', mustEnrol: false }, awaitingCode: false };

describe('pages', () => {
  it('send a single sign-on session owing its code to the code prompt, with the page asked for', () => {
    expect(pageRedirect(owingCode, '/editor/people?x=1', 'ADMIN')).toBe('/sign-in/code?callbackUrl=%2Feditor%2Fpeople%3Fx%3D1');
    expect(pageRedirect(null, '/editor/briefs', 'CONTRIBUTOR')).toBe('/sign-in?callbackUrl=%2Feditor%2Fbriefs');
    expect(pageRedirect(mustEnrol, '/editor/people', 'ADMIN')).toBe('/two-factor?callbackUrl=%2Feditor%2Fpeople');
    expect(pageRedirect(contributor, '/editor/people', 'ADMIN')).toBe('/editor?denied=%2Feditor%2Fpeople');
    expect(pageRedirect(full, '/editor/people', 'ADMIN')).toBeNull();
  });
});

describe('server actions', () => {
  it('refuse everything but the code step to a session owing its code, and the code step to any other', () => {
    expect(actionRefusal(owingCode, 'CONTRIBUTOR', {})).toBe('awaiting-code');
    expect(actionRefusal(owingCode, 'CONTRIBUTOR', { enrolling: true })).toBe('awaiting-code');
    expect(actionRefusal(owingCode, 'CONTRIBUTOR', { awaitingCode: true })).toBeNull();
    expect(actionRefusal(full, 'CONTRIBUTOR', { awaitingCode: true })).toBe('no-code-awaited');
    expect(actionRefusal(full, 'ADMIN', {})).toBeNull();
  });
  it('refuse anonymous callers, too low a role, and all but the enrolment to someone who must enrol', () => {
    expect(actionRefusal(null, 'CONTRIBUTOR', { awaitingCode: true })).toBe('not-signed-in');
    expect(actionRefusal(contributor, 'EDITOR', {})).toBe('not-allowed');
    expect(actionRefusal(mustEnrol, 'ADMIN', {})).toBe('must-enrol');
    expect(actionRefusal(mustEnrol, 'CONTRIBUTOR', { enrolling: true })).toBeNull();
  });
});

describe('route handlers', () => {
  it('answer 401 until there is a full session, and 403 to one that may not', () => {
    expect(refusalStatus('not-signed-in')).toBe(401);
    expect(refusalStatus('awaiting-code')).toBe(401);
    expect(refusalStatus('not-allowed')).toBe(403);
    expect(refusalStatus('must-enrol')).toBe(403);
  });
});
