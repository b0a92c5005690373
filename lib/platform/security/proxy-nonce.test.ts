import { describe, expect, it } from 'vitest';
import { parseTrustedProxies } from './client-address';
import { proxyNonceToken } from './proxy-nonce';

const token = 'q83vEjRWeJq8u7zN3u/wEg==';
const proxies = parseTrustedProxies('10.0.0.1, 127.0.0.1');

describe('proxyNonceToken', () => {
  it("is the trusted proxy's token", () => {
    expect(proxyNonceToken('10.0.0.1', token, proxies)).toBe(token);
    expect(proxyNonceToken('::ffff:127.0.0.1', token, proxies)).toBe(token);
  });

  it('ignores the header from anyone else, or with no proxy trusted', () => {
    expect(proxyNonceToken('198.51.100.7', token, proxies)).toBeUndefined();
    expect(proxyNonceToken('10.0.0.1', token, parseTrustedProxies(undefined))).toBeUndefined();
    expect(proxyNonceToken(undefined, token, proxies)).toBeUndefined();
  });

  it('refuses a token that is not as long as a nonce, or not base64 (the sample configuration’s own words)', () => {
    expect(proxyNonceToken('10.0.0.1', 'REPLACE-ME', proxies)).toBeUndefined();
    expect(proxyNonceToken('10.0.0.1', `${token}x`, proxies)).toBeUndefined();
    expect(proxyNonceToken('10.0.0.1', 'q83vEjRWeJq8u7zN3u"wEg==', proxies)).toBeUndefined();
    expect(proxyNonceToken('10.0.0.1', [token, token], proxies)).toBeUndefined();
  });
});
