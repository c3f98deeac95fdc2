import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import {
  CROSS_SITE,
  isSameOrigin,
  problem,
  readJsonBody,
  readTextBody,
  refuseCrossSite,
  SERVER_ERROR,
  withErrors,
} from "@/app/_server/http";
import { isProblem } from "@/lib/problem";
import { MAX_ISSUES } from "@/lib/validation/issues";

const URL_ = "http://localhost:3000/api/x";
const post = (body: BodyInit | null, headers: Record<string, string> = {}) => new Request(URL_, { method: "POST", body, headers });

describe("problem", () => {
  it("always answers { error, issues } as uncached JSON", async () => {
    const response = problem(404, "No check-in for 2026-W10");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: "No check-in for 2026-W10", issues: [] });
  });

  it("cuts a long issue list at MAX_ISSUES and says how many more there were", async () => {
    const issues = Array.from({ length: MAX_ISSUES + 7 }, (_, i) => ({ path: `checkins[${i}]`, message: "bad" }));
    const body = await problem(422, "Not valid", issues).json();
    expect(body.issues).toHaveLength(MAX_ISSUES);
    expect(body.moreIssues).toBe(7);
    expect(isProblem(body)).toBe(true);
  });

  it("keeps a count of issues left out earlier, and leaves moreIssues out when nothing was", async () => {
    expect(await problem(422, "Not valid", { issues: [{ path: "", message: "x" }], moreIssues: 4900 }).json()).toEqual({
      error: "Not valid",
      issues: [{ path: "", message: "x" }],
      moreIssues: 4900,
    });
    expect(await problem(422, "Not valid", { issues: [], moreIssues: 0 }).json()).toEqual({ error: "Not valid", issues: [] });
  });

  it("adds the route's headers but never lets them make the answer cacheable", () => {
    const response = problem(429, "Wait", [], { "Retry-After": "5", "Cache-Control": "public, max-age=600" });
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("withErrors", () => {
  it("answers an unexpected error with 500 and a generic message, logging the error itself", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = new Error("SQLITE_CORRUPT at /srv/secret/path.db");
    const handler = withErrors("GET /api/x", async () => {
      throw secret;
    });
    const response = await handler();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/SQLITE|secret/);
    expect(JSON.parse(text)).toEqual({ error: SERVER_ERROR, issues: [] });
    expect(log).toHaveBeenCalledWith("GET /api/x failed", secret);
    log.mockRestore();
  });

  it("passes the handler's arguments through and its own answers untouched", async () => {
    const handler = withErrors("GET /api/x", async (request: Request, ctx: { params: Promise<{ id: string }> }) =>
      problem(404, `No ${(await ctx.params).id} at ${new URL(request.url).pathname}`),
    );
    const response = await handler(new Request(URL_), { params: Promise.resolve({ id: "7" }) });
    expect(response.status).toBe(404);
    expect((await response.json()).error).toBe("No 7 at /api/x");
  });

  it("renders the 500 with the route's own fallback (an HTML page for the share route)", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = withErrors(
      "GET /share/:token",
      async () => {
        throw new Error("boom");
      },
      () => new Response("<h1>Something went wrong</h1>", { status: 500, headers: { "Content-Type": "text/html" } }),
    );
    const response = await handler();
    expect(response.headers.get("content-type")).toBe("text/html");
    expect(await response.text()).not.toMatch(/boom/);
    log.mockRestore();
  });

  it("lets Next.js's control-flow errors through instead of answering them as failures", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = withErrors("GET /api/x", async () => redirect("/sign-in"));
    await expect(handler()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });
});

describe("the same-origin check", () => {
  const trusted = ["http://localhost:3000"];
  it.each<[Record<string, string>, boolean]>([
    [{}, true],
    [{ origin: "http://localhost:3000" }, true],
    [{ origin: "https://evil.example" }, false],
    [{ origin: "http://localhost:3000.evil.example" }, false],
    [{ origin: "null" }, false],
  ])("%j → %s", async (headers, allowed) => {
    const request = new Request(URL_, { method: "PUT", headers });
    expect(isSameOrigin(request, trusted)).toBe(allowed);
    const refusal = refuseCrossSite(request, trusted);
    if (allowed) expect(refusal).toBeNull();
    else {
      expect(refusal?.status).toBe(403);
      expect(await refusal?.json()).toEqual({ error: CROSS_SITE, issues: [] });
    }
  });
});

describe("readTextBody", () => {
  it("reads UTF-8 right at the cap", async () => {
    const text = "é".repeat(512);
    expect(await readTextBody(post(text), 1024)).toEqual({ ok: true, text });
  });

  it("refuses one byte over the cap with 413 in the route's words", async () => {
    const result = await readTextBody(post("x".repeat(1025)), 1024, { tooLarge: "The file is larger than 1 kB." });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.response.status).toBe(413);
    expect(await result.response.json()).toEqual({ error: "The file is larger than 1 kB.", issues: [] });
  });

  it("refuses a declared length over the cap without reading the body", async () => {
    let pulled = false;
    const stream = new ReadableStream({
      pull(controller) {
        pulled = true;
        controller.close();
      },
    }, { highWaterMark: 0 });
    const request = new Request(URL_, { method: "POST", body: stream, duplex: "half", headers: { "content-length": "2048" } } as RequestInit);
    const result = await readTextBody(request, 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) expect((await result.response.json()).error).toBe("The body is larger than 1 kB");
    expect(pulled).toBe(false);
  });

  it("refuses bytes that are not UTF-8: 400 by default, or the route's own answer", async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const plain = await readTextBody(post(bytes), 1024);
    expect(!plain.ok && plain.response.status).toBe(400);
    const own = await readTextBody(post(bytes), 1024, {
      notUtf8: { status: 422, error: "This file can't be imported.", issues: [{ path: "file", message: "The file is not UTF-8 text" }] },
    });
    if (own.ok) throw new Error("expected a refusal");
    expect(own.response.status).toBe(422);
    expect(await own.response.json()).toEqual({ error: "This file can't be imported.", issues: [{ path: "file", message: "The file is not UTF-8 text" }] });
  });
});

describe("readJsonBody", () => {
  it.each([
    ["empty", "", 400, "The body is empty; send it as JSON"],
    ["blank", "  \n", 400, "The body is empty; send it as JSON"],
    ["not JSON", "{ nope", 400, "The body is not valid JSON"],
    ["not UTF-8", new Uint8Array([0x22, 0xff, 0x22]), 400, "The body is not valid UTF-8"],
  ])("refuses a body that is %s", async (_name, body, status, error) => {
    const result = await readJsonBody(post(body), 1024);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.response.status).toBe(status);
    expect(await result.response.json()).toEqual({ error, issues: [] });
  });

  it("parses JSON within the cap", async () => {
    expect(await readJsonBody(post('{"a":[1,2]}'), 1024)).toEqual({ ok: true, value: { a: [1, 2] } });
  });
});

function files(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path, name) : name.test(entry) ? [path] : [];
  });
}

describe("every route handler goes through the toolkit", () => {
  // Every route handler under app/, wherever it sits (the sign-in page's /sign-in/sso too), except
  // the service worker's: Serwist generates that one whole, build-time exports and all.
  const routes = files("app", /^route\.ts$/).filter((file) => !file.startsWith(join("app", "serwist")));

  it("finds the routes", () => {
    expect(routes.length).toBeGreaterThanOrEqual(10);
    expect(routes).toContain(join("app", "(auth)", "sign-in", "sso", "route.ts"));
  });

  it.each(routes)("%s exports only withErrors-wrapped handlers", (file) => {
    const source = readFileSync(file, "utf8");
    expect(source).not.toMatch(/export\s+(async\s+)?function/);
    const handlers = [...source.matchAll(/^export const (\w+) = (\w+)\(/gm)];
    const reexports = [...source.matchAll(/^export \{([^}]+)\}/gm)];
    expect(handlers.length + reexports.length).toBeGreaterThan(0);
    for (const [, , wrapper] of handlers) expect(wrapper).toBe("withErrors");
    for (const [, names] of reexports) {
      for (const local of names!.split(",").map((n) => n.trim().split(/\s+as\s+/)[0]!)) {
        expect(source).toMatch(new RegExp(`const ${local} = withErrors\\(`));
      }
    }
  });

  it("no handler under app/api or app/share builds its own JSON body", () => {
    const sources = [...files("app/api", /\.ts$/), ...files("app/share", /\.ts$/)];
    const offenders = sources.filter((file) => /Response\.json\(/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
