import fc from "fast-check";
import { describe, it } from "vitest";
import { FEED_LIMITS, isPrivateAddress, parseFeedUrl } from "@/lib/calendar/feed-fetch";
import { check, PROPERTY_TIMEOUT_MS } from "./config";
import { ensure } from "./rules";

// The calendar address is fetched from the server's network: whatever a leader (or someone who
// took over their session) types, nothing on a private, loopback or link-local network is reachable.

/** The private, loopback, link-local, shared, reserved and multicast IPv4 ranges, as [first octets, prefix]. */
const PRIVATE_V4: [number[], number][] = [
  [[0], 8],
  [[10], 8],
  [[100, 64], 10],
  [[127], 8],
  [[169, 254], 16],
  [[172, 16], 12],
  [[192, 168], 16],
  [[224], 4],
  [[240], 4],
];

const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
const dotted = (o: readonly number[]) => o.join(".");
const toNumber = (o: readonly number[]) => ((o[0]! << 24) | (o[1]! << 16) | (o[2]! << 8) | o[3]!) >>> 0;

/** An address inside one of the private ranges: the range's prefix bits, random host bits. */
const privateV4 = fc.tuple(fc.constantFrom(...PRIVATE_V4), octets).map(([[net, prefix], random]) => {
  const base = toNumber([...net, 0, 0, 0, 0].slice(0, 4));
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const value = ((base & mask) | (toNumber(random) & ~mask)) >>> 0;
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
});

const hex = (o: readonly number[]) => `${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`;

describe("the calendar address never reaches a private network", () => {
  it(
    "every address in a private IPv4 range is refused, written as IPv4, IPv4-mapped IPv6 (dotted or hex) or NAT64",
    () => {
      check(
        fc.property(privateV4, (o) => {
          for (const written of [dotted(o), `::ffff:${dotted(o)}`, `::ffff:${hex(o)}`, `64:ff9b::${dotted(o)}`, `64:ff9b::${hex(o)}`, `::FFFF:${dotted(o)}`]) {
            ensure(isPrivateAddress(written), `${written} was judged public`);
          }
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "an IPv4 address and its IPv6-mapped forms are judged alike",
    () => {
      check(
        fc.property(octets, (o) => {
          const v4 = isPrivateAddress(dotted(o));
          for (const written of [`::ffff:${dotted(o)}`, `::ffff:${hex(o)}`]) ensure(isPrivateAddress(written) === v4, `${written} judged unlike ${dotted(o)}`);
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "ordinary public addresses stay reachable (no range blocks the internet)",
    () => {
      const publicV4 = fc.tuple(fc.integer({ min: 1, max: 99 }).filter((n) => n !== 10), fc.nat(255), fc.nat(255), fc.nat(255));
      check(
        fc.property(publicV4, (o) => {
          ensure(!isPrivateAddress(dotted(o)), `${dotted(o)} was judged private`);
          ensure(!isPrivateAddress(`::ffff:${dotted(o)}`), `::ffff:${dotted(o)} was judged private`);
          ensure(!isPrivateAddress(`2a00:${hex(o)}::1`), `2a00:${hex(o)}::1 was judged private`);
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "link-local, unique-local, loopback and multicast IPv6 are refused",
    () => {
      const group = fc.nat(0xffff).map((n) => n.toString(16));
      const tail = fc.array(group, { minLength: 1, maxLength: 4 }).map((g) => g.join(":"));
      check(
        fc.property(fc.constantFrom("fe80", "fe9f", "febf", "fc00", "fd12", "ff02", "ff0e"), tail, (prefix, rest) => {
          const address = `${prefix}::${rest}`;
          ensure(isPrivateAddress(address), `${address} was judged public`);
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "anything that is not an IP address is never judged public (the resolved address is what counts)",
    () => {
      check(fc.property(fc.string({ maxLength: 60 }), (text) => ensure(/^[\d.:a-fA-F]+$/.test(text) || isPrivateAddress(text), `${JSON.stringify(text)} judged public`)));
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "whatever is typed, an accepted address is https (or http only when allowed), short, without credentials, and never throws",
    () => {
      const typed = fc.oneof(
        fc.string({ maxLength: 80 }),
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.tuple(fc.constantFrom("https://", "http://", "webcal://", "webcals://", "HTTPS://", "file://", "ftp://", "javascript:", "data:", "gopher://", "//"), fc.string({ maxLength: 40 })).map(([a, b]) => a + b),
        fc.tuple(fc.constantFrom("https://", "http://"), fc.constantFrom("u:p@", "@", "user@", ""), fc.domain()).map(([a, b, c]) => a + b + c),
      );
      check(
        fc.property(typed, fc.boolean(), (raw, allowHttp) => {
          const parsed = parseFeedUrl(raw, { allowHttp });
          if (!parsed.ok) return ensure(parsed.error.length > 0 && parsed.error.length < 200, "a refusal says why, briefly");
          const { url } = parsed;
          ensure(url.protocol === "https:" || (allowHttp && url.protocol === "http:"), `${url.href} accepted with ${url.protocol}`);
          ensure(!url.username && !url.password, `${url.href} accepted with credentials`);
          ensure(url.hostname.length > 0, `${url.href} accepted without a host`);
          ensure(raw.trim().length <= FEED_LIMITS.maxUrlLength, "an over-long address was accepted");
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
