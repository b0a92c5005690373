import { describe, expect, it } from 'vitest';
import { pagePlaceholder, placeholderId } from './placeholder';

describe('pagePlaceholder', () => {
  it('is the same for every instance with the same AUTH_SECRET, and another for another secret', () => {
    const secret = 'a'.repeat(48);
    expect(pagePlaceholder(secret)).toBe(pagePlaceholder(secret));
    expect(pagePlaceholder(secret)).not.toBe(pagePlaceholder('b'.repeat(48)));
  });

  it('is as long as a nonce (16 bytes in base64), and random without a secret', () => {
    expect(pagePlaceholder('a'.repeat(48))).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(pagePlaceholder(undefined)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(pagePlaceholder(undefined)).not.toBe(pagePlaceholder(undefined));
  });

  it('has a short name that does not show it', () => {
    const placeholder = pagePlaceholder('a'.repeat(48));
    expect(placeholderId(placeholder)).toHaveLength(12);
    expect(placeholder).not.toContain(placeholderId(placeholder));
    expect(placeholderId(placeholder)).not.toBe(placeholderId(pagePlaceholder('b'.repeat(48))));
  });
});
