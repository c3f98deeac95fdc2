import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { MAX_CALENDAR_BYTES } from "./owner";

/**
 * Fetching a leader's calendar address (a secret iCal URL) is fetching an address from an
 * untrusted source on the server's network: every bound below holds by construction
 * (docs/limits.md "Calendar address").
 */
export const FEED_LIMITS = {
  maxBytes: MAX_CALENDAR_BYTES,
  /** From the first connection to the last byte, redirects included. */
  timeoutMs: 10_000,
  maxRedirects: 3,
  maxUrlLength: 2_048,
} as const;

export type FeedOptions = {
  /** CALENDAR_ALLOW_PRIVATE=on: private, loopback and link-local addresses may be fetched (tests, home servers). */
  allowPrivate: boolean;
  /** CALENDAR_ALLOW_HTTP=on: plain http may be used. */
  allowHttp: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** DNS resolution, for tests; the system resolver otherwise. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
  /** Which addresses count as private, for tests (isPrivateAddress otherwise). */
  isBlocked?: (address: string) => boolean;
};

export type FeedErrorCode = "invalid-url" | "private-address" | "too-large" | "too-slow" | "unreachable" | "http-error" | "too-many-redirects";
export type FeedResult = { ok: true; text: string; url: string } | { ok: false; code: FeedErrorCode; error: string };

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["100::", 64],
  // Ranges that carry an IPv4 address inside (SIIT, local NAT64, 6to4, Teredo): no calendar server lives there.
  ["::ffff:0:0:0", 96],
  ["64:ff9b:1::", 48],
  ["2002::", 16],
  ["2001::", 32],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv6");
}

/** IPv4 inside IPv6 (::ffff:a.b.c.d mapped, 64:ff9b::/96 NAT64, ::a.b.c.d compatible), as IPv4. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Private, loopback, link-local, shared, reserved, documentation or multicast: never a public calendar server. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, "ipv4");
  if (family !== 6) return true;
  const v4 = embeddedIpv4(address);
  if (v4) return PRIVATE.check(v4, "ipv4");
  return PRIVATE.check(address, "ipv6");
}

/** The address a leader typed, as the URL to fetch: webcal:// is https; only https (or http when allowed). */
export function parseFeedUrl(raw: string, { allowHttp }: Pick<FeedOptions, "allowHttp">): { ok: true; url: URL } | { ok: false; error: string } {
  const text = raw.trim();
  if (!text) return { ok: false, error: "Enter your calendar's secret address (it starts with https://)." };
  if (text.length > FEED_LIMITS.maxUrlLength) return { ok: false, error: `Calendar addresses are at most ${FEED_LIMITS.maxUrlLength} characters.` };
  let url: URL;
  try {
    url = new URL(text.replace(/^webcals?:\/\//i, "https://"));
  } catch {
    return { ok: false, error: "That is not a web address. Copy the calendar's secret iCal address (https://…)." };
  }
  if (url.protocol !== "https:" && !(allowHttp && url.protocol === "http:")) {
    return { ok: false, error: allowHttp ? "Only http:// and https:// addresses can be fetched." : "Only https:// calendar addresses can be fetched." };
  }
  if (url.username || url.password) return { ok: false, error: "Addresses with a user name or password in them can't be used." };
  if (!url.hostname) return { ok: false, error: "That address has no server name." };
  return { ok: true, url };
}

const systemResolve = (hostname: string) =>
  new Promise<LookupAddress[]>((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

class FeedFailure extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const PRIVATE_MESSAGE = "This address points into a private network, which this server does not fetch from.";

/**
 * The lookup the connection uses: every resolved address is checked (not just the name), and the
 * connection goes to the address that was checked, so a name cannot resolve to a public address
 * for the check and a private one for the connection.
 */
function checkedLookup(options: FeedOptions, resolve: (hostname: string) => Promise<LookupAddress[]>): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => {
        if (!addresses.length) return callback(new FeedFailure("unreachable", "The calendar's server name does not resolve."), "", 4);
        if (!options.allowPrivate && addresses.some((a) => (options.isBlocked ?? isPrivateAddress)(a.address))) {
          return callback(new FeedFailure("private-address", PRIVATE_MESSAGE), "", 4);
        }
        if (lookupOptions.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      () => callback(new FeedFailure("unreachable", "The calendar's server name does not resolve."), "", 4),
    );
  };
}

/** GET the calendar, following at most `maxRedirects` redirects, each one judged again. */
export async function fetchCalendarFeed(rawUrl: string, options: FeedOptions): Promise<FeedResult> {
  const maxBytes = options.maxBytes ?? FEED_LIMITS.maxBytes;
  const timeoutMs = options.timeoutMs ?? FEED_LIMITS.timeoutMs;
  const maxRedirects = options.maxRedirects ?? FEED_LIMITS.maxRedirects;
  const resolve = options.resolve ?? systemResolve;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = rawUrl;
    for (let hop = 0; ; hop++) {
      const parsed = parseFeedUrl(current, options);
      if (!parsed.ok) throw new FeedFailure("invalid-url", hop ? `The calendar's server redirected to an address that can't be used: ${parsed.error}` : parsed.error);
      const url = parsed.url;
      const host = url.hostname.replace(/^\[|\]$/g, "");
      if (isIP(host) && !options.allowPrivate && (options.isBlocked ?? isPrivateAddress)(host)) throw new FeedFailure("private-address", PRIVATE_MESSAGE);
      const answer = await get(url, { options, resolve, maxBytes, signal: controller.signal });
      if (answer.kind === "body") return { ok: true, text: answer.text, url: url.href };
      if (hop >= maxRedirects) throw new FeedFailure("too-many-redirects", `The calendar's server redirected more than ${maxRedirects} times.`);
      current = new URL(answer.location, url).href;
    }
  } catch (error) {
    if (error instanceof FeedFailure) return { ok: false, code: error.code, error: error.message };
    if (controller.signal.aborted) return { ok: false, code: "too-slow", error: `The calendar's server took longer than ${timeoutMs / 1000} s to answer. Try again later.` };
    return { ok: false, code: "unreachable", error: "The calendar's server could not be reached. Check the address and try again." };
  } finally {
    clearTimeout(timer);
  }
}

type Answer = { kind: "body"; text: string } | { kind: "redirect"; location: string };

function get(
  url: URL,
  { options, resolve, maxBytes, signal }: { options: FeedOptions; resolve: (hostname: string) => Promise<LookupAddress[]>; maxBytes: number; signal: AbortSignal },
): Promise<Answer> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Answer>((settle, reject) => {
    const request = client.get(
      url,
      {
        signal,
        lookup: checkedLookup(options, resolve),
        headers: { accept: "text/calendar, */*;q=0.1", "accept-encoding": "identity", "user-agent": "Pendulum calendar import" },
        // No connection reuse: every request is resolved and checked again.
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if ([301, 302, 303, 307, 308].includes(status)) {
          const location = response.headers.location;
          response.resume();
          if (!location) return reject(new FeedFailure("http-error", "The calendar's server redirected without saying where to."));
          return settle({ kind: "redirect", location });
        }
        if (status < 200 || status > 299) {
          response.resume();
          return reject(new FeedFailure("http-error", `The calendar's server answered ${status}${status === 404 || status === 401 || status === 403 ? ": the address may have been reset. Copy it again from your calendar." : "."}`));
        }
        const tooLarge = () => new FeedFailure("too-large", `The calendar is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Export a shorter date range or use a smaller calendar.`);
        const declared = Number(response.headers["content-length"]);
        if (Number.isFinite(declared) && declared > maxBytes) {
          reject(tooLarge());
          response.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            reject(tooLarge());
            response.destroy();
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => {
          try {
            settle({ kind: "body", text: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)) });
          } catch {
            reject(new FeedFailure("http-error", "The calendar's server sent something that is not UTF-8 text."));
          }
        });
        response.on("error", reject);
        response.on("aborted", () => reject(new Error("aborted")));
      },
    );
    request.on("error", (error) => reject(error instanceof FeedFailure ? error : (error as Error & { cause?: unknown }).cause instanceof FeedFailure ? (error as Error & { cause: FeedFailure }).cause : error));
  });
}
