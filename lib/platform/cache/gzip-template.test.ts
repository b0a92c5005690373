import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipTemplate, gzipWithNonce } from './gzip-template';

const P = 'PLACEHOLDERxxxxxxxxxxx==';
const N = (n: number) => `fresh-${String(n).padStart(2, '0')}-yyyyyyyyyyyyy==`;

describe('gzipTemplate', () => {
  const page = (parts: string[]) => Buffer.from(parts.join(P));
  const cases: Record<string, Buffer> = {
    'placeholders inside long text': page(['<html><head><script nonce="', '">x</script>', ...Array.from({ length: 40 }, (_, i) => `<p>paragraph ${i} ${'text '.repeat(200)}</p><script nonce="`), '"></script></html>']),
    'a placeholder first and last': page(['', 'middle', '']),
    'placeholders side by side': page(['a', '', '', 'b']),
    'no placeholder': Buffer.from('<p>no scripts here</p>'.repeat(100)),
    'empty': Buffer.alloc(0),
    'binary data': Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256)),
    'binary data and NUL bytes between placeholders': Buffer.concat([
      Buffer.from(`${P}\0\0\0${P}`),
      Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 256)),
      Buffer.from(`${P}\0\0\0\0${P}abc\0\0\0`),
    ]),
    // Text that repeats across the placeholders, as scripts of one page do.
    'repeated text across placeholders': page(Array.from({ length: 60 }, (_, i) => `<script nonce="x">self.__next_f.push([1,"row ${i % 7}"])</script><script nonce="`)),
  };

  for (const [name, body] of Object.entries(cases)) {
    it(`gives valid gzip of the text with each response's nonce: ${name}`, () => {
      const template = gzipTemplate(body, P);
      for (const n of [1, 2]) {
        const expected = Buffer.from(body.toString('latin1').split(P).join(N(n)), 'latin1');
        expect(gunzipSync(gzipWithNonce(template, N(n))).equals(expected)).toBe(true);
      }
    });
  }

  it('compresses: the page is sent far smaller than it is', () => {
    const body = cases['placeholders inside long text']!;
    expect(gzipWithNonce(gzipTemplate(body, P), N(1)).length).toBeLessThan(body.length / 10);
  });

  it('refers back across the nonces: a page with a script every few KB compresses about as a whole', () => {
    const body = page(Array.from({ length: 80 }, (_, i) => `<tr><td>exercise ${i}</td><td>${'Kazakhstan, Kyrgyzstan, Tajikistan '.repeat(40)}</td></tr><script nonce="`));
    const whole = gzipSync(body).length;
    expect(gzipWithNonce(gzipTemplate(body, P), N(1)).length).toBeLessThan(whole * 1.5 + 80 * 40);
  });

  it('refuses a nonce of another length, which would break the stored blocks', () => {
    expect(() => gzipWithNonce(gzipTemplate(Buffer.from(`a${P}b`), P), 'short')).toThrow(/as long as/);
  });
});
