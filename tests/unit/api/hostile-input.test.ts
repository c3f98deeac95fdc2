import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { putCheckinResponse, type ApiContext } from "@/app/api/checkins/_lib/handlers";
import { handleExport } from "@/app/api/export/handle-export";
import { handleImport } from "@/app/api/import/handle-import";
import { exportUserData } from "@/db/queries/backup";
import { listCheckins } from "@/db/queries/checkins";
import { saveProfile } from "@/db/queries/profiles";
import { TYPICAL_WEEK, makeProfile } from "@/tests/helpers/factories";
import { expectPrototypesUnchanged, prototypeSnapshot, restorePrototypes } from "@/tests/helpers/prototypes";
import { addUsers, createTempDb, type TempDb } from "@/tests/helpers/temp-db";

const ORIGIN = "http://localhost:3000";
// Thursday 2026-11-26: the current week is 2026-W48.
const NOW = new Date("2026-11-26T08:00:00Z");

let temp: TempDb;
let alex: ApiContext;
let before: ReturnType<typeof prototypeSnapshot>;

beforeEach(async () => {
  before = prototypeSnapshot();
  temp = await createTempDb();
  await addUsers(temp.db, "alex");
  alex = { db: temp.db, userId: "alex", now: NOW };
  await saveProfile(
    temp.db,
    "alex",
    makeProfile({ displayName: "Alex 李 👩🏽‍💻", timeZone: "Europe/Berlin" }),
  );
});

afterEach(() => {
  temp.cleanup();
  restorePrototypes(before);
});

const put = (week: string, text: string) =>
  putCheckinResponse(new Request(`${ORIGIN}/api/checkins/${week}`, { method: "PUT", body: text, headers: { "content-type": "application/json" } }), week, alex);

const importContext = () => ({ db: temp.db, userId: "alex", now: NOW, allowedOrigins: [ORIGIN] });
const postImport = (body: string, confirm = false) =>
  handleImport(
    new Request(`${ORIGIN}/api/import${confirm ? "?confirm=1" : ""}`, { method: "POST", body, headers: { origin: ORIGIN } }),
    importContext(),
  );

describe("PUT /api/checkins/:week with hostile bodies", () => {
  it("422 for a note of 2,000 unpaired surrogates, nothing stored (finding 10)", async () => {
    const response = await put("2026-W10", JSON.stringify({ ...TYPICAL_WEEK, note: "\uD800".repeat(2000) }));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: "The check-in is not valid",
      issues: [{ path: "note", message: "The note has a broken character (U+D800, half of a surrogate pair) at position 1; remove it" }],
    });
    expect(await listCheckins(temp.db, { userId: "alex" })).toEqual([]);
  });

  it("422 for __proto__ and constructor.prototype keys; Object.prototype untouched; the next save works (finding 1)", async () => {
    const hostile = `{"__proto__":{"note":"x"},"constructor":{"prototype":{"note":"x"}},${JSON.stringify(TYPICAL_WEEK).slice(1)}`;
    const response = await put("2026-W10", hostile);
    expect(response.status).toBe(422);
    expect((await response.json()).issues).toEqual([
      { path: "__proto__", message: 'Unknown field "__proto__"' },
      { path: "constructor", message: 'Unknown field "constructor"' },
    ]);
    expectPrototypesUnchanged(before);
    expect((await put("2026-W10", JSON.stringify(TYPICAL_WEEK))).status).toBe(201);
  });

  it("lists at most 100 problems and counts the rest (finding 4)", async () => {
    const body = { ...TYPICAL_WEEK, ...Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`k${i}`, 0])) };
    const response = await put("2026-W10", JSON.stringify(body));
    expect(response.status).toBe(422);
    const text = await response.text();
    const json = JSON.parse(text);
    expect(json.issues).toHaveLength(100);
    expect(json.moreIssues).toBe(3900);
    expect(text.length).toBeLessThan(8 * 1024);
  });
});

describe("POST /api/import with hostile files", () => {
  it("answers the 5 MB file of 1.7 million {} check-ins with one short 422 (finding 4)", async () => {
    const file = JSON.stringify({ format: "pendulum", version: 1, profile: {}, settings: {} }).replace(
      /}$/,
      `,"checkins":[${Array(1_700_000).fill("{}").join(",")}]}`,
    );
    const response = await postImport(file);
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text.length).toBeLessThan(512);
    expect(JSON.parse(text).issues).toEqual([
      { path: "checkins", message: "The file holds 1,700,000 check-ins; a backup holds at most 5,220 (a century of weeks)" },
    ]);
  });
});

describe("whatever is accepted is restorable (finding 10)", () => {
  it("notes in every script, emoji included, survive export and import", async () => {
    const notes = [
      "👍".repeat(2000),
      "山田".repeat(1000),
      "e\u0301\u0302\u0303".repeat(500),
      "tabs\tand\nlines\r\nmixed \u2028 separators \uFFFE",
      "🇩🇪👨‍👩‍👧🏳️‍🌈".repeat(100),
    ];
    for (const [i, note] of notes.entries()) {
      const response = await put(`2026-W${String(10 + i).padStart(2, "0")}`, JSON.stringify({ ...TYPICAL_WEEK, note }));
      expect(response.status, await response.clone().text()).toBe(201);
    }
    const exported = await (await handleExport({ db: temp.db, userId: "alex", now: NOW })).text();
    const before = await exportUserData(temp.db, "alex");
    expect(before?.checkins.map((c) => c.note)).toEqual(notes);

    const preview = await postImport(exported);
    expect(preview.status, await preview.clone().text()).toBe(200);
    const restored = await postImport(exported, true);
    expect(await restored.json()).toEqual({ restored: { checkins: notes.length } });
    expect(await exportUserData(temp.db, "alex")).toEqual(before);
  });
});
