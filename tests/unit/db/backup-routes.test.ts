import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isProblem } from "@/lib/problem";
import { handleExport } from "@/app/api/export/handle-export";
import { handleImport, type ImportContext } from "@/app/api/import/handle-import";
import { readBodyCapped } from "@/app/_server/read-body-capped";
import { type Db } from "@/db/client";
import { exportUserData, getDataSummary } from "@/db/queries/backup";
import { saveCheckin } from "@/db/queries/checkins";
import { loadDemoHistory } from "@/db/queries/demo";
import { saveProfile } from "@/db/queries/profiles";
import { saveWellbeingCheck } from "@/db/queries/reflection";
import { parseExportFile } from "@/lib/validation/export-file";
import { checkinSchema } from "@/lib/validation/checkin";
import { makeProfile } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

const NOW = new Date("2026-03-11T10:00:00Z");
const ORIGIN = "http://localhost:3000";
const SAMPLE = readFileSync(join(import.meta.dirname, "../../fixtures/export-v1-sample.json"), "utf8");
const INVALID = readFileSync(join(import.meta.dirname, "../../fixtures/export-v1-invalid.json"), "utf8");
let db: Db;

freshDbEachTest(["a", "b"], async (temp) => {
  db = temp.db;
  const targets = { meetingsMaxPct: 40, executionMinPct: 25, mentoringMinPct: 20 };
  await saveProfile(db, "a", makeProfile({ displayName: "Ana Łukasiewicz", previousRole: "product", leadingSince: "2025-06-02", timeZone: "Europe/Warsaw", targets }));
  for (const week of ["2026-W01", "2026-W02"]) {
    await saveCheckin(db, "a", checkinSchema.parse({ week, hours: { meetings: 10, execution: 10, mentoring: 10, other: 10 } }));
  }
  await loadDemoHistory(db, "a", [checkinSchema.parse({ week: "2026-W03", hours: { meetings: 1, execution: 1, mentoring: 1, other: 1 } })]);
});

const context = (over: Partial<ImportContext> = {}): ImportContext => ({
  db,
  userId: "a",
  now: NOW,
  allowedOrigins: [ORIGIN],
  ...over,
});

const post = (body: BodyInit | null, { confirm = false, headers = {} as Record<string, string> } = {}) =>
  new Request(`${ORIGIN}/api/import${confirm ? "?confirm=1" : ""}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    duplex: "half",
  } as RequestInit);

/** A body that arrives in chunks and never declares its length. */
function streamOf(totalBytes: number, chunkBytes = 64 * 1024): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(chunkBytes, totalBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => sent };
}

describe("GET /api/export", () => {
  it("401 when not signed in", async () => {
    const response = await handleExport({ db, userId: null, now: NOW });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: expect.any(String) });
  });

  it("409 before the leader has a profile", async () => {
    const response = await handleExport({ db, userId: "b", now: NOW });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatch(/profile/);
  });

  it("downloads the leader's own weeks as a file that parses back", async () => {
    const response = await handleExport({ db, userId: "a", now: NOW });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename=\"pendulum-ana-lukasiewicz-2026-03-11.json\"; filename*=UTF-8''pendulum-ana-%C5%82ukasiewicz-2026-03-11.json",
    );
    const parsed = parseExportFile(await response.text());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file).toEqual(await exportUserData(db, "a"));
    expect(parsed.file.checkins.map((c) => c.week)).toEqual(["2026-W01", "2026-W02"]);
  });
});

describe("POST /api/import", () => {
  it("401 when not signed in, before reading anything", async () => {
    const { stream, pulled } = streamOf(1000);
    const response = await handleImport(post(stream), context({ userId: null }));
    expect(response.status).toBe(401);
    expect(pulled()).toBe(0);
  });

  it("403 for a post from another site", async () => {
    const response = await handleImport(post(SAMPLE, { headers: { origin: "https://evil.example" } }), context());
    expect(response.status).toBe(403);
    expect((await getDataSummary(db, "a")).checkins).toBe(3);
  });

  it("413 when Content-Length is over the limit, without reading the body", async () => {
    const { stream, pulled } = streamOf(10_000);
    const response = await handleImport(post(stream, { headers: { "content-length": String(5 * 1024 * 1024 + 1) } }), context());
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/larger than 5 MB/);
    expect(pulled()).toBe(0);
  });

  it("413 when a streamed body without a length runs past the limit, stopping early", async () => {
    const { stream, pulled } = streamOf(20 * 1024 * 1024);
    const response = await handleImport(post(stream), context());
    expect(response.status).toBe(413);
    expect(pulled()).toBeLessThan(6 * 1024 * 1024);
  });

  it("413 when Content-Length lies (claims small, sends more)", async () => {
    const { stream } = streamOf(2000);
    const response = await handleImport(post(stream, { headers: { "content-length": "10" } }), context({ maxBytes: 1000 }));
    expect(response.status).toBe(413);
  });

  it("422 listing every problem by its JSON path, and nothing written", async () => {
    const before = await exportUserData(db, "a");
    const response = await handleImport(post(INVALID, { confirm: true }), context());
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(isProblem(body)).toBe(true);
    expect(body).not.toHaveProperty("ok");
    expect(body.error).toMatch(/can't be restored/);
    expect(body.issues.map((i: { path: string }) => i.path)).toEqual([
      "profile.previousRole",
      "checkins[0].hours.meetings",
      "checkins[0].skillConfidence",
      "checkins[1].week",
      "checkins[1].hours.other",
      "checkins[1].mood",
      "checkins[2].lowValueMeetingHours",
      "checkins[2].week",
      "checkins[3].week",
    ]);
    expect(await exportUserData(db, "a")).toEqual(before);
    expect((await getDataSummary(db, "a")).checkins).toBe(3);
  });

  it.each([
    ["not JSON", "{ nope", ""],
    ["not UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), ""],
    ["another format", JSON.stringify({ format: "other", version: 1 }), "format"],
    ["a newer version", JSON.stringify({ format: "pendulum", version: 2 }), "version"],
  ])("422 for %s", async (_label, body, path) => {
    const response = await handleImport(post(body as BodyInit), context());
    expect(response.status).toBe(422);
    expect((await response.json()).issues[0].path).toBe(path);
  });

  it("previews a valid file without writing: the file's counts and what it replaces (demo included)", async () => {
    const before = await exportUserData(db, "a");
    const response = await handleImport(post(SAMPLE), context());
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      preview: {
        displayName: "Sam Müller",
        fileCheckins: 3,
        firstWeek: "2026-W08",
        lastWeek: "2026-W10",
        currentCheckins: 3,
        currentDemoCheckins: 1,
        hasProfile: true,
        lists: [],
      },
    });
    expect(await exportUserData(db, "a")).toEqual(before);
    expect(await getDataSummary(db, "a")).toEqual({ checkins: 3, demoCheckins: 1, hasProfile: true });
  });

  it("previews the optional lists the file holds beside the leader's own, and leaves the others out", async () => {
    await saveWellbeingCheck(db, "a", { week: "2026-W08", who5: [3, 3, 2, 2, 3], burnout: 2 });
    await saveWellbeingCheck(db, "a", { week: "2026-W09", who5: [4, 3, 3, 2, 4], burnout: null });
    await saveWellbeingCheck(db, "b", { week: "2026-W09", who5: [1, 1, 1, 1, 1], burnout: 4 });
    const file = { ...JSON.parse(SAMPLE), wellbeingChecks: [{ week: "2026-W10", who5: [3, 2, 4, 1, 0], burnout: 3 }], reviews: [] };
    const response = await handleImport(post(JSON.stringify(file)), context());
    expect(response.status).toBe(200);
    expect((await response.json()).preview.lists).toEqual([
      { key: "wellbeingChecks", inFile: 1, current: 2 },
      { key: "reviews", inFile: 0, current: 0 },
    ]);
  });

  it("restores on confirm, replacing every week of that leader only", async () => {
    await saveProfile(db, "b", makeProfile({ displayName: "Bo", previousRole: "it", leadingSince: "2024-01-01" }));
    await saveCheckin(db, "b", checkinSchema.parse({ week: "2026-W01", hours: { meetings: 5, execution: 5, mentoring: 5, other: 5 } }));
    const bBefore = await exportUserData(db, "b");

    const response = await handleImport(post(SAMPLE, { confirm: true }), context());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ restored: { checkins: 3 } });
    const parsed = parseExportFile(SAMPLE);
    expect(parsed.ok && (await exportUserData(db, "a"))).toEqual(parsed.ok && parsed.file);
    expect(await getDataSummary(db, "a")).toEqual({ checkins: 3, demoCheckins: 0, hasProfile: true });
    expect(await exportUserData(db, "b")).toEqual(bBefore);
  });

  it("refuses a week after the current one in the file's time zone", async () => {
    const file = JSON.parse(SAMPLE);
    file.profile.timeZone = "Pacific/Auckland";
    file.checkins.push({ week: "2026-W12", hours: { meetings: 1, execution: 1, mentoring: 1, other: 1 } });
    // Sunday 2026-03-15 12:00 UTC is already Monday of W12 in Auckland, still W11 in UTC.
    const sunday = new Date("2026-03-15T12:00:00Z");
    expect((await handleImport(post(JSON.stringify(file)), context({ now: sunday }))).status).toBe(200);
    file.profile.timeZone = "UTC";
    const response = await handleImport(post(JSON.stringify(file)), context({ now: sunday }));
    expect(response.status).toBe(422);
    expect((await response.json()).issues).toEqual([
      { path: "checkins[3].week", message: "Week 2026-W12 is after the current week (2026-W11 in UTC)" },
    ]);
  });
});

describe("readBodyCapped", () => {
  it.each([
    ["empty", 0, 10, true],
    ["exactly the cap", 10, 10, true],
    ["one byte over", 11, 10, false],
    ["far over, in many chunks", 1_000_000, 1000, false],
  ])("%s", async (_label, size, cap, fits) => {
    const { stream } = streamOf(size, 7);
    const result = await readBodyCapped(new Request(ORIGIN, { method: "POST", body: stream, duplex: "half" } as RequestInit), cap);
    expect(result.ok).toBe(fits);
    if (result.ok) expect(result.bytes.byteLength).toBe(size);
  });

  it("keeps the bytes in order across chunks", async () => {
    const text = "héllo wörld ✓".repeat(50);
    const result = await readBodyCapped(new Request(ORIGIN, { method: "POST", body: text }), 10_000);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe(text);
  });
});
