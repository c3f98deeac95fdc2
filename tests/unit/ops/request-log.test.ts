import { request as httpRequest, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installRequestLog, requestsInFlight, shutdown } from "@/app/_server/lifecycle";
import { createLogger } from "@/app/_server/logger";

// The request log and the graceful stop on a real http.Server, as instrumentation.ts installs them.

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split("\n").filter(Boolean));
    done();
  },
});
const logger = createLogger({ level: "debug", destination: sink });
const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

let server: Server;
let base: string;
let releaseSlow: () => void = () => {};

beforeAll(async () => {
  installRequestLog(logger);
  server = createServer((req, res) => {
    if (req.url?.startsWith("/slow")) {
      new Promise<void>((resolve) => (releaseSlow = resolve)).then(() => res.end("slow done"));
      return;
    }
    // App code logging carelessly: the logger must still keep these out.
    logger.info({ email: "ada@example.com", notes: "my private note", user: { email: "ada@example.com" } }, "saved a week for ada@example.com");
    res.statusCode = req.url?.startsWith("/share/") ? 404 : 200;
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the request log", () => {
  it("writes one JSON line per request with its id, method, route, status and duration, and hands the id to the client", async () => {
    const res = await fetch(`${base}/checkin/2026-W10?token=s3cr3t-t0ken&email=ada%40example.com`);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = logged().find((l) => l.msg === "request" && l.reqId === id)!;
    expect(line).toMatchObject({ level: "info", method: "GET", route: "/checkin/2026-W10", status: 200 });
    expect(typeof line.durationMs).toBe("number");
    expect(typeof line.time).toBe("string");
    // The app's own line while serving that request carries the same id.
    expect(logged().find((l) => l.msg !== "request" && l.reqId === id)).toBeDefined();
  });

  it("keeps a well-formed X-Request-Id from the proxy and replaces a malformed one", async () => {
    const kept = await fetch(`${base}/dashboard`, { headers: { "x-request-id": "lb-1234abcd" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-1234abcd");
    const replaced = await fetch(`${base}/dashboard`, { headers: { "x-request-id": "x\"; drop" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("never writes an e-mail address, a note, a share token or a query token", async () => {
    await fetch(`${base}/share/Zx9-SECRET-share-token-1234567890`);
    await fetch(`${base}/api/auth/callback/oidc?code=authcode-123&state=state-456`);
    const all = lines.join("\n");
    for (const secret of ["ada@example.com", "ada%40example.com", "my private note", "s3cr3t-t0ken", "SECRET-share-token", "authcode-123", "state-456"]) {
      expect(all).not.toContain(secret);
    }
    expect(logged().some((l) => l.route === "/share/:token" && l.status === 404)).toBe(true);
    expect(logged().some((l) => l.route === "/api/auth/callback/oidc")).toBe(true);
  });
});

function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest(`${base}${path}`, { agent: false }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("shutdown on SIGTERM", () => {
  it("stops taking connections, lets the request in flight finish, then closes the database and exits 0", async () => {
    const slow = get("/slow");
    await expect.poll(() => requestsInFlight()).toBe(1);
    const events: string[] = [];
    let exitCode: number | undefined;
    const stopping = shutdown({
      logger,
      timeoutMs: 10_000,
      closeDatabase: async () => {
        events.push(`database closed with ${requestsInFlight()} in flight`);
      },
      exit: (code) => {
        exitCode = code;
      },
    });
    // New connections are refused at once...
    await expect(get("/dashboard")).rejects.toThrow(/ECONNREFUSED/);
    expect(events).toEqual([]);
    // ...while the one in flight completes normally.
    releaseSlow();
    expect(await slow).toEqual({ status: 200, body: "slow done" });
    await stopping;
    expect(events).toEqual(["database closed with 0 in flight"]);
    expect(exitCode).toBe(0);
    expect(logged().map((l) => l.msg)).toContain("stopped");
  });
});
