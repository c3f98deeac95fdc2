import { beforeEach, describe, expect, it } from "vitest";
import {
  deleteCheckinResponse,
  getCheckinResponse,
  listCheckinsResponse,
  MAX_BODY_BYTES,
  putCheckinResponse,
  type ApiContext,
} from "@/app/api/checkins/_lib/handlers";
import { type Db } from "@/db/client";
import { getCheckin, listCheckins, toCheckinValues } from "@/db/queries/checkins";
import { saveProfile } from "@/db/queries/profiles";
import { checkinSchema } from "@/lib/validation/checkin";
import { TYPICAL_WEEK } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

const BASE = "http://localhost:3000/api/checkins";
// Thursday 2026-11-26 08:00 UTC: the current week is 2026-W48 in UTC and Berlin.
const NOW = new Date("2026-11-26T08:00:00Z");

const BODY = { ...TYPICAL_WEEK, note: "..." };

let db: Db;
let alex: ApiContext;
let blair: ApiContext;
let anonymous: ApiContext;

freshDbEachTest(["alex", "blair"], async (fresh) => {
  db = fresh.db;
  alex = { db, userId: "alex", now: NOW };
  blair = { db, userId: "blair", now: NOW };
  anonymous = { db, userId: null, now: NOW };
});

function put(week: string, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Request(`${BASE}/${week}`, { method: "PUT", body: text, headers: { "content-type": "application/json", ...headers } });
}

async function answer(response: Response) {
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function seed(userId: string, week: string, isDemo = false) {
  await db.insert(db.tables.checkins).values(toCheckinValues(userId, checkinSchema.parse({ ...BODY, week }), isDemo));
}

describe("unauthenticated requests", () => {
  it.each([
    ["GET /api/checkins", () => listCheckinsResponse(new Request(BASE), anonymous)],
    ["GET /api/checkins/:week", () => getCheckinResponse("2026-W10", anonymous)],
    ["PUT /api/checkins/:week", () => putCheckinResponse(put("2026-W10", BODY), "2026-W10", anonymous)],
    ["DELETE /api/checkins/:week", () => deleteCheckinResponse("2026-W10", anonymous)],
  ])("%s → 401 and nothing written", async (_name, call) => {
    const { status, body } = await answer(await call());
    expect(status).toBe(401);
    expect(body.error).toMatch(/sign in/i);
    expect(await listCheckins(db, { userId: "alex" })).toEqual([]);
  });
});

describe("PUT /api/checkins/:week", () => {
  it("creates the week (201), then replaces it (200) and clears the demo mark", async () => {
    const created = await answer(await putCheckinResponse(put("2026-W10", BODY), "2026-W10", alex));
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ checkin: { ...BODY, week: "2026-W10" }, isDemo: false });

    const updated = await answer(
      await putCheckinResponse(put("2026-W10", { ...BODY, week: "2026-W10", note: null, politics: null }), "2026-W10", alex),
    );
    expect(updated.status).toBe(200);
    expect(updated.body.checkin).toMatchObject({ note: null, politics: null });
    expect(await listCheckins(db, { userId: "alex" })).toHaveLength(1);

    await seed("alex", "2026-W11", true);
    const fromDemo = await answer(await putCheckinResponse(put("2026-W11", BODY), "2026-W11", alex));
    expect(fromDemo).toMatchObject({ status: 200, body: { isDemo: false } });
  });

  it("accepts the minimal body: the four hours", async () => {
    const response = await putCheckinResponse(put("2026-W48", { hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 } }), "2026-W48", alex);
    expect(response.status).toBe(201);
  });

  it.each<[string, string, number, RegExp]>([
    ["invalid JSON", "{hours:", 400, /not valid JSON/],
    ["an empty body", "", 400, /empty/],
    ["a body of spaces", "   ", 400, /empty/],
  ])("refuses %s with %i", async (_name, text, status, error) => {
    const response = await answer(await putCheckinResponse(put("2026-W10", text), "2026-W10", alex));
    expect(response).toMatchObject({ status, body: { error: expect.stringMatching(error) } });
    expect(await listCheckins(db, { userId: "alex" })).toEqual([]);
  });

  it.each<[string, unknown, string, RegExp]>([
    ["hours not a number", { ...BODY, hours: { ...BODY.hours, meetings: "12" } }, "hours.meetings", /must be a number/],
    ["negative hours", { ...BODY, hours: { ...BODY.hours, other: -1 } }, "hours.other", /negative/],
    ["hours summing above 168", { ...BODY, hours: { meetings: 100, execution: 70, mentoring: 0, other: 0 } }, "hours.total", /168/],
    ["low-value above meetings", { ...BODY, lowValueMeetingHours: 13 }, "lowValueMeetingHours", /meeting hours/],
    ["a rating outside 1–5", { ...BODY, energy: { ...BODY.energy, mentoring: 9 } }, "energy.mentoring", /1 to 5/],
    ["a note too long", { ...BODY, note: "n".repeat(2001) }, "note", /2,000/],
    ["an unknown field", { ...BODY, userId: "blair" }, "userId", /unknown field/i],
    ["a week that differs from the URL", { ...BODY, week: "2026-W11" }, "week", /match the URL \(2026-W10\)/],
    ["an array", [BODY], "", /object/],
    ["a string", "\"hello\"", "", /object/],
  ])("answers %s with 422 and the field path", async (_name, body, path, message) => {
    const response = await answer(await putCheckinResponse(put("2026-W10", body), "2026-W10", alex));
    expect(response.status).toBe(422);
    expect(response.body.error).toEqual(expect.any(String));
    const issue = response.body.issues.find((i: { path: string }) => i.path === path);
    expect(issue?.message).toMatch(message);
    expect(await listCheckins(db, { userId: "alex" })).toEqual([]);
  });

  it("refuses a week after the leader's current one (422 on week), judged in the leader's time zone", async () => {
    const later = await answer(await putCheckinResponse(put("2026-W49", BODY), "2026-W49", alex));
    expect(later).toMatchObject({ status: 422, body: { issues: [{ path: "week" }] } });

    // Sunday 23:30 UTC is already Monday of the next week in Tokyo.
    const sundayNight = new Date("2026-11-29T23:30:00Z");
    await saveProfile(db, "alex", {
      displayName: "Alex",
      previousRole: "engineer",
      leadingSince: "2026-01-05",
      teamSize: null,
      timeZone: "Asia/Tokyo",
      targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
    });
    expect((await putCheckinResponse(put("2026-W49", BODY), "2026-W49", { ...alex, now: sundayNight })).status).toBe(201);
    expect((await putCheckinResponse(put("2026-W49", BODY), "2026-W49", { ...blair, now: sundayNight })).status).toBe(422);
  });

  it.each([
    ["2025-W53", 400],
    ["2026-w10", 400],
    ["banana", 400],
  ])("refuses the URL week %s with %i", async (week, status) => {
    const response = await answer(await putCheckinResponse(put(week, BODY), week, alex));
    expect(response).toMatchObject({ status, body: { issues: [{ path: "week" }] } });
  });

  it("refuses a declared Content-Length above 64 kB with 413 before reading the body", async () => {
    let pulled = false;
    const stream = new ReadableStream(
      {
        pull(controller) {
          pulled = true;
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(`${BASE}/2026-W10`, {
      method: "PUT",
      body: stream,
      duplex: "half",
      headers: { "content-length": String(MAX_BODY_BYTES + 1) },
    } as RequestInit);
    const response = await answer(await putCheckinResponse(request, "2026-W10", alex));
    expect(response).toMatchObject({ status: 413, body: { error: expect.stringMatching(/64 kB/) } });
    expect(pulled).toBe(false);
  });

  it("refuses a body that turns out larger than 64 kB even when Content-Length is absent or lies", async () => {
    const big = JSON.stringify({ ...BODY, note: "x".repeat(MAX_BODY_BYTES) });
    const chunked = new Request(`${BASE}/2026-W10`, {
      method: "PUT",
      body: new Blob([big]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(chunked.headers.get("content-length")).toBeNull();
    expect((await putCheckinResponse(chunked, "2026-W10", alex)).status).toBe(413);

    const lying = put("2026-W10", big, { "content-length": "10" });
    expect((await putCheckinResponse(lying, "2026-W10", alex)).status).toBe(413);
    expect(await listCheckins(db, { userId: "alex" })).toEqual([]);
  });
});

describe("GET /api/checkins/:week and DELETE", () => {
  it("reads a week (200), 404 for a week not logged, 400 for a malformed week", async () => {
    await seed("alex", "2026-W10", true);
    expect(await answer(await getCheckinResponse("2026-W10", alex))).toEqual({
      status: 200,
      body: { checkin: { ...BODY, week: "2026-W10" }, isDemo: true },
    });
    expect(await answer(await getCheckinResponse("2026-W11", alex))).toMatchObject({ status: 404, body: { error: expect.any(String) } });
    expect((await getCheckinResponse("2026-W99", alex)).status).toBe(400);
  });

  it("deletes a week (204), then 404", async () => {
    await seed("alex", "2026-W10");
    expect((await deleteCheckinResponse("2026-W10", alex)).status).toBe(204);
    expect((await deleteCheckinResponse("2026-W10", alex)).status).toBe(404);
    expect((await deleteCheckinResponse("not-a-week", alex)).status).toBe(400);
  });

  it("keeps leaders apart: another leader's week is 404 to read or delete, and a PUT writes only their own", async () => {
    await seed("alex", "2026-W10");
    expect((await getCheckinResponse("2026-W10", blair)).status).toBe(404);
    expect((await deleteCheckinResponse("2026-W10", blair)).status).toBe(404);
    expect(await answer(await listCheckinsResponse(new Request(BASE), blair))).toEqual({ status: 200, body: { checkins: [], demoWeeks: [] } });

    expect((await putCheckinResponse(put("2026-W10", { ...BODY, note: "blair" }), "2026-W10", blair)).status).toBe(201);
    expect((await getCheckin(db, "alex", "2026-W10"))?.note).toBe("...");
    expect((await getCheckin(db, "blair", "2026-W10"))?.note).toBe("blair");
  });
});

describe("GET /api/checkins", () => {
  beforeEach(async () => {
    for (const week of ["2026-W12", "2026-W01", "2025-W52"]) await seed("alex", week, week === "2026-W01");
  });

  it("lists the leader's weeks oldest first and names the demo weeks", async () => {
    const { status, body } = await answer(await listCheckinsResponse(new Request(BASE), alex));
    expect(status).toBe(200);
    expect(body.checkins.map((c: { week: string }) => c.week)).toEqual(["2025-W52", "2026-W01", "2026-W12"]);
    expect(body.checkins[0]).toEqual({ ...BODY, week: "2025-W52" });
    expect(body.demoWeeks).toEqual(["2026-W01"]);
  });

  it.each([
    ["?from=2026-W01", ["2026-W01", "2026-W12"]],
    ["?to=2026-W01", ["2025-W52", "2026-W01"]],
    ["?from=2026-W01&to=2026-W01", ["2026-W01"]],
    ["?from=&to=", ["2025-W52", "2026-W01", "2026-W12"]],
  ])("filters with %s", async (query, weeks) => {
    const { body } = await answer(await listCheckinsResponse(new Request(`${BASE}${query}`), alex));
    expect(body.checkins.map((c: { week: string }) => c.week)).toEqual(weeks);
  });

  it.each([
    ["?from=2025-W53", ["from"]],
    ["?to=yesterday", ["to"]],
    ["?from=x&to=y", ["from", "to"]],
    ["?from=2026-W12&to=2026-W01", ["to"]],
  ])("refuses %s with 400 naming the parameter", async (query, paths) => {
    const { status, body } = await answer(await listCheckinsResponse(new Request(`${BASE}${query}`), alex));
    expect(status).toBe(400);
    expect(body.issues.map((i: { path: string }) => i.path)).toEqual(paths);
  });
});
