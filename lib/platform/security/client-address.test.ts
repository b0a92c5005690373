import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './client-address';

const none = parseTrustedProxies(undefined);

describe('clientAddress', () => {
  it('uses the socket address and ignores a forwarded header when no proxy is trusted', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', undefined, none)).toBe('203.0.113.9');
  });

  it('ignores the header from a socket that is not a trusted proxy', () => {
    const proxies = parseTrustedProxies('10.0.0.0/8');
    expect(clientAddress('198.51.100.7', '1.2.3.4', proxies)).toBe('198.51.100.7');
  });

  it('takes the address the trusted proxy saw, not the leftmost one a client wrote', () => {
    const proxies = parseTrustedProxies('10.0.0.1');
    expect(clientAddress('10.0.0.1', '6.6.6.6, 198.51.100.7', proxies)).toBe('198.51.100.7');
  });

  it('walks through a chain of trusted proxies', () => {
    const proxies = parseTrustedProxies('10.0.0.0/8, 2001:db8::/32');
    expect(clientAddress('10.0.0.1', ['6.6.6.6, 198.51.100.7', '2001:db8::5, 10.1.2.3'], proxies)).toBe('198.51.100.7');
  });

  it('stops at garbage in the header', () => {
    const proxies = parseTrustedProxies('127.0.0.1');
    expect(clientAddress('127.0.0.1', 'not-an-ip', proxies)).toBe('127.0.0.1');
  });

  it('refuses a malformed setting', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/prefix/);
    expect(() => parseTrustedProxies('proxy.example')).toThrow(/not an IP/);
  });
});
