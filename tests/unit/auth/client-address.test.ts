import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clientAddressFrom,
  MAX_FORWARDED_HOPS,
  NO_TRUSTED_PROXIES,
  normalizeAddress,
  parseTrustedProxies,
} from "@/lib/auth/client-address";

const PROXIES = parseTrustedProxies(["10.0.0.0/8", "127.0.0.1", "2001:db8:ffff::/48"]);
const RUNS = { numRuns: 10_000 };

describe("normalizeAddress", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    [" 203.0.113.9 ", "203.0.113.9"],
    ["203.0.113.9:4711", "203.0.113.9"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:7f00:1", "127.0.0.1"],
    ["0:0:0:0:0:ffff:198.51.100.2", "198.51.100.2"],
    ["2001:DB8:1:2:3:4:5:6", "2001:0db8:0001:0002:0000:0000:0000:0000"],
    ["[2001:db8:1:2::9]:443", "2001:0db8:0001:0002:0000:0000:0000:0000"],
    ["fe80::1%eth0", "fe80:0000:0000:0000:0000:0000:0000:0000"],
    ["::1", "0000:0000:0000:0000:0000:0000:0000:0000"],
  ])("%s -> %s", (hop, expected) => {
    expect(normalizeAddress(hop)).toBe(expected);
  });

  it.each(["", "unknown", "1.2.3", "01.2.3.4", "256.1.1.1", "1.2.3.4.5", "::g", "<script>", "1.2.3.4, 5.6.7.8"])(
    "refuses %j",
    (hop) => {
      expect(normalizeAddress(hop)).toBeNull();
    },
  );
});

describe("clientAddressFrom", () => {
  it.each([
    ["the only hop (a direct client)", "198.51.100.7", NO_TRUSTED_PROXIES, "198.51.100.7"],
    ["the hop our server appended, not the client's forged ones", "1.1.1.1, 2.2.2.2, 198.51.100.7", NO_TRUSTED_PROXIES, "198.51.100.7"],
    ["the hop left of a trusted proxy", "6.6.6.6, 198.51.100.7, 127.0.0.1", PROXIES, "198.51.100.7"],
    ["past several trusted proxies", "198.51.100.7, 10.1.1.1, 10.2.2.2, ::ffff:127.0.0.1", PROXIES, "198.51.100.7"],
    ["a trusted proxy that is not ours is just a client", "198.51.100.7, 10.1.1.1", NO_TRUSTED_PROXIES, "10.1.1.1"],
    ["IPv6 grouped by /64", "2001:db8:aa:bb::1, 2001:db8:ffff::2", PROXIES, "2001:0db8:00aa:00bb:0000:0000:0000:0000"],
    ["empty hops are skipped", "198.51.100.7,, ,127.0.0.1", PROXIES, "198.51.100.7"],
  ])("takes %s", (_what, header, trusted, expected) => {
    expect(clientAddressFrom(header, trusted)).toBe(expected);
  });

  it.each([
    ["no header", null],
    ["an empty header", ""],
    ["garbage where the client should be", "6.6.6.6, garbage, 127.0.0.1"],
    ["only trusted proxies", "10.0.0.1, 127.0.0.1"],
  ])("is null for %s", (_what, header) => {
    expect(clientAddressFrom(header, PROXIES)).toBeNull();
  });

  it("looks at no more than MAX_FORWARDED_HOPS hops", () => {
    const chain = ["198.51.100.7", ...Array<string>(MAX_FORWARDED_HOPS).fill("10.0.0.1")].join(", ");
    expect(clientAddressFrom(chain, PROXIES)).toBeNull();
    const shorter = ["198.51.100.7", ...Array<string>(MAX_FORWARDED_HOPS - 1).fill("10.0.0.1")].join(", ");
    expect(clientAddressFrom(shorter, PROXIES)).toBe("198.51.100.7");
  });
});

describe("parseTrustedProxies", () => {
  it.each(["proxy.local", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/8/1", "10.0.0.0/x", ""])("refuses %j, naming the variable", (entry) => {
    expect(() => parseTrustedProxies([entry])).toThrow(/AUTH_TRUSTED_PROXIES .*got/);
  });
});

const ipv4 = fc.ipV4();
const ipv6 = fc.ipV6();
const forgedHop = fc.oneof(ipv4, ipv6, fc.string({ maxLength: 40 }), fc.constantFrom("unknown", "10.0.0.1", "127.0.0.1", "::ffff:10.9.9.9"));
const untrustedV4 = ipv4.filter((a) => !a.startsWith("10.") && a !== "127.0.0.1");
const trustedHop = fc.oneof(
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`),
  fc.constantFrom("127.0.0.1", "::ffff:127.0.0.1", "2001:db8:ffff::1"),
);

describe("clientAddressFrom properties", () => {
  it("whatever a client writes in front, the answer is the hop left of our trusted proxies", () => {
    fc.assert(
      fc.property(fc.array(forgedHop, { maxLength: 20 }), untrustedV4, fc.array(trustedHop, { maxLength: 5 }), (forged, client, proxies) => {
        expect(clientAddressFrom([...forged, client, ...proxies].join(", "), PROXIES)).toBe(client);
      }),
      RUNS,
    );
  });

  it("without trusted proxies the right-most hop wins, so a forged chain never changes the answer", () => {
    fc.assert(
      fc.property(fc.array(forgedHop, { maxLength: 20 }), fc.oneof(ipv4, ipv6), (forged, peer) => {
        expect(clientAddressFrom([...forged, peer].join(","), NO_TRUSTED_PROXIES)).toBe(normalizeAddress(peer));
      }),
      RUNS,
    );
  });

  it("never throws, and answers null or a canonical address that normalizes to itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (header) => {
        const answer = clientAddressFrom(header, PROXIES);
        if (answer !== null) expect(normalizeAddress(answer)).toBe(answer);
      }),
      RUNS,
    );
  });

  it("one IPv6 /64 is one client, and an IPv4-mapped address is its IPv4 address", () => {
    fc.assert(
      fc.property(ipv6.filter((a) => normalizeAddress(a)!.includes(":")), fc.array(fc.nat(0xffff), { minLength: 4, maxLength: 4 }), (address, suffix) => {
        const groups = normalizeAddress(address)!.split(":");
        const sibling = [...groups.slice(0, 4), ...suffix.map((g) => g.toString(16))].join(":");
        expect(normalizeAddress(sibling)).toBe(normalizeAddress(address));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(ipv4, (address) => {
        expect(normalizeAddress(`::ffff:${address}`)).toBe(address);
      }),
      RUNS,
    );
  });
});

