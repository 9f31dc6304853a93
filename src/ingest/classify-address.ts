/**
 * Tells public addresses from the ones a fetch must never reach without
 * `--allow-private`: loopback, private, link-local, unique-local, CGNAT,
 * "this network", multicast, reserved, and IPv4-mapped IPv6 forms of those.
 * A page that redirects to `http://169.254.169.254/` (cloud metadata) or a
 * hostname that resolves to 127.0.0.1 must be refused.
 */
import { isIP } from 'node:net';

/** IPv4 ranges refused, as [first octets, prefix length, why]. */
const BLOCKED_V4: readonly (readonly [number, number, number, number, number, string])[] = [
  [0, 0, 0, 0, 8, 'this-network'],
  [10, 0, 0, 0, 8, 'private'],
  [100, 64, 0, 0, 10, 'carrier-grade NAT'],
  [127, 0, 0, 0, 8, 'loopback'],
  [169, 254, 0, 0, 16, 'link-local'],
  [172, 16, 0, 0, 12, 'private'],
  [192, 0, 0, 0, 24, 'IETF protocol assignments'],
  [192, 0, 2, 0, 24, 'documentation'],
  [192, 168, 0, 0, 16, 'private'],
  [198, 18, 0, 0, 15, 'benchmarking'],
  [198, 51, 100, 0, 24, 'documentation'],
  [203, 0, 113, 0, 24, 'documentation'],
  [224, 0, 0, 0, 4, 'multicast'],
  [240, 0, 0, 0, 4, 'reserved'],
];

/**
 * Why an address may not be fetched, or null when it is public.
 *
 * @example
 * blockedReason('127.0.0.1'); // "loopback"
 * blockedReason('::ffff:10.0.0.1'); // "private"
 * blockedReason('93.184.216.34'); // null
 */
export function blockedReason(address: string): string | null {
  const version = isIP(address);
  if (version === 4) return blockedV4(parseV4(address));
  if (version === 6) return blockedV6(address);
  return 'not an IP address';
}

function parseV4(address: string): number {
  return address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
}

function blockedV4(value: number): string | null {
  for (const [a, b, c, d, prefix, why] of BLOCKED_V4) {
    const base = ((a * 256 + b) * 256 + c) * 256 + d;
    const size = 2 ** (32 - prefix);
    if (value >= base && value < base + size) return why;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (with an embedded IPv4 tail expanded). */
function groupsOf(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/u, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/u.exec(text);
  if (tail?.[1]) {
    const v4 = parseV4(tail[1]);
    text = `${text.slice(0, tail.index)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = rest === undefined || rest === '' ? [] : rest.split(':');
  const zeros = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16));
}

function blockedV6(address: string): string | null {
  const g = groupsOf(address);
  const at = (i: number): number => g[i] ?? 0;
  const first = at(0);
  if (g.every((group) => group === 0)) return 'unspecified';
  if (g.slice(0, 7).every((group) => group === 0) && at(7) === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible): judge the IPv4 inside.
  const mapped = g.slice(0, 5).every((group) => group === 0) && (at(5) === 0xffff || at(5) === 0);
  if (mapped) return blockedV4(at(6) * 65536 + at(7)) ?? null;
  // 64:ff9b::a.b.c.d (NAT64) reaches the IPv4 inside too.
  if (first === 0x64 && at(1) === 0xff9b) return blockedV4(at(6) * 65536 + at(7));
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xfe00) === 0xfc00) return 'unique-local';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  if (first === 0x2001 && at(1) === 0x0db8) return 'documentation';
  return null;
}
