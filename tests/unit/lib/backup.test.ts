import { describe, expect, it } from "vitest";
import { exportFileNames, parseImportFile, summarizeExportFile } from "@/lib/backup";
import { attachmentDisposition } from "@/lib/filename";
import { localIsoDate } from "@/lib/local-date";

const NOW = new Date("2026-03-11T10:00:00Z");

const fileWith = (over: { timeZone?: string | null; leadingSince?: string; checkins?: unknown[] } = {}) =>
  JSON.stringify({
    format: "pendulum",
    version: 1,
    profile: {
      displayName: "Sam",
      previousRole: "engineer",
      leadingSince: over.leadingSince ?? "2025-09-01",
      timeZone: over.timeZone === undefined ? "Europe/Berlin" : over.timeZone,
      targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
    },
    checkins: over.checkins ?? [],
  });

const row = (week: string, over: Record<string, unknown> = {}) => ({
  week,
  hours: { meetings: 1, execution: 1, mentoring: 1, other: 1 },
  ...over,
});

describe("exportFileNames", () => {
  it.each([
    ["Sam", "UTC", "pendulum-sam-2026-03-11.json", "pendulum-sam-2026-03-11.json"],
    ["Zoë Ångström", "UTC", "pendulum-zoe-angstrom-2026-03-11.json", "pendulum-zoë-ångström-2026-03-11.json"],
    ["Łukasz Øster", "UTC", "pendulum-lukasz-oster-2026-03-11.json", "pendulum-łukasz-øster-2026-03-11.json"],
    ["  --Dr. O'Neil (Team A)!  ", "UTC", "pendulum-dr-o-neil-team-a-2026-03-11.json", "pendulum-dr-o-neil-team-a-2026-03-11.json"],
    ["山田 太郎", "Asia/Tokyo", "pendulum-leader-2026-03-11.json", "pendulum-山田-太郎-2026-03-11.json"],
    ["Sam", "Pacific/Kiritimati", "pendulum-sam-2026-03-12.json", "pendulum-sam-2026-03-12.json"],
    ["x".repeat(100), "UTC", `pendulum-${"x".repeat(40)}-2026-03-11.json`, `pendulum-${"x".repeat(40)}-2026-03-11.json`],
  ])("%j in %s", (name, zone, ascii, unicode) => {
    const late = zone === "Pacific/Kiritimati" ? new Date("2026-03-11T12:00:00Z") : NOW;
    expect(exportFileNames(name, late, zone)).toEqual({ ascii, unicode });
  });

  it("gives a header with an ASCII name and a UTF-8 one", () => {
    expect(attachmentDisposition(exportFileNames("Zoë", NOW, "UTC"))).toBe(
      "attachment; filename=\"pendulum-zoe-2026-03-11.json\"; filename*=UTF-8''pendulum-zo%C3%AB-2026-03-11.json",
    );
  });
});

describe("localIsoDate", () => {
  it.each([
    ["2026-03-10T23:30:00Z", "UTC", "2026-03-10"],
    ["2026-03-10T23:30:00Z", "Europe/Berlin", "2026-03-11"],
    ["2026-03-11T03:00:00Z", "America/New_York", "2026-03-10"],
  ])("%s in %s is %s", (instant, zone, date) => {
    expect(localIsoDate(new Date(instant), zone)).toBe(date);
  });
});

describe("parseImportFile", () => {
  it("accepts a valid file", () => {
    const result = parseImportFile(fileWith({ checkins: [row("2026-W10"), row("2026-W11")] }), NOW);
    expect(result.ok).toBe(true);
  });

  it.each([
    ["Europe/Berlin", "2026-W11", true],
    ["Europe/Berlin", "2026-W12", false],
    // 2026-03-15 23:30 UTC: still Sunday of W11 in UTC, Monday of W12 in Auckland.
    ["Pacific/Auckland", "2026-W12", true, "2026-03-15T23:30:00Z"],
    [null, "2026-W12", false, "2026-03-15T23:30:00Z"],
  ])("in %s, week %s is allowed: %s", (timeZone, week, allowed, now = NOW.toISOString()) => {
    const result = parseImportFile(fileWith({ timeZone, checkins: [row("2026-W01"), row(week)] }), new Date(now));
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.issues).toEqual([{ path: "checkins[1].week", message: expect.stringMatching(/after the current week/) }]);
  });

  it("refuses a start date after today in the file's zone", () => {
    expect(parseImportFile(fileWith({ leadingSince: "2026-03-11" }), NOW).ok).toBe(true);
    expect(parseImportFile(fileWith({ leadingSince: "2026-03-12" }), NOW)).toEqual({
      ok: false,
      issues: [{ path: "profile.leadingSince", message: "The start date 2026-03-12 is in the future (today is 2026-03-11)" }],
    });
  });

  it("lists future and duplicate weeks next to other row problems", () => {
    const result = parseImportFile(
      fileWith({ checkins: [row("2026-W01"), row("2026-W02", { politics: 0 }), row("2026-W01"), row("2027-W01")] }),
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "checkins[1].politics", message: "Ratings go from 1 to 5" },
        { path: "checkins[2].week", message: "Week 2026-W01 appears twice (also at checkins[0])" },
        { path: "checkins[3].week", message: "Week 2027-W01 is after the current week (2026-W11 in Europe/Berlin)" },
      ],
    });
  });

  it("lists a duplicate week once when it is the only problem", () => {
    const result = parseImportFile(fileWith({ checkins: [row("2026-W01"), row("2026-W01")] }), NOW);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "checkins[1].week", message: "Week 2026-W01 appears twice (also at checkins[0])" }],
    });
  });

  it.each([
    ["not JSON", "{", ""],
    ["an array", "[]", ""],
    ["another format", JSON.stringify({ format: "x", version: 1, checkins: [row("2099-W01")] }), "format"],
    ["a newer version", JSON.stringify({ format: "pendulum", version: 2 }), "version"],
  ])("stops at the file level for %s", (_label, text, path) => {
    const result = parseImportFile(text, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([path]);
  });
});

describe("summarizeExportFile", () => {
  it.each([
    [[], { checkins: 0, firstWeek: null, lastWeek: null }],
    [["2026-W10", "2025-W52", "2026-W01"], { checkins: 3, firstWeek: "2025-W52", lastWeek: "2026-W10" }],
  ])("%j", (weeks, summary) => {
    const parsed = parseImportFile(fileWith({ checkins: weeks.map((w) => row(w)) }), NOW);
    if (!parsed.ok) throw new Error("fixture invalid");
    expect(summarizeExportFile(parsed.file)).toEqual(summary);
  });
});
