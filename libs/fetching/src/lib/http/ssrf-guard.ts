import { promises as dns } from 'dns';
import { BlockList, isIP, LookupFunction } from 'net';
import { FetchError } from './fetch-error';

/** Ranges that reach the machine itself, a private network, or tunnel to an address we cannot vet. */
const FORBIDDEN: Array<[string, number, 'ipv4' | 'ipv6']> = [
  ['0.0.0.0', 8, 'ipv4'], // "this network"
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'], // CGNAT
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'], // link-local, cloud metadata
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['192.88.99.0', 24, 'ipv4'], // 6to4 relay anycast (deprecated, RFC 7526)
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'], // multicast
  ['240.0.0.0', 4, 'ipv4'], // reserved + broadcast
  ['::', 96, 'ipv6'], // unspecified, loopback, deprecated IPv4-compatible
  ['64:ff9b::', 96, 'ipv6'], // NAT64 can embed a private IPv4
  ['64:ff9b:1::', 48, 'ipv6'], // local-use NAT64 (RFC 8215)
  ['100::', 64, 'ipv6'],
  ['2001::', 32, 'ipv6'], // Teredo: tunnels to an IPv4 behind a NAT
  ['2001:db8::', 32, 'ipv6'],
  ['2002::', 16, 'ipv6'], // 6to4: embeds any IPv4, private ones included
  ['fc00::', 7, 'ipv6'], // ULA
  ['fe80::', 10, 'ipv6'], // link-local
  ['fec0::', 10, 'ipv6'], // site-local (deprecated)
  ['ff00::', 8, 'ipv6'],
];

const forbidden = new BlockList();
for (const [net, prefix, type] of FORBIDDEN) forbidden.addSubnet(net, prefix, type);

/** The 16 bytes of an IPv6 address (any textual form, a trailing dotted quad included). */
function ipv6Bytes(ip: string): number[] | null {
  let text = ip;
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail, extra] = text.split('::');
  if (extra !== undefined) return null;
  const part = (s: string | undefined) => (s ? s.split(':') : []);
  const groups = tail === undefined ? part(head) : [...part(head), ...Array(8 - part(head).length - part(tail).length).fill('0'), ...part(tail)];
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 255]);
}

/** IPv4-mapped IPv6 (::ffff:0:0/96, e.g. ::ffff:127.0.0.1 or ::ffff:7f00:1) is judged as the IPv4 it wraps. */
function unwrapMapped(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const bytes = ipv6Bytes(ip);
  if (!bytes || bytes.slice(0, 10).some((b) => b !== 0) || bytes[10] !== 0xff || bytes[11] !== 0xff) return ip;
  return bytes.slice(12).join('.');
}

export function isForbiddenAddress(ip: string): boolean {
  const addr = unwrapMapped(ip.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  const family = isIP(addr);
  if (family === 0) return true; // not an address at all: refuse rather than guess
  return forbidden.check(addr, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * FETCH_ALLOW_HOSTS: comma-separated host names, IP addresses or CIDR ranges that may be
 * fetched even though they resolve to private space (tests allow 127.0.0.1).
 */
export class HostAllowList {
  private readonly names = new Set<string>();
  private readonly nets = new BlockList();

  constructor(spec: string | string[] = []) {
    const entries = Array.isArray(spec) ? spec : spec.split(',');
    for (const raw of entries.map((e) => e.trim().toLowerCase()).filter(Boolean)) {
      const [net, prefix] = raw.split('/');
      const family = isIP(net);
      if (family) {
        const type = family === 4 ? 'ipv4' : 'ipv6';
        if (prefix !== undefined) this.nets.addSubnet(net, Number(prefix), type);
        else this.nets.addAddress(net, type);
      } else {
        this.names.add(raw);
      }
    }
  }

  allowsHost(hostname: string): boolean {
    return this.names.has(hostname.toLowerCase().replace(/^\[|\]$/g, ''));
  }

  allowsAddress(ip: string): boolean {
    const addr = unwrapMapped(ip);
    const family = isIP(addr);
    return family !== 0 && this.nets.check(addr, family === 4 ? 'ipv4' : 'ipv6');
  }
}

export interface VettedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<VettedAddress[]>;

export const systemResolver: Resolver = async (hostname) => (await dns.lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * Resolves `hostname` ourselves and checks every address before any connection is made;
 * the caller then connects to the returned address, so a second (rebinding) lookup can
 * never swap in a private target. One bad address refuses the host: an attacker controls
 * which record a client would pick.
 */
export async function vetHost(hostname: string, allow: HostAllowList, resolve: Resolver = systemResolver): Promise<VettedAddress> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(bare);
  let addresses: VettedAddress[];
  if (literal) {
    addresses = [{ address: bare, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(bare);
    } catch (err) {
      throw new FetchError('dns_failed', `cannot resolve ${bare}: ${(err as Error).message}`, { retryable: true });
    }
    if (!addresses.length) throw new FetchError('dns_failed', `no addresses for ${bare}`);
  }
  const hostAllowed = allow.allowsHost(bare);
  for (const a of addresses) {
    if (isForbiddenAddress(a.address) && !hostAllowed && !allow.allowsAddress(a.address)) {
      throw new FetchError('ssrf_blocked', `${bare} resolves to non-public address ${a.address} (not in FETCH_ALLOW_HOSTS)`, { retryable: false });
    }
  }
  return addresses[0];
}

/**
 * A socket lookup that answers with the vetted address only: the connection goes exactly where
 * vetHost looked, whatever the name would resolve to by the time the socket opens.
 */
export function pinnedLookup(target: VettedAddress): LookupFunction {
  return (_host, opts, cb) => {
    if ((opts as { all?: boolean }).all) (cb as unknown as (e: null, a: VettedAddress[]) => void)(null, [target]);
    else cb(null, target.address, target.family);
  };
}
