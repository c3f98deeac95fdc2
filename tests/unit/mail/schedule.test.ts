import { describe, expect, it } from "vitest";
import { dueMails, latestOccurrence, type LeaderMailState } from "@/lib/reminders/schedule";
import type { ReminderSettings } from "@/lib/validation/calendar";

const leader = (patch: Partial<LeaderMailState> = {}): LeaderMailState => ({
  userId: "u",
  email: "u@example.test",
  reminder: undefined,
  profileTimeZone: null,
  joinedAt: new Date("2026-01-01T00:00:00Z"),
  loggedWeeks: new Set(),
  nudgedWeeks: new Set(),
  ...patch,
});
const reminder = (patch: Partial<ReminderSettings>): ReminderSettings => ({ weekday: "monday", time: "09:00", alarmMinutesBefore: 0, timeZone: null, ...patch });
const at = (iso: string) => new Date(iso);

describe("latestOccurrence", () => {
  it("finds the last weekday-and-time on the leader's wall clock, across daylight-saving changes", () => {
    expect(latestOccurrence({ weekday: "monday", time: "09:00", timeZone: "UTC", now: at("2026-11-30T09:00:00Z") })).toEqual(at("2026-11-30T09:00:00Z"));
    expect(latestOccurrence({ weekday: "monday", time: "09:00", timeZone: "UTC", now: at("2026-11-30T08:59:59Z") })).toEqual(at("2026-11-23T09:00:00Z"));
    // Berlin: 09:00 is 08:00Z in winter and 07:00Z in summer (clocks went forward on Sunday 29 March 2026).
    expect(latestOccurrence({ weekday: "monday", time: "09:00", timeZone: "Europe/Berlin", now: at("2026-03-30T12:00:00Z") })).toEqual(at("2026-03-30T07:00:00Z"));
    expect(latestOccurrence({ weekday: "monday", time: "09:00", timeZone: "Europe/Berlin", now: at("2026-03-25T12:00:00Z") })).toEqual(at("2026-03-23T08:00:00Z"));
    // Sunday 22:30 in Auckland is Sunday 09:30Z: the local weekday, not the UTC one, decides.
    expect(latestOccurrence({ weekday: "sunday", time: "22:30", timeZone: "Pacific/Auckland", now: at("2026-11-29T10:00:00Z") })).toEqual(at("2026-11-29T09:30:00Z"));
  });
});

describe("dueMails", () => {
  it("sends the Monday reminder for last week during a day after its time, then nothing until the nudge", () => {
    expect(dueMails(leader(), at("2026-11-30T08:59:00Z"))).toEqual([]);
    expect(dueMails(leader(), at("2026-11-30T09:00:00Z"))).toEqual([{ kind: "weekly-reminder", week: "2026-W48", at: at("2026-11-30T09:00:00Z"), send: true }]);
    expect(dueMails(leader(), at("2026-12-01T08:59:00Z"))).toMatchObject([{ kind: "weekly-reminder", week: "2026-W48" }]);
    expect(dueMails(leader(), at("2026-12-01T09:00:00Z"))).toEqual([]);
    expect(dueMails(leader(), at("2026-12-02T09:00:00Z"))).toEqual([{ kind: "missed-week", week: "2026-W48", at: at("2026-12-02T09:00:00Z"), send: true }]);
    expect(dueMails(leader(), at("2026-12-03T09:00:00Z"))).toEqual([]);
  });

  it("asks a Thursday-to-Sunday reminder about its own week", () => {
    const friday = leader({ reminder: reminder({ weekday: "friday", time: "16:00" }) });
    expect(dueMails(friday, at("2026-12-04T16:05:00Z"))).toMatchObject([{ kind: "weekly-reminder", week: "2026-W49" }]);
    const wednesday = leader({ reminder: reminder({ weekday: "wednesday" }) });
    expect(dueMails(wednesday, at("2026-12-02T09:05:00Z"))).toMatchObject([{ kind: "weekly-reminder", week: "2026-W48" }]);
  });

  it("uses the reminder's own zone, else the profile's", () => {
    const tokyo = leader({ profileTimeZone: "Asia/Tokyo" }); // Monday 09:00 in Tokyo is Monday 00:00Z
    expect(dueMails(tokyo, at("2026-11-30T00:00:00Z"))).toMatchObject([{ week: "2026-W48", send: true }]);
    const override = leader({ profileTimeZone: "Asia/Tokyo", reminder: reminder({ timeZone: "UTC" }) });
    expect(dueMails(override, at("2026-11-30T00:00:00Z"))).toEqual([]);
  });

  it("gives the reason when a due mail is not sent", () => {
    const monday = at("2026-11-30T09:00:00Z");
    const wednesday = at("2026-12-02T09:00:00Z");
    expect(dueMails(leader({ reminder: reminder({ email: false }) }), monday)).toMatchObject([{ send: false, reason: "email-off" }]);
    expect(dueMails(leader({ loggedWeeks: new Set(["2026-W48"]) }), monday)).toMatchObject([{ send: false, reason: "already-logged" }]);
    expect(dueMails(leader({ loggedWeeks: new Set(["2026-W48"]) }), wednesday)).toMatchObject([{ kind: "missed-week", send: false, reason: "already-logged" }]);
    expect(dueMails(leader({ joinedAt: at("2026-11-30T08:00:00Z") }), monday)).toMatchObject([{ send: false, reason: "before-joining" }]);
    expect(dueMails(leader({ nudgedWeeks: new Set(["2026-W46", "2026-W47"]) }), wednesday)).toMatchObject([{ send: false, reason: "nudged-twice-in-a-row" }]);
    // Only consecutive nudges count: a gap (a logged week, not nudged) starts over.
    expect(dueMails(leader({ nudgedWeeks: new Set(["2026-W45", "2026-W47"]) }), wednesday)).toMatchObject([{ send: true }]);
  });
});
