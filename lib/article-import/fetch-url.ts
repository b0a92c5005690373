import { lookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { SourceError } from '@/lib/importer/sources/types';
import { isPrivateAddress } from './address-policy';
import { IMPORT_LIMITS } from './limits';

const MAX_REDIRECTS = 3;

export interface FetchedPage {
  url: string;
  bytes: Uint8Array;
  contentType: string;
}

/** Resolves and checks every address before connecting, so a name cannot point the server inside. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = Array.isArray(addresses) ? addresses : [];
      const bad = list.find((a) => !allowPrivate && isPrivateAddress(a.address));
      if (bad || list.length === 0) return callback(new SourceError(`That address (${hostname}) is on a private or local network; the importer fetches public pages only.`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      const first = list[0];
      return callback(null, first?.address ?? '', first?.family ?? 4);
    });
  };
}

/** How long and how much one fetch may take; the defaults are IMPORT_LIMITS' (tests pass smaller ones). */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

const DEFAULT_LIMITS: FetchLimits = { timeoutMs: IMPORT_LIMITS.fetchTimeoutMs, maxBytes: IMPORT_LIMITS.maxFetchBytes };

const tooLarge = (limits: FetchLimits) => new SourceError(`The page is larger than ${limits.maxBytes / 1024 / 1024} MB; save only the article and upload it.`);
const tooSlow = (limits: FetchLimits) => new SourceError(`The site did not answer within ${limits.timeoutMs / 1000} seconds.`);

function getOnce(url: URL, allowPrivate: boolean, deadline: number, limits: FetchLimits): Promise<{ status: number; location: string | null; bytes: Uint8Array; contentType: string }> {
  return new Promise((settle, fail) => {
    const client = url.protocol === 'https:' ? https : http;
    // The socket's idle timeout alone would let a page that trickles in a byte at a time run on: the whole exchange has one deadline.
    const timer = setTimeout(() => stop(tooSlow(limits)), Math.max(1, deadline - Date.now()));
    const resolve = (v: { status: number; location: string | null; bytes: Uint8Array; contentType: string }) => {
      clearTimeout(timer);
      settle(v);
    };
    const reject = (e: unknown) => {
      clearTimeout(timer);
      fail(e);
    };
    // Why the importer broke the exchange off, whichever of the request and response reports it first.
    let reason: SourceError | null = null;
    const stop = (why: SourceError) => {
      reason ??= why;
      request.destroy(why);
    };
    const failed = (error: Error) => reject(reason ?? (error instanceof SourceError ? error : new SourceError(`The page could not be fetched: ${error.message}`)));
    const request = client.get(
      url,
      { lookup: guardedLookup(allowPrivate), timeout: Math.max(1, deadline - Date.now()), headers: { 'user-agent': 'CaspianBriefingsImporter/1.0', accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' } },
      (response) => {
        const status = response.statusCode ?? 0;
        const contentType = String(response.headers['content-type'] ?? '');
        if (status >= 300 && status < 400) {
          response.resume();
          return resolve({ status, location: response.headers.location ?? null, bytes: new Uint8Array(), contentType });
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > limits.maxBytes) return stop(tooLarge(limits));
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) return stop(tooLarge(limits));
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ status, location: null, bytes: new Uint8Array(Buffer.concat(chunks)), contentType }));
        response.on('error', failed);
      },
    );
    request.on('timeout', () => stop(tooSlow(limits)));
    request.on('error', failed);
  });
}

/**
 * Fetches a page for import: http(s) only, a time limit for the whole exchange, a size cap, at
 * most three redirects, each checked again; private and loopback addresses only when configured.
 */
export async function fetchPage(raw: string, allowPrivate: boolean, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SourceError('That is not a web address. Paste the full address, starting with https://.');
  }
  const deadline = Date.now() + limits.timeoutMs;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SourceError('Only http and https addresses can be imported.');
    if (url.username || url.password) throw new SourceError('Addresses with a user name or password cannot be imported.');
    // Node connects to an address literal without a lookup, so it is checked here.
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && !allowPrivate && isPrivateAddress(host)) throw new SourceError(`That address (${host}) is on a private or local network; the importer fetches public pages only.`);
    const answer = await getOnce(url, allowPrivate, deadline, limits);
    if (answer.location) {
      url = new URL(answer.location, url);
      continue;
    }
    if (answer.status !== 200) throw new SourceError(`The site answered ${answer.status}; nothing was imported.`);
    return { url: url.toString(), bytes: answer.bytes, contentType: answer.contentType };
  }
  throw new SourceError('The address redirects too many times.');
}
