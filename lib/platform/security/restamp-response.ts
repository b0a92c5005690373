import type { OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { Restamper, restampHeader } from './restamp';

type Chunk = string | Buffer | Uint8Array;
type Callback = (error?: Error | null) => void;

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
  typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);

function restampValue(value: OutgoingHttpHeader | undefined, placeholder: string, nonce: string): OutgoingHttpHeader | undefined {
  if (typeof value === 'string') return restampHeader(value, placeholder, nonce);
  if (Array.isArray(value)) return value.map((v) => restampHeader(v, placeholder, nonce));
  return value;
}

const SHARED = /(^|,)\s*(public|s-maxage=\d+|stale-while-revalidate=\d+)\s*(?=,|$)/gi;

/**
 * A response that names a per-response nonce must not be stored by a shared cache in front of the
 * portal, which would hand one reader's nonce to everyone: Next's `s-maxage=31536000` becomes
 * private. The portal's own front cache stores the placeholder, never a nonce, so it is unaffected.
 */
export function privateCacheControl(value: string): string {
  if (!/public|s-maxage|stale-while-revalidate/i.test(value)) return value;
  const rest = value.replace(SHARED, '').split(',').map((d) => d.trim()).filter((d) => d && !/^private$|^no-cache$/i.test(d));
  return ['private', 'no-cache', ...rest].join(', ');
}

// setHeader has already put the fresh nonce in; headers handed to writeHead still hold the placeholder.
function namesNonce(value: OutgoingHttpHeader | number | undefined, placeholder: string, nonce: string): boolean {
  return value !== undefined && (String(value).includes(placeholder) || String(value).includes(nonce));
}

/**
 * Makes `res` send `nonce` wherever a handler wrote `placeholder`: in every header value and in the
 * body, however it is chunked (see ./restamp.ts for why).
 */
export function restampResponse(res: ServerResponse, placeholder: string, nonce: string): void {
  const restamper = new Restamper(placeholder, nonce);
  type Loose = (this: ServerResponse, ...args: unknown[]) => unknown;
  const setHeader = res.setHeader as unknown as Loose;
  const writeHead = res.writeHead as unknown as Loose;
  const write = res.write as unknown as Loose;
  const end = res.end as unknown as Loose;

  res.setHeader = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
    return setHeader.call(this, name, typeof value === 'number' ? value : (restampValue(value as OutgoingHttpHeader, placeholder, nonce) ?? value));
  } as typeof res.setHeader;

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    // Next 16 sets Location twice when it first renders a cached redirect (a 308 from an entity's
    // alias); one Location is what clients expect.
    const location = this.getHeader('location');
    if (Array.isArray(location) && new Set(location).size === 1) this.setHeader('location', location[0]!);
    const headers = rest.find((r) => r && typeof r === 'object') as OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined;
    const given = headers && !Array.isArray(headers) ? headers : undefined;
    const csp = given?.['content-security-policy'] ?? this.getHeader('content-security-policy');
    if (namesNonce(csp, placeholder, nonce)) {
      const cacheControl = given?.['cache-control'] ?? this.getHeader('cache-control');
      if (typeof cacheControl === 'string') {
        if (given?.['cache-control'] !== undefined) given['cache-control'] = privateCacheControl(cacheControl);
        else this.setHeader('cache-control', privateCacheControl(cacheControl));
      }
    }
    if (headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) headers[name] = restampValue(value, placeholder, nonce);
    } else if (Array.isArray(headers)) {
      for (let i = 0; i < headers.length; i++) headers[i] = restampValue(headers[i], placeholder, nonce) ?? headers[i]!;
    }
    return writeHead.call(this, status, ...rest);
  } as typeof res.writeHead;

  res.write = function (this: ServerResponse, chunk: Chunk, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback) {
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
    const cb = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    const out = restamper.push(toBuffer(chunk, encoding));
    return write.call(this, out, cb ?? (() => {}));
  } as typeof res.write;

  res.end = function (this: ServerResponse, chunk?: Chunk | Callback | null, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback) {
    const cb = [chunk, encodingOrCallback, callback].find((a): a is Callback => typeof a === 'function');
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
    // Next ends HEAD responses with `end(null)`.
    const body = chunk !== undefined && chunk !== null && typeof chunk !== 'function' ? restamper.push(toBuffer(chunk, encoding)) : Buffer.alloc(0);
    const out = Buffer.concat([body, restamper.flush()]);
    return out.length ? end.call(this, out, cb) : end.call(this, cb);
  } as typeof res.end;
}
