import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { handleCalendarImport, type CalendarImportContext } from "@/app/api/calendar/import/handle-calendar-import";
import { type Db } from "@/db/client";
import { getProfile, saveProfile, saveSettings } from "@/db/queries/profiles";
import { WorkerPool } from "@/lib/calendar/isolated-import";
import { DEFAULT_CALENDAR_RULES } from "@/lib/validation/calendar";
import * as hostile from "@/scripts/bench/hostile-calendars";
import { makeProfile } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

const ORIGIN = "http://localhost:3000";
const OUTLOOK = readFileSync(join(import.meta.dirname, "../../fixtures/calendar/outlook-new-york-dst.ics"), "utf8");
let db: Db;

freshDbEachTest([], async (temp) => {
  db = temp.db;
  await db.insert(db.tables.users).values({ id: "lee", name: "Lee", email: "lee@corp.example" });
  await saveProfile(db, "lee", makeProfile({ displayName: "Lee", leadingSince: "2025-06-02", timeZone: "America/New_York" }));
});

const context = (over: Partial<CalendarImportContext> = {}): CalendarImportContext => ({
  db,
  user: { id: "lee", email: "Lee@corp.example" },
  allowedOrigins: [ORIGIN],
  ...over,
});

const post = (body: BodyInit | null, { week = "2026-W10", headers = {} }: { week?: string; headers?: Record<string, string> } = {}) =>
  new Request(`${ORIGIN}/api/calendar/import?week=${week}`, { method: "POST", body, headers: { origin: ORIGIN, ...headers }, duplex: "half" } as RequestInit);

describe("POST /api/calendar/import", () => {
  it("answers with the week's events in the leader's zone, declined events matched by the account email", async () => {
    const response = await handleCalendarImport(post(OUTLOOK), context());
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    // No manager is set yet: the 1:1 "Check-in with Morgan" counts as mentoring, and Morgan is suggested as the manager.
    expect(body).toMatchObject({ week: "2026-W10", timeZone: "America/New_York", hours: { meetings: 2.75, execution: 5, mentoring: 0.5, other: 2 } });
    expect(body.events.map((e: { summary: string }) => e.summary)).not.toContain("Budget review");
    expect(body.skipped).toContainEqual({ summary: "Budget review", start: "2026-03-05T14:00:00-05:00", end: "2026-03-05T15:00:00-05:00", reason: "declined" });
    expect(body.suggestions).toEqual({ ownEmails: [], managerCandidates: ["morgan@corp.example"] });
    expect(body.managerOneOnOne).toBe(false);
  });

  it("uses the leader's saved calendar settings: addresses, managers and rules", async () => {
    await saveSettings(db, "lee", {
      calendar: {
        emails: ["lee@corp.example"],
        managerEmails: ["morgan@corp.example"],
        rules: [{ match: "title", keywords: ["standup"], category: "other" }, ...DEFAULT_CALENDAR_RULES],
      },
    });
    expect((await getProfile(db, "lee"))?.settings.calendar?.managerEmails).toEqual(["morgan@corp.example"]);
    const body = await (await handleCalendarImport(post(OUTLOOK), context())).json();
    expect(body.managerOneOnOne).toBe(true);
    expect(body.hours).toEqual({ meetings: 2.5, execution: 5, mentoring: 0, other: 2.75 });

    await saveSettings(db, "lee", { calendar: { emails: ["lee.park@home.example"], managerEmails: [], rules: DEFAULT_CALENDAR_RULES } });
    const other = await (await handleCalendarImport(post(OUTLOOK), context())).json();
    expect(other.events.map((e: { summary: string }) => e.summary)).toContain("Budget review");
  });

  it.each([
    { name: "without a session", ctx: { user: null }, request: () => post(OUTLOOK), status: 401, error: /Sign in/ },
    { name: "from another site", ctx: {}, request: () => post(OUTLOOK, { headers: { origin: "https://evil.example" } }), status: 403, error: /another site/ },
    { name: "without a valid week", ctx: {}, request: () => post(OUTLOOK, { week: "2026-W99" }), status: 400, error: /week/ },
    {
      name: "declared too large",
      ctx: { maxBytes: 100 },
      request: () => post("x".repeat(50), { headers: { "content-length": "5000" } }),
      status: 413,
      error: /larger than/,
    },
    { name: "streamed too large", ctx: { maxBytes: 100 }, request: () => post(OUTLOOK), status: 413, error: /larger than/ },
    { name: "empty", ctx: {}, request: () => post(""), status: 422, error: /can't be imported/ },
    { name: "not a calendar", ctx: {}, request: () => post("name,email\nLee,lee@corp.example\n"), status: 422, error: /can't be imported/ },
    { name: "not UTF-8", ctx: {}, request: () => post(new Uint8Array([0xff, 0xfe, 0x00, 0x41])), status: 422, error: /can't be imported/ },
  ])("refuses a request $name with JSON", async ({ ctx, request, status, error }) => {
    const response = await handleCalendarImport(request(), context(ctx));
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body).not.toHaveProperty("ok");
    expect(body.error).toMatch(error);
    expect(Array.isArray(body.issues)).toBe(true);
  });

  it("says what is wrong with the file", async () => {
    const body = await (await handleCalendarImport(post(""), context())).json();
    expect(body.issues).toEqual([{ path: "file", message: expect.stringMatching(/empty/) }]);
  });

  it.each([
    { name: "a VTIMEZONE observance repeating every second (issue 8: froze the server, then out of memory)", text: hostile.secondlyTimezone, events: 1, warning: /time zone "X" in this file changes its offset too often/ },
    { name: "a VTIMEZONE observance repeating every minute (issue 8: blocked 30 s)", text: hostile.minutelyTimezone, events: 1, warning: /changes its offset too often/ },
    { name: "an event every second, COUNT=100000000 (issue 8: 601,200 events after 6.8 s)", text: hostile.secondlyCountEvent, events: 0, warning: /repeats too often to count and was left out: "Hostile"/ },
  ])("answers $name at once, with a warning", async ({ text, events, warning }) => {
    const response = await handleCalendarImport(post(text(), { week: hostile.HOSTILE_WEEK }), context());
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.events).toHaveLength(events);
    expect(body.warnings).toEqual([expect.stringMatching(warning)]);
  });

  it.each([
    { name: "300,000 components", text: () => hostile.manyComponents(), message: /too complex to read\. It has more than 200,000 components/ },
    { name: "6,000 events in the week", text: () => hostile.manyEventsOneUid(6_000), message: /more than 5,000 timed events in this week/ },
  ])("refuses $name with a 422 that says why", async ({ text, message }) => {
    const response = await handleCalendarImport(post(text(), { week: hostile.HOSTILE_WEEK }), context());
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: "This file can't be imported.", issues: [{ path: "file", message: expect.stringMatching(message) }] });
  });

  it("runs one import at a time per leader: a second one meanwhile gets 429 with Retry-After, another leader's goes ahead", async () => {
    await db.insert(db.tables.users).values({ id: "kim", name: "Kim", email: "kim@corp.example" });
    const first = handleCalendarImport(post(OUTLOOK), context());
    const second = await handleCalendarImport(post(OUTLOOK), context());
    const kims = handleCalendarImport(post(OUTLOOK), context({ user: { id: "kim", email: "kim@corp.example" } }));
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("5");
    expect(await second.json()).toEqual({ error: expect.stringMatching(/previous calendar import is still running/), issues: [] });
    expect((await first).status).toBe(200);
    expect((await kims).status).toBe(200);
    expect((await handleCalendarImport(post(OUTLOOK), context())).status).toBe(200);
  });

  it("answers 503 with Retry-After when every worker is taken, and frees the leader's turn", async () => {
    const full = new WorkerPool(0, 0, 0);
    const response = await handleCalendarImport(post(OUTLOOK), context({ pool: full }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await response.json()).error).toMatch(/busy right now/);
    expect((await handleCalendarImport(post(OUTLOOK), context())).status).toBe(200);
  });
});
