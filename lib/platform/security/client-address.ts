import { BlockList, isIP } from 'node:net';

/** The header the production server sets to the address it trusts; any copy a client sends is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

const unmapped = (address: string) => (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address);

/** TRUSTED_PROXIES: addresses or CIDR ranges, separated by commas or spaces. Throws on a bad entry. */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(bits);
    if (!/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
    list.addSubnet(address, prefix, type);
  }
  return list;
}

/** Whether the socket's address is one of TRUSTED_PROXIES. */
export function isTrustedProxy(socketAddress: string | undefined, proxies: BlockList): boolean {
  return trusted(proxies, unmapped(socketAddress ?? ''));
}

function trusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The address a request came from: the socket's, unless that is a trusted proxy, in which case
 * X-Forwarded-For is read from the right (each trusted proxy appends what it saw) and the first
 * address no trusted proxy owns is the client. The leftmost entry is whatever the client wrote.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, proxies: BlockList): string {
  let current = unmapped(socketAddress ?? '');
  if (!current) return 'unknown';
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((h) => unmapped(h.trim()))
    .filter(Boolean);
  while (trusted(proxies, current) && hops.length) {
    const next = hops.pop()!;
    // Garbage in the header ends the walk at the last proxy we trust to have written it.
    if (!isIP(next)) break;
    current = next;
  }
  return current;
}
