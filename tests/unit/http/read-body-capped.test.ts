import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBodyCapped } from "@/app/_server/read-body-capped";
import { rawRequest } from "../../../scripts/bench/raw-http";

const CAP = 64 * 1024;
const IDLE_MS = 300;
const DEADLINE_MS = 1_500;

/** What the server saw when it decided: how many bytes of the connection it had read by then. */
type Decision = { status: number; size?: number; socketBytesRead: number };

let server: Server;
let origin: string;
const decisions: Decision[] = [];

/** As Next.js hands a route handler its request: a web Request whose body pulls from the Node stream. */
function toWebRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : [value ?? ""]) headers.append(name, one);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(`http://localhost${req.url}`, {
    method: req.method,
    headers,
    ...(hasBody ? { body: req as unknown as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBodyCapped(toWebRequest(req), CAP, { idleMs: IDLE_MS, deadlineMs: DEADLINE_MS });
    const decision: Decision = body.ok
      ? { status: 200, size: body.bytes.byteLength, socketBytesRead: req.socket.bytesRead }
      : { status: body.status, socketBytesRead: req.socket.bytesRead };
    decisions.push(decision);
    res.writeHead(decision.status, { "content-type": "application/json", ...(body.ok ? {} : body.headers) });
    res.end(JSON.stringify(decision));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const decisionOf = (answer: { body: string }) => JSON.parse(answer.body) as Decision;
const HEAD_BYTES = 300;

describe("readBodyCapped behind a real HTTP server", () => {
  it("refuses a declared length over the cap at once, having read nothing but the head", async () => {
    const answer = await rawRequest({ origin, path: "/", headers: { "Content-Length": "200000000" }, waitMs: 5_000 });
    // 413, not 408: it did not wait for the body that never comes.
    expect(answer.status).toBe(413);
    expect(decisionOf(answer).socketBytesRead).toBeLessThan(HEAD_BYTES);
  });

  it("answers 413 to a declared 200 MB body sent as fast as possible, long before it could all arrive", async () => {
    const answer = await rawRequest({ origin, path: "/", headers: { "Content-Length": "200000000" }, bodyBytes: 200_000_000, waitMs: 10_000 });
    expect(answer.status).toBe(413);
    expect(answer.bytesWritten).toBeLessThan(50_000_000);
    // Kept open: the server drops the declared rest, so a client still sending is not reset before it reads this.
    expect(answer.headers.connection).not.toBe("close");
  });

  it("stops a chunked body without an end once it passes the cap", async () => {
    const answer = await rawRequest({ origin, path: "/", chunked: true, bodyBytes: 50_000_000, waitMs: 10_000 });
    expect(answer.status).toBe(413);
    expect(decisionOf(answer).socketBytesRead).toBeLessThan(CAP + 2 * 64 * 1024 + HEAD_BYTES);
    expect(answer.closed).toBe(true);
  });

  it("answers 408 to a declared body that stops arriving, after the idle time", async () => {
    const answer = await rawRequest({ origin, path: "/", headers: { "Content-Length": "6000" }, bodyBytes: 10, waitMs: 5_000 });
    expect(answer.status).toBe(408);
    expect(answer.ms).toBeGreaterThanOrEqual(IDLE_MS - 20);
    expect(answer.ms).toBeLessThan(IDLE_MS + 3_000);
    expect(answer.closed).toBe(true);
  });

  it("answers 408 at the deadline to a body that keeps dripping just fast enough to never be idle", async () => {
    const answer = await rawRequest({
      origin,
      path: "/",
      headers: { "Content-Length": "6000" },
      bodyBytes: 6_000,
      pauseMs: IDLE_MS / 3,
      waitMs: 10_000,
    });
    expect(answer.status).toBe(408);
    expect(answer.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 20);
    expect(answer.ms).toBeLessThan(DEADLINE_MS + IDLE_MS + 3_000);
  });

  it("takes a client that goes away mid-body as a cut-off body, not as an error", async () => {
    const before = decisions.length;
    const answer = await rawRequest({ origin, path: "/", headers: { "Content-Length": "6000" }, bodyBytes: 10, waitMs: 100 });
    expect(answer.status).toBeNull();
    await expect.poll(() => decisions.length).toBe(before + 1);
    expect(decisions.at(-1)?.status).toBe(400);
  });

  it.each([
    ["an empty body", 0, false],
    ["a body of exactly the cap", CAP, false],
    ["a chunked body of exactly the cap", CAP, true],
  ])("reads %s whole", async (_label, size, chunked) => {
    const answer = await rawRequest({
      origin,
      path: "/",
      headers: chunked ? {} : { "Content-Length": String(size) },
      chunked,
      endChunks: true,
      chunkBytes: 1000,
      bodyBytes: size,
      waitMs: 5_000,
    });
    expect(decisionOf(answer)).toMatchObject({ status: 200, size });
  });

  it("keeps serving on the same connection after a body it read whole", async () => {
    const first = await fetch(origin, { method: "POST", body: "x".repeat(1000) });
    expect(await first.json()).toMatchObject({ status: 200, size: 1000 });
    expect(first.headers.get("connection")).not.toBe("close");
  });
});
