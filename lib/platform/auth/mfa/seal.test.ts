import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { CHALLENGE_MS, openSecret, readChallenge, sealSecret, signChallenge } from './seal';
import { matchTotpStep, newTotpSecret, totpQrSvg, totpStep, totpUri } from './totp';

const KEY = 'k'.repeat(40);
const code = (secret: string, at: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });

describe('sealed TOTP secrets', () => {
  it('open only for the account they were sealed for, under the same AUTH_SECRET', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', 'user-a', KEY);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, 'user-a', KEY)).toBe('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, 'user-b', KEY)).toBeNull();
    expect(openSecret(sealed, 'user-a', 'x'.repeat(40))).toBeNull();
    const [v, iv, body, tag] = sealed.split('.') as [string, string, string, string];
    const flipped = `${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`;
    expect(openSecret([v, iv, flipped, tag].join('.'), 'user-a', KEY)).toBeNull();
    expect(sealSecret('JBSWY3DPEHPK3PXP', 'user-a', KEY)).not.toBe(sealed);
  });

  it('refuse to work without an AUTH_SECRET', () => {
    expect(() => sealSecret('x', 'u', '')).toThrow(/AUTH_SECRET/);
  });
});

describe('the sign-in challenge', () => {
  it('names the account until it expires, and cannot be altered', () => {
    const now = Date.now();
    const token = signChallenge({ userId: 'user-a', sessionVersion: 3 }, KEY, now);
    expect(readChallenge(token, KEY, now + 1000)).toEqual({ userId: 'user-a', sessionVersion: 3 });
    expect(readChallenge(token, KEY, now + CHALLENGE_MS + 1)).toBeNull();
    expect(readChallenge(token.replace('user-a', 'user-b'), KEY, now)).toBeNull();
    expect(readChallenge(token, 'x'.repeat(40), now)).toBeNull();
    expect(readChallenge(undefined, KEY, now)).toBeNull();
  });
});

describe('TOTP codes', () => {
  it('are accepted one step either side and no further', () => {
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 11, 3, 12, 0, 10);
    const step = totpStep(now);
    expect(matchTotpStep(secret, code(secret, now), now)).toBe(step);
    expect(matchTotpStep(secret, code(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(secret, code(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchTotpStep(secret, code(secret, now - 90_000), now)).toBeNull();
    expect(matchTotpStep(secret, code(secret, now + 90_000), now)).toBeNull();
    expect(matchTotpStep(secret, 'abcdef', now)).toBeNull();
  });

  it('come with an otpauth address and its QR code as SVG', async () => {
    const uri = totpUri('JBSWY3DPEHPK3PXP', 'admin@example.test');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Caspian%20Briefings:admin%40example\.test\?.*secret=JBSWY3DPEHPK3PXP/);
    const svg = await totpQrSvg(uri);
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script/i);
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes, hashed the same however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
    const [first] = codes as [string];
    expect(looksLikeRecoveryCode(first.toUpperCase())).toBe(true);
    expect(hashRecoveryCode(first.toUpperCase().replace('-', ' '))).toBe(hashRecoveryCode(first));
    expect(hashRecoveryCode(first)).not.toContain(first.replace('-', ''));
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
