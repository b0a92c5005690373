import { describe, expect, it } from 'vitest';
import { SECURE_SESSION_COOKIE, cookieSettings } from './cookies';

describe('cookieSettings', () => {
  it('uses a Secure __Host- session cookie on an https site', () => {
    const settings = cookieSettings('https://briefings.example');
    expect(settings.useSecureCookies).toBe(true);
    expect(settings.cookies?.sessionToken).toEqual({ name: SECURE_SESSION_COOKIE, options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true } });
    expect(SECURE_SESSION_COOKIE.startsWith('__Host-')).toBe(true);
  });

  it('keeps plain cookies on an http site (local use)', () => {
    expect(cookieSettings('http://localhost:3000')).toEqual({ useSecureCookies: false });
  });
});
