import { BlockList, isIP } from "node:net";

/** The header through which the app hands the resolved client address to better-auth (never a client's own value). */
export const CLIENT_ADDRESS_HEADER = "x-pendulum-client-address";

/** Hops looked at from the right; a longer chain of trusted proxies than this is a misconfiguration. */
export const MAX_FORWARDED_HOPS = 32;

export type TrustedProxies = { readonly list: BlockList; readonly size: number };

export const NO_TRUSTED_PROXIES: TrustedProxies = { list: new BlockList(), size: 0 };

/** Strips an IPv6 zone, brackets and an IPv4 or bracketed port; null when what is left is not an address. */
function bareAddress(hop: string): { address: string; family: 4 | 6 } | null {
  let value = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const zone = value.indexOf("%");
  if (zone !== -1) value = value.slice(0, zone);
  const family = isIP(value);
  if (family === 4) return { address: value, family };
  if (family === 6) return { address: value.toLowerCase(), family };
  return null;
}

function expandIpv6(address: string): number[] {
  let text = address;
  const tail: number[] = [];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted.slice(1).map(Number);
    tail.push((a << 8) | b, (c << 8) | d);
    text = text.slice(0, -dotted[0].length) + "0:0";
  }
  const [head, rest] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = rest === undefined ? [] : rest ? rest.split(":") : [];
  const zeros = rest === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(zeros).fill("0"), ...right].map((g) => Number.parseInt(g, 16));
  if (tail.length) groups.splice(6, 2, ...tail);
  return groups;
}

/**
 * One canonical form per client: IPv4 as dotted quad (also when IPv4-mapped, `::ffff:a.b.c.d`), IPv6 as
 * eight zero-padded groups with the interface half zeroed, so one /64 (one household or host) is one client.
 */
export function normalizeAddress(hop: string): string | null {
  const bare = bareAddress(hop);
  if (!bare) return null;
  if (bare.family === 4) return bare.address;
  const groups = expandIpv6(bare.address);
  const [high = 0, low = 0] = groups.slice(6);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return groups.map((g, i) => (i < 4 ? g : 0).toString(16).padStart(4, "0")).join(":");
}

/** AUTH_TRUSTED_PROXIES entries (addresses or CIDR ranges); throws naming the first malformed one. */
export function parseTrustedProxies(entries: readonly string[], name = "AUTH_TRUSTED_PROXIES"): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [host = "", prefix, extra] = entry.trim().split("/");
    const bare = extra === undefined ? bareAddress(host) : null;
    const bits = prefix === undefined ? undefined : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    const maxBits = bare?.family === 4 ? 32 : 128;
    if (!bare || (bits !== undefined && !(bits <= maxBits))) {
      throw new Error(`${name} must list IP addresses or CIDR ranges such as 10.0.0.0/8 (got "${entry}")`);
    }
    const type = bare.family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(bare.address, type);
    else list.addSubnet(bare.address, bits, type);
  }
  return { list, size: entries.length };
}

function isTrusted(hop: string, trusted: TrustedProxies): boolean {
  if (trusted.size === 0) return false;
  const bare = bareAddress(hop);
  return bare !== null && trusted.list.check(bare.address, bare.family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client address from an X-Forwarded-For chain: walking from the right (the hop our own server
 * appended), skip trusted proxies and take the first hop that is not one. Hops left of it were
 * written by the client and are ignored. Null when that hop is not an address or every hop is trusted.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trusted: TrustedProxies): string | null {
  if (!forwardedFor) return null;
  let end = forwardedFor.length;
  for (let seen = 0; seen < MAX_FORWARDED_HOPS && end > 0; seen++) {
    const start = forwardedFor.lastIndexOf(",", end - 1);
    const hop = forwardedFor.slice(start + 1, end).trim();
    end = start === -1 ? 0 : start;
    if (!hop) continue;
    if (!isTrusted(hop, trusted)) return normalizeAddress(hop);
  }
  return null;
}
