import { describe, expect, it } from 'vitest';
import { Restamper, restampHeader } from './restamp';

const P = 'PLACEHOLDERxxxxxxxxxxx==';
const N = 'fresh-nonce-yyyyyyyyyy==';

function run(chunks: string[]): string {
  const r = new Restamper(P, N);
  return Buffer.concat([...chunks.map((c) => r.push(Buffer.from(c))), r.flush()]).toString();
}

describe('Restamper', () => {
  it('replaces every placeholder, however the body is chunked', () => {
    const body = `<script nonce="${P}">a</script><p>text</p><script nonce="${P}">b</script>`;
    const expected = body.replaceAll(P, N);
    for (let size = 1; size <= body.length; size += 3) {
      const chunks: string[] = [];
      for (let i = 0; i < body.length; i += size) chunks.push(body.slice(i, i + size));
      expect(run(chunks), `chunks of ${size}`).toBe(expected);
    }
  });

  it('keeps the length, so Content-Length stays right', () => {
    const body = `x${P}y${P}`;
    expect(Buffer.byteLength(run([body]))).toBe(Buffer.byteLength(body));
  });

  it('leaves bodies without the placeholder byte for byte', () => {
    const body = 'Бірлестік-2024 — “quotes” and a partial PLACEHOLDER';
    expect(run([body.slice(0, 7), body.slice(7)])).toBe(body);
  });

  it('refuses a nonce of another length or one too short to be secret', () => {
    expect(() => new Restamper(P, 'short')).toThrow();
    expect(() => new Restamper('abc', 'def')).toThrow();
  });

  it('restamps header values', () => {
    expect(restampHeader(`script-src 'nonce-${P}' 'strict-dynamic'`, P, N)).toBe(`script-src 'nonce-${N}' 'strict-dynamic'`);
  });
});
