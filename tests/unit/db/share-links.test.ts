import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { handleReport } from "@/app/api/report/_lib/handle-report";
import { handleShare } from "@/app/share/_lib/handle-share";
import { saveCheckin } from "@/db/queries/checkins";
import { findShareLinkByToken, hashShareToken, listShareLinks, revokeShareLink } from "@/db/queries/share-links";
import { createLookupLimiter, isShareTokenShape } from "@/lib/report";
import { makeCheckin } from "../../helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";
import { newShareLink, seedShareOwner, SHARE_NOW } from "@/tests/helpers/share-links";
import { rawRows } from "@/tests/helpers/temp-db";

const NOW = SHARE_NOW;

const t = freshDbEachTest(["a", "b"], async () => {
  await seedShareOwner(t.db, "a", "Ольга Петрова", (week) => `secret note ${week}`);
  await seedShareOwner(t.db, "b", "Bob Other", (week) => `bob's note ${week}`);
});

const unlimited = () => createLookupLimiter({ perKey: 1000, total: 1000 });
const share = (token: string, over: { now?: Date; clientKey?: string; limiter?: ReturnType<typeof createLookupLimiter> } = {}) =>
  handleShare({ db: t.db, token, clientKey: over.clientKey ?? "1.2.3.4", now: over.now ?? NOW, limiter: over.limiter ?? unlimited() });
const newLink = (userId: string, over: Partial<{ includeNotes: boolean; expiresAt: Date }> = {}) => newShareLink(t.db, userId, over);

describe("share links in the database", () => {
  it("stores only the SHA-256 of a 256-bit token, never the token", async () => {
    const { token, link } = await newLink("a");
    expect(isShareTokenShape(token)).toBe(true);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const rows = await t.db.select().from(t.db.tables.shareLinks);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashShareToken(token));
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const raw = await rawRows(t.db, sql`select * from share_links`);
    expect(JSON.stringify(raw)).not.toContain(token);
    expect(await findShareLinkByToken(t.db, token)).toMatchObject({ id: link.id, userId: "a" });
  });

  it("lists and revokes only the leader's own links", async () => {
    const mine = await newLink("a");
    const theirs = await newLink("b");
    expect((await listShareLinks(t.db, "a")).map((l) => l.id)).toEqual([mine.link.id]);
    expect(await revokeShareLink(t.db, "a", theirs.link.id, NOW)).toBe(false);
    expect((await findShareLinkByToken(t.db, theirs.token))!.revokedAt).toBeNull();
    expect(await revokeShareLink(t.db, "a", mine.link.id, NOW)).toBe(true);
    expect(await revokeShareLink(t.db, "a", mine.link.id, NOW)).toBe(false);
  });
});

describe("the shared page", () => {
  it("shows the report without an account, with noindex, no-referrer and no-store", async () => {
    const { token } = await newLink("a");
    const res = await share(token);
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Robots-Tag")).toContain("noindex");
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain("Leadership report: Ольга Петрова");
    expect(html).toContain("2026-W44 – 2026-W47, 26 Oct – 22 Nov 2026");
    expect(html).not.toContain("secret note");
    expect(html).not.toContain("Bob");
    expect((await findShareLinkByToken(t.db, token))!.lastViewedAt).toEqual(NOW);
  });

  it("includes notes only when the link was made with them, escaped", async () => {
    await saveCheckin(t.db, "a", makeCheckin("2026-W46", { note: "<script>alert(1)</script>" }));
    const { token } = await newLink("a", { includeNotes: true });
    const html = await (await share(token)).text();
    expect(html).toContain("secret note 2026-W44");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
  });

  it("shows live data for the fixed range", async () => {
    const { token } = await newLink("a");
    expect(await (await share(token)).text()).toContain("4 logged, 0 away, 0 not logged");
    await saveCheckin(t.db, "a", makeCheckin("2026-W45", { hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 }, lowValueMeetingHours: null }));
    await saveCheckin(t.db, "a", makeCheckin("2026-W48"));
    expect(await (await share(token)).text()).toContain("3 logged, 1 away, 0 not logged");
  });

  it("answers unknown and revoked tokens with the same 404, expired with 410", async () => {
    const revoked = await newLink("a");
    await revokeShareLink(t.db, "a", revoked.link.id, NOW);
    const expired = await newLink("a", { expiresAt: new Date(NOW.getTime() - 1) });
    const unknown = Buffer.alloc(32, 7).toString("base64url");
    const [r404a, r404b, r404c] = await Promise.all([share(unknown), share(revoked.token), share("not-a-token")]);
    expect([r404a.status, r404b.status, r404c.status]).toEqual([404, 404, 404]);
    const [a, b] = [await r404a.text(), await r404b.text()];
    expect(a).toBe(b);
    expect(r404b.headers.get("X-Robots-Tag")).toContain("noindex");
    const gone = await share(expired.token);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("Ask for a new link");
  });

  it("rate-limits lookups per client and in total", async () => {
    const limiter = createLookupLimiter({ perKey: 3, total: 5 });
    const guess = () => Buffer.alloc(32, Math.floor(Math.random() * 255)).toString("base64url");
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await share(guess(), { limiter })).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    expect((await share(guess(), { limiter, clientKey: "5.6.7.8" })).status).toBe(404);
    expect((await share(guess(), { limiter, clientKey: "9.9.9.9" })).status).toBe(429);
    const later = new Date(NOW.getTime() + 61_000);
    expect((await share(guess(), { limiter, now: later })).status).toBe(404);
  });

  it("keeps a valid link working for its viewers while guesses from rotating addresses pass every ceiling", async () => {
    const limiter = createLookupLimiter({ perKey: 3, total: 5 });
    const { token } = await newLink("a");
    const guesses = [];
    for (let i = 0; i < 40; i++) guesses.push((await share(`${"A".repeat(42)}${i % 10}`, { limiter, clientKey: `203.0.113.${i}` })).status);
    expect(guesses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(new Set(guesses.slice(5))).toEqual(new Set([429]));
    for (const viewer of ["198.51.100.1", "198.51.100.1", "198.51.100.2"]) {
      expect((await share(token, { limiter, clientKey: viewer })).status).toBe(200);
    }
    const revoked = await newLink("a");
    await revokeShareLink(t.db, "a", revoked.link.id, NOW);
    expect((await share(revoked.token, { limiter, clientKey: "198.51.100.3" })).status).toBe(429);
  });
});

describe("report downloads", () => {
  const get = (userId: string | null, format: string, query: string) =>
    handleReport({ db: t.db, userId, format, query: new URLSearchParams(query), now: NOW });

  it("serve the signed-in leader's own data only, whatever the query says", async () => {
    const res = await get("a", "md", "from=2026-W44&to=2026-W47&userId=b&id=b");
    expect(res.status).toBe(200);
    const md = await res.text();
    expect(md).toContain("Ольга Петрова");
    expect(md).not.toContain("Bob");
  });

  it.each([
    ["pdf", "application/pdf", "attachment; filename=\"pendulum-report-leader-2026-W44-2026-W47.pdf\"; filename*=UTF-8''pendulum-report-%D0%BE%D0%BB%D1%8C%D0%B3%D0%B0-%D0%BF%D0%B5%D1%82%D1%80%D0%BE%D0%B2%D0%B0-2026-W44-2026-W47.pdf"],
    ["csv", "text/csv; charset=utf-8", null],
    ["md", "text/markdown; charset=utf-8", null],
  ])("%s has its type, filename and no-store", async (format, type, disposition) => {
    const res = await get("a", format, "from=2026-W44&to=2026-W47&notes=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(type);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    if (disposition) expect(res.headers.get("Content-Disposition")).toBe(disposition);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (format === "pdf") expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    if (format === "csv") expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  }, 60_000);

  it.each([
    [null, "md", "from=2026-W44&to=2026-W47", 401],
    ["a", "docx", "from=2026-W44&to=2026-W47", 404],
    ["a", "md", "to=2026-W47", 400],
    ["a", "md", "from=2026-W4&to=2026-W47", 400],
    ["a", "md", "from=2026-W44&to=2026-W47&notes=yes", 400],
    ["a", "md", "from=2026-W47&to=2026-W44", 422],
    ["a", "md", "from=2000-W01&to=2026-W44", 422],
  ])("user %s, %s?%s → %i with a JSON error", async (userId, format, query, status) => {
    const res = await get(userId, format, query);
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body.error).toEqual(expect.any(String));
    expect(Array.isArray(body.issues)).toBe(true);
  });
});
