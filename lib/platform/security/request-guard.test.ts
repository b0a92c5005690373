import { describe, expect, it } from 'vitest';
import { AUTH_BODY_BYTES, refuseRequest } from './request-guard';

const MB = 1024 * 1024;

describe('refuseRequest', () => {
  it('lets GET, HEAD and POST through', () => {
    for (const m of ['GET', 'HEAD', 'POST']) expect(refuseRequest(m, {}, MB)).toBeNull();
    expect(refuseRequest('POST', { 'content-length': String(MB) }, MB)).toBeNull();
  });

  it.each(['TRACE', 'PUT', 'DELETE', 'PATCH', 'CONNECT', 'PROPFIND'])('answers %s with 405 and Allow', (m) => {
    expect(refuseRequest(m, {}, MB)).toEqual({ status: 405, message: 'Method not allowed', headers: { allow: 'GET, HEAD, POST' } });
  });

  it('answers 404 for control characters in the path, wherever the slug', () => {
    expect(refuseRequest('GET', {}, MB, '/countries/ab%00c')?.status).toBe(404);
    expect(refuseRequest('GET', {}, MB, '/briefs/x%1Fy')?.status).toBe(404);
    expect(refuseRequest('GET', {}, MB, '/search?q=a%00b')).toBeNull();
    expect(refuseRequest('GET', {}, MB, '/countries/kazakhstan')).toBeNull();
  });

  it('refuses bodies over the cap, of unknown length, or with a bad length', () => {
    expect(refuseRequest('POST', { 'content-length': String(10 * MB) }, MB)?.status).toBe(413);
    expect(refuseRequest('POST', { 'transfer-encoding': 'chunked' }, MB)?.status).toBe(411);
    expect(refuseRequest('POST', { 'content-length': '12, 13' }, MB)?.status).toBe(400);
  });

  it('caps Auth.js’s endpoints far below the import limit', () => {
    const big = { 'content-length': String(10 * MB) };
    expect(refuseRequest('POST', big, 6 * MB, '/api/auth/callback/credentials')).toEqual({ status: 413, message: 'Request body larger than 64 KB' });
    expect(refuseRequest('POST', { 'content-length': String(AUTH_BODY_BYTES + 1) }, 6 * MB, '/api/auth/signout')?.status).toBe(413);
    expect(refuseRequest('POST', { 'content-length': '2000' }, 6 * MB, '/api/auth/callback/credentials')).toBeNull();
    expect(refuseRequest('POST', { 'content-length': String(AUTH_BODY_BYTES + 1) }, 6 * MB, '/api/editor/import')).toBeNull();
  });
});
