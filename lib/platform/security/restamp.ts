/**
 * Cached pages and per-request CSP nonces, reconciled. Every page is rendered with one secret
 * placeholder nonce (known only to this server process, never sent); the server replaces it, in the
 * CSP header and in the body, with a fresh nonce for each response. A page kept in Next's cache is
 * therefore served with a nonce no one has seen before, and a script injected into stored content
 * cannot carry it: it could only have guessed the placeholder, which never leaves the process.
 *
 * The two are the same length, so Content-Length stays right; a placeholder split across chunks
 * is caught by holding back the last `length - 1` bytes of each chunk.
 */
export class Restamper {
  private held: Buffer = Buffer.alloc(0);
  private readonly from: Buffer;
  private readonly to: Buffer;

  constructor(placeholder: string, nonce: string) {
    this.from = Buffer.from(placeholder);
    this.to = Buffer.from(nonce);
    if (this.from.length !== this.to.length || this.from.length < 16) {
      throw new Error('The placeholder and the nonce must be equally long (and long enough to be secret).');
    }
  }

  /** The bytes that can be sent now. */
  push(chunk: Buffer): Buffer {
    const data = this.held.length ? Buffer.concat([this.held, chunk]) : chunk;
    const replaced = replaceAll(data, this.from, this.to);
    const keep = Math.min(this.from.length - 1, replaced.length);
    this.held = Buffer.from(replaced.subarray(replaced.length - keep));
    return replaced.subarray(0, replaced.length - keep);
  }

  /** What is still held back, at the end of the body. */
  flush(): Buffer {
    const rest = this.held;
    this.held = Buffer.alloc(0);
    return rest;
  }
}

function replaceAll(data: Buffer, from: Buffer, to: Buffer): Buffer {
  let at = data.indexOf(from);
  if (at === -1) return data;
  const out = Buffer.from(data);
  while (at !== -1) {
    to.copy(out, at);
    at = out.indexOf(from, at + from.length);
  }
  return out;
}

/** Replaces the placeholder in a header value (the Content-Security-Policy the proxy set). */
export function restampHeader(value: string, placeholder: string, nonce: string): string {
  return value.split(placeholder).join(nonce);
}
