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

function getOnce(url: URL, allowPrivate: boolean, deadline: number): Promise<{ status: number; location: string | null; bytes: Uint8Array; contentType: string }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
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
        if (declared > IMPORT_LIMITS.maxFetchBytes) {
          request.destroy();
          return reject(new SourceError(`The page is larger than ${IMPORT_LIMITS.maxFetchBytes / 1024 / 1024} MB; save only the article and upload it.`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > IMPORT_LIMITS.maxFetchBytes) {
            request.destroy(new SourceError(`The page is larger than ${IMPORT_LIMITS.maxFetchBytes / 1024 / 1024} MB; save only the article and upload it.`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ status, location: null, bytes: new Uint8Array(Buffer.concat(chunks)), contentType }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new SourceError(`The site did not answer within ${IMPORT_LIMITS.fetchTimeoutMs / 1000} seconds.`)));
    request.on('error', (error) => reject(error instanceof SourceError ? error : new SourceError(`The page could not be fetched: ${error.message}`)));
  });
}

/**
 * Fetches a page for import: http(s) only, a time limit for the whole exchange, a size cap, at
 * most three redirects, each checked again; private and loopback addresses only when configured.
 */
export async function fetchPage(raw: string, allowPrivate: boolean): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SourceError('That is not a web address. Paste the full address, starting with https://.');
  }
  const deadline = Date.now() + IMPORT_LIMITS.fetchTimeoutMs;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SourceError('Only http and https addresses can be imported.');
    if (url.username || url.password) throw new SourceError('Addresses with a user name or password cannot be imported.');
    // Node connects to an address literal without a lookup, so it is checked here.
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && !allowPrivate && isPrivateAddress(host)) throw new SourceError(`That address (${host}) is on a private or local network; the importer fetches public pages only.`);
    const answer = await getOnce(url, allowPrivate, deadline);
    if (answer.location) {
      url = new URL(answer.location, url);
      continue;
    }
    if (answer.status !== 200) throw new SourceError(`The site answered ${answer.status}; nothing was imported.`);
    return { url: url.toString(), bytes: answer.bytes, contentType: answer.contentType };
  }
  throw new SourceError('The address redirects too many times.');
}
