import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchCalendarFeed, isPrivateAddress, parseFeedUrl } from "@/lib/calendar/feed-fetch";

// A real HTTP server on this machine (ports 5450–5459 are this branch's), so the fetch is tested
// with the private-address switch on; the refusals are tested with it off.
const CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Standup\r\nDTSTART:20261117T090000Z\r\nDTEND:20261117T091500Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
const MAX = 64 * 1024;

let server: Server;
let base: string;

function route(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", "http://x");
  switch (url.pathname) {
    case "/cal.ics":
      response.writeHead(200, { "content-type": "text/calendar" }).end(CALENDAR);
      return;
    case "/declared-big.ics":
      response.writeHead(200, { "content-length": String(MAX + 1) }).end();
      return;
    case "/streamed-big.ics": {
      // No Content-Length: the size is only known while reading.
      response.writeHead(200, { "content-type": "text/calendar" });
      const chunk = "X".repeat(16 * 1024);
      let sent = 0;
      const push = () => {
        if (response.destroyed || sent > 40) return response.end();
        sent++;
        response.write(chunk, () => setTimeout(push, 1));
      };
      push();
      return;
    }
    case "/slow.ics":
      response.writeHead(200, { "content-type": "text/calendar" });
      response.write("BEGIN:VCALENDAR\r\n");
      // Never ends: a trickle that would hold a connection open for ever.
      return;
    case "/redirect":
      response.writeHead(302, { location: url.searchParams.get("to") ?? "/cal.ics" }).end();
      return;
    case "/loop":
      response.writeHead(301, { location: "/loop" }).end();
      return;
    case "/gone":
      response.writeHead(404).end();
      return;
    default:
      response.writeHead(500).end();
  }
}

beforeAll(async () => {
  server = createServer(route);
  for (let port = 5450; port <= 5459; port++) {
    const ok = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (ok) break;
  }
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const allowed = { allowPrivate: true, allowHttp: true, maxBytes: MAX, timeoutMs: 1500 };
/** The local server counts as public; every other private address stays private. */
const localIsPublic = { allowPrivate: false, allowHttp: true, maxBytes: MAX, timeoutMs: 1500, isBlocked: (ip: string) => ip !== "127.0.0.1" && isPrivateAddress(ip) };

describe("fetchCalendarFeed against a local server", () => {
  it("fetches the calendar, following a redirect", async () => {
    expect(await fetchCalendarFeed(`${base}/cal.ics`, allowed)).toEqual({ ok: true, text: CALENDAR, url: `${base}/cal.ics` });
    expect(await fetchCalendarFeed(`${base}/redirect?to=/cal.ics`, allowed)).toMatchObject({ ok: true, text: CALENDAR });
  });

  it.each([
    { name: "declared too big (refused before reading)", path: "/declared-big.ics", code: "too-large" },
    { name: "too big while streaming", path: "/streamed-big.ics", code: "too-large" },
    { name: "too slow", path: "/slow.ics", code: "too-slow" },
    { name: "redirecting for ever", path: "/loop", code: "too-many-redirects" },
    { name: "an error status", path: "/gone", code: "http-error" },
  ])("refuses a calendar $name", async ({ path, code }) => {
    const started = performance.now();
    const result = await fetchCalendarFeed(`${base}${path}`, allowed);
    expect(result).toMatchObject({ ok: false, code });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("refuses a private address when the switch is off, before connecting", async () => {
    expect(await fetchCalendarFeed(`${base}/cal.ics`, { ...allowed, allowPrivate: false })).toMatchObject({ ok: false, code: "private-address" });
  });

  it("checks the address a name resolves to, not the name", async () => {
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    const url = `http://calendar.example:${new URL(base).port}/cal.ics`;
    expect(await fetchCalendarFeed(url, { ...allowed, allowPrivate: false, resolve })).toMatchObject({ ok: false, code: "private-address" });
    expect(await fetchCalendarFeed(url, { ...allowed, resolve })).toMatchObject({ ok: true, text: CALENDAR });
  });

  it.each([
    { name: "a private address", to: "http://169.254.169.254/latest/meta-data/" },
    { name: "an IPv6-mapped loopback", to: "http://[::ffff:7f00:2]/" },
    { name: "a name that resolves to a private address", to: "http://metadata.internal.example/" },
  ])("refuses a redirect to $name", async ({ to }) => {
    const resolve = async (host: string) => [{ address: host === "metadata.internal.example" ? "10.0.0.7" : "127.0.0.1", family: 4 }];
    const result = await fetchCalendarFeed(`${base}/redirect?to=${encodeURIComponent(to)}`, { ...localIsPublic, resolve });
    expect(result).toMatchObject({ ok: false, code: "private-address" });
  });

  it("refuses a redirect to plain http when only https is allowed", async () => {
    const result = await fetchCalendarFeed(`${base}/redirect?to=${encodeURIComponent("http://example.com/")}`, { ...allowed, allowHttp: true, maxRedirects: 0 });
    expect(result).toMatchObject({ ok: false, code: "too-many-redirects" });
    expect(parseFeedUrl("http://example.com/cal.ics", { allowHttp: false })).toMatchObject({ ok: false, error: /Only https/ });
  });
});

describe("parseFeedUrl and isPrivateAddress", () => {
  it.each([
    ["webcal://calendar.example/secret.ics", true],
    ["https://calendar.example/secret.ics", true],
    ["ftp://calendar.example/x", false],
    ["https://user:pw@calendar.example/x", false],
    ["not a url", false],
    [`https://calendar.example/${"x".repeat(2100)}`, false],
  ])("%s → %s", (raw, ok) => {
    expect(parseFeedUrl(raw, { allowHttp: false }).ok).toBe(ok);
  });

  it.each([
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.31.255.255", true],
    ["192.168.1.1", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["::1", true],
    ["fe80::1", true],
    ["fd00::1", true],
    ["::ffff:127.0.0.1", true],
    ["::ffff:7f00:1", true],
    ["64:ff9b::a00:1", true],
    ["::ffff:0:7f00:1", true],
    ["2002:7f00:1::", true],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", true],
    ["64:ff9b:1::a00:1", true],
    ["8.8.8.8", false],
    ["2606:4700:4700::1111", false],
    ["::ffff:8.8.8.8", false],
  ])("%s private: %s", (ip, isPrivate) => {
    expect(isPrivateAddress(ip)).toBe(isPrivate);
  });
});
