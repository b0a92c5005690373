import { describe, expect, it } from 'vitest';
import { transportHeaders } from './transport';

describe('transportHeaders', () => {
  it('sends HSTS when the site is https, and not otherwise', () => {
    expect(transportHeaders('https://briefings.example')).toEqual({ 'strict-transport-security': 'max-age=63072000; includeSubDomains' });
    expect(transportHeaders('http://localhost:3000')).toEqual({});
  });
});
