import { expect, test, type APIRequestContext } from "@playwright/test";
import { SERVER_ACTION_MAX_BODY_BYTES } from "../../../app/_server/body-limits";
import { BODY_DEADLINE_MS, BODY_IDLE_MS } from "../../../app/_server/read-body-capped";
import { rawRequest, type RawAnswer, type RawRequest } from "../../../scripts/bench/raw-http";
import { pidListeningOn, residentMb } from "../../../scripts/bench/process-memory";
import { lastWeek } from "../weeks";
import type { HostileCase, HostileContext } from "./types";

// Finding 5's family: bodies that are huge, never sent, endless, dripped, or many at once, and
// headers too large. Each must be refused quickly and cheaply (docs/limits.md), never with a 5xx.

const MB = 1024 * 1024;

async function cookieHeader(context: APIRequestContext): Promise<string> {
  const { cookies } = await context.storageState();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

type Target = { method: string; path: string; signedIn: boolean; contentType: string };

/** Every kind of entry point that reads a body: the JSON API, uploads, better-auth, server-action pages. */
function targets(): Target[] {
  const json = "application/json";
  return [
    { method: "PUT", path: `/api/checkins/${lastWeek()}`, signedIn: true, contentType: json },
    { method: "POST", path: "/api/import", signedIn: true, contentType: json },
    { method: "POST", path: `/api/calendar/import?week=${lastWeek()}`, signedIn: true, contentType: "text/calendar" },
    { method: "POST", path: "/api/auth/sign-in/email", signedIn: false, contentType: json },
    { method: "POST", path: "/api/auth/sign-up/email", signedIn: false, contentType: json },
    { method: "POST", path: "/sign-in", signedIn: false, contentType: "multipart/form-data; boundary=x" },
    { method: "POST", path: "/checkin", signedIn: true, contentType: "multipart/form-data; boundary=x" },
  ];
}

async function send(ctx: HostileContext, target: Target, request: Omit<RawRequest, "origin" | "path" | "method">): Promise<RawAnswer> {
  const headers: Record<string, string> = { Origin: ctx.baseURL, "Content-Type": target.contentType, ...request.headers };
  if (target.signedIn) headers.Cookie = await cookieHeader(ctx.attacker);
  return rawRequest({ ...request, origin: ctx.baseURL, method: target.method, path: target.path, headers });
}

const label = (target: Target, answer: RawAnswer) => `${target.method} ${target.path} → ${answer.status} after ${answer.ms} ms`;

export const cases: HostileCase[] = [
  {
    name: "5 a declared 200 MB body is refused with 413 before it is sent, on every entry point that reads one",
    run: async (ctx) => {
      for (const target of targets()) {
        const answer = await send(ctx, target, { headers: { "Content-Length": "200000000" }, bodyBytes: 200_000_000, waitMs: 10_000 });
        expect(answer.status, label(target, answer)).toBe(413);
        expect(answer.ms, label(target, answer)).toBeLessThan(3_000);
        // The socket buffers take a few MB before the server has read anything.
        expect(answer.bytesWritten, label(target, answer)).toBeLessThan(40 * MB);
      }
    },
  },
  {
    name: "5 a declared body that never arrives is answered 408 after the idle time, or at once when too large",
    timeoutMs: 40_000,
    run: async (ctx) => {
      const answers = await Promise.all(
        targets().map(async (target) => {
          const declared = target.path.startsWith("/api/") ? 1_000 : 6_000_000;
          return { target, declared, answer: await send(ctx, target, { headers: { "Content-Length": String(declared) }, bodyBytes: 10, waitMs: 25_000 }) };
        }),
      );
      for (const { target, declared, answer } of answers) {
        if (declared > SERVER_ACTION_MAX_BODY_BYTES) {
          expect(answer.status, label(target, answer)).toBe(413);
          expect(answer.ms, label(target, answer)).toBeLessThan(3_000);
        } else {
          expect(answer.status, label(target, answer)).toBe(408);
          expect(answer.ms, label(target, answer)).toBeGreaterThanOrEqual(BODY_IDLE_MS - 500);
          expect(answer.ms, label(target, answer)).toBeLessThan(BODY_IDLE_MS + 5_000);
          expect(answer.closed, `${label(target, answer)}: connection closed`).toBe(true);
        }
      }
    },
  },
  {
    name: "5 a chunked body without an end is cut at its cap (API) or refused for want of a length (pages)",
    run: async (ctx) => {
      for (const target of targets()) {
        const answer = await send(ctx, target, { chunked: true, bodyBytes: 100 * MB, waitMs: 10_000 });
        // The server answers and closes; a client still sending may see the close as a reset before the answer.
        const refusal = target.path.startsWith("/api/") ? 413 : 411;
        expect([refusal, null], label(target, answer)).toContain(answer.status);
        expect(answer.closed, `${label(target, answer)}: connection closed`).toBe(true);
        expect(answer.ms, label(target, answer)).toBeLessThan(5_000);
        expect(answer.bytesWritten, label(target, answer)).toBeLessThan(40 * MB);
      }
    },
  },
  {
    // The JSON API's and better-auth's caps are small enough for the plain deadline (bodyDeadlineMs).
    name: "5 a body dripped a byte at a time, never idle long, is answered 408 at the deadline",
    timeoutMs: BODY_DEADLINE_MS + 20_000,
    run: async (ctx) => {
      const dripped = targets().filter((t) => t.path.startsWith("/api/checkins") || t.path.startsWith("/api/auth/sign-in"));
      const answers = await Promise.all(
        dripped.map(async (target) => ({
          target,
          answer: await send(ctx, target, {
            headers: { "Content-Length": "60000" },
            bodyBytes: 60_000,
            pauseMs: 2_000,
            waitMs: BODY_DEADLINE_MS + 15_000,
          }),
        })),
      );
      for (const { target, answer } of answers) {
        expect(answer.status, label(target, answer)).toBe(408);
        expect(answer.ms, label(target, answer)).toBeGreaterThanOrEqual(BODY_DEADLINE_MS - 1_000);
        expect(answer.ms, label(target, answer)).toBeLessThan(BODY_DEADLINE_MS + 10_000);
      }
    },
  },
  {
    // `npm run bench -- --only http-bodies` sends these bodies whole; here each sends 2 MB of them, to
    // spare the shared CI machine (the refusal comes from the declared length either way).
    name: "5 a hundred parallel posts declaring 11 MB to pages and APIs are all refused and barely move the server's memory",
    timeoutMs: 60_000,
    run: async (ctx) => {
      const port = Number(new URL(ctx.baseURL).port);
      const pid = pidListeningOn(port);
      const before = pid === null ? null : residentMb(pid);
      let peak = before ?? 0;
      const sampler = setInterval(() => (peak = Math.max(peak, (pid !== null && residentMb(pid)) || 0)), 50);
      const all = targets();
      const answers = await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const target = all[i % all.length]!;
          const answer = await send(ctx, target, { headers: { "Content-Length": String(11 * MB) }, bodyBytes: 2 * MB, waitMs: 45_000 });
          return { target, answer };
        }),
      );
      clearInterval(sampler);
      for (const { target, answer } of answers) expect(answer.status, label(target, answer)).toBe(413);
      if (before !== null) {
        test.info().annotations.push({ type: "server memory", description: `resident ${before} MB, peak ${peak} MB during the burst` });
        // Before bodies were refused unread, the proxy buffered each of these: about 1 GB more.
        expect(peak - before, `resident memory ${before} MB → peak ${peak} MB`).toBeLessThan(200);
      }
    },
  },
  {
    name: "5 a body sent to a path with broken percent-encoding answers 404, not 500",
    run: async (ctx) => {
      for (const path of ["/checkin/%ZZ", "/api/checkins/%E0", "/share/%C0%AF", "/api/auth/%E0"]) {
        for (const request of [{ headers: { "Content-Length": "2" }, bodyBytes: 2 }, { chunked: true, endChunks: true, bodyBytes: 2 }]) {
          const answer = await rawRequest({ origin: ctx.baseURL, method: "POST", path, ...request, waitMs: 10_000 });
          expect(answer.status, `${path} ${request.chunked ? "chunked" : "with a length"}`).toBe(404);
        }
      }
    },
  },
  {
    name: "5 oversized headers and URLs are refused with 431 before anything runs",
    run: async (ctx) => {
      const answers = [
        await rawRequest({ origin: ctx.baseURL, method: "GET", path: "/sign-in", headers: { Cookie: `a=${"x".repeat(64 * 1024)}` } }),
        await rawRequest({ origin: ctx.baseURL, method: "GET", path: `/sign-in?q=${"x".repeat(64 * 1024)}` }),
        await rawRequest({ origin: ctx.baseURL, method: "GET", path: `/${"x".repeat(64 * 1024)}` }),
      ];
      for (const answer of answers) {
        expect(answer.status).toBe(431);
        expect(answer.ms).toBeLessThan(2_000);
      }
    },
  },
];
