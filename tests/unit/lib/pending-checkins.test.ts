import { describe, expect, it } from "vitest";
import { emptyCheckinFormValues } from "@/lib/checkin-form";
import {
  MAX_PENDING_WEEKS,
  parsePendingCheckins,
  pendingStorageKey,
  isPendingStorageKey,
  serializePendingCheckins,
  withoutPending,
  withPending,
  type PendingCheckin,
} from "@/lib/pending-checkins";
import { addIsoWeeks } from "@/lib/iso-week";

const LEADER = "leader-a";

function entry(week: string, keptAt: string, meetings = "10", leaderId = LEADER): PendingCheckin {
  return { leaderId, week, values: { ...emptyCheckinFormValues(week), "hours.meetings": meetings }, keptAt, problem: null };
}

describe("check-ins kept on the device", () => {
  it("round-trip through storage, oldest first", () => {
    const entries = [entry("2026-W47", "2026-11-30T10:00:00Z"), entry("2026-W46", "2026-11-30T09:00:00Z")];
    const parsed = parsePendingCheckins(serializePendingCheckins(entries), LEADER);
    expect(parsed.map((e) => e.week)).toEqual(["2026-W46", "2026-W47"]);
    expect(parsed[1]!.values["hours.meetings"]).toBe("10");
  });

  it("never hand one leader's week to another, even when stored under their key", () => {
    const stored = serializePendingCheckins([entry("2026-W47", "2026-11-30T10:00:00Z", "10", "leader-b")]);
    expect(parsePendingCheckins(stored, LEADER)).toEqual([]);
    expect(parsePendingCheckins(stored, "leader-b")).toHaveLength(1);
  });

  it("live under a key per leader that sign-out can find", () => {
    expect(pendingStorageKey("a")).not.toBe(pendingStorageKey("b"));
    expect(isPendingStorageKey(pendingStorageKey("a"))).toBe(true);
    expect(isPendingStorageKey("theme")).toBe(false);
  });

  it("drop anything damaged, edited or oversized instead of sending it", () => {
    const good = entry("2026-W47", "2026-11-30T10:00:00Z");
    const cases: unknown[] = [
      { ...good, week: "2026-W99" },
      { ...good, keptAt: "yesterday" },
      { ...good, values: { ...good.values, note: 42 } },
      { ...good, values: { ...good.values, note: "x".repeat(100_000) } },
      null,
      "text",
    ];
    for (const bad of cases) expect(parsePendingCheckins(JSON.stringify([bad]), LEADER)).toEqual([]);
    expect(parsePendingCheckins("{not json", LEADER)).toEqual([]);
    expect(parsePendingCheckins(JSON.stringify({ week: "2026-W47" }), LEADER)).toEqual([]);
    expect(parsePendingCheckins(null, LEADER)).toEqual([]);
  });

  it("read only the declared fields, so a stored extra field is never sent", () => {
    const stored = JSON.stringify([{ ...entry("2026-W47", "2026-11-30T10:00:00Z"), values: { "hours.meetings": "5", leader: "leader-b", __proto__x: "1" } }]);
    const [parsed] = parsePendingCheckins(stored, LEADER);
    expect(Object.keys(parsed!.values)).not.toContain("leader");
    expect(parsed!.values.week).toBe("2026-W47");
  });

  it("keep one entry per week, the latest typed", () => {
    let entries = withPending([], entry("2026-W47", "2026-11-30T10:00:00Z", "10"));
    entries = withPending(entries, entry("2026-W47", "2026-11-30T11:00:00Z", "12"));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.values["hours.meetings"]).toBe("12");
    expect(withoutPending(entries, "2026-W47")).toEqual([]);
  });

  it("stay bounded: past the cap the oldest weeks give way", () => {
    let entries: PendingCheckin[] = [];
    for (let i = 0; i < MAX_PENDING_WEEKS + 5; i++) {
      entries = withPending(entries, entry(addIsoWeeks("2026-W01", i), new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()));
    }
    expect(entries).toHaveLength(MAX_PENDING_WEEKS);
    expect(entries[0]!.week).toBe(addIsoWeeks("2026-W01", 5));
  });
});
