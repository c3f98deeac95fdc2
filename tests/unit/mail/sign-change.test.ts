import { describe, expect, it } from "vitest";
import { signChangeMail } from "@/lib/mail/templates";
import { latestSignChange } from "@/lib/reminders/sign-change";
import { dueMails, type LeaderMailState } from "@/lib/reminders/schedule";
import type { HistoryEntry, SignLevel } from "@/lib/signals";
import { SIGN_IDS, type SignId } from "@/lib/enums";

const levels = (patch: Partial<Record<SignId, SignLevel | null>> = {}, base: SignLevel | null = "ok") =>
  ({ ...Object.fromEntries(SIGN_IDS.map((id) => [id, base])), ...patch }) as Record<SignId, SignLevel | null>;
const entry = (week: string, patch: Partial<Record<SignId, SignLevel | null>> = {}, base: SignLevel | null = "ok"): HistoryEntry => ({
  week,
  scores: Object.fromEntries(SIGN_IDS.map((id) => [id, 0])) as Record<SignId, number>,
  levels: levels(patch, base),
});

describe("latestSignChange", () => {
  it("names each sign that rose or eased at the latest logged week, against the logged week before it", () => {
    const history = [entry("2026-W45"), entry("2026-W46", { "meetings-politics": "watch" }), entry("2026-W47", { "meetings-politics": "alert", "not-set-up": "watch" })];
    expect(latestSignChange(history, "2026-W47")).toEqual({
      week: "2026-W47",
      changes: [
        { sign: "meetings-politics", from: "watch", to: "alert" },
        { sign: "not-set-up", from: "ok", to: "watch" },
      ],
    });
    const eased = [...history, entry("2026-W48")];
    expect(latestSignChange(eased, "2026-W48")?.changes).toEqual([
      { sign: "meetings-politics", from: "alert", to: "ok" },
      { sign: "not-set-up", from: "watch", to: "ok" },
    ]);
  });

  it("is null when nothing changed, and compares across an away or missing week", () => {
    expect(latestSignChange([entry("2026-W45", { "skills-slipping": "watch" }), entry("2026-W47", { "skills-slipping": "watch" })], "2026-W47")).toBeNull();
    expect(latestSignChange([entry("2026-W44"), entry("2026-W47", { "skills-slipping": "watch" })], "2026-W47")?.changes).toEqual([
      { sign: "skills-slipping", from: "ok", to: "watch" },
    ]);
  });

  it("tells about a sign first judged at Watch or Alert, never about one first judged OK or no longer judged", () => {
    const before = entry("2026-W46", {}, null);
    expect(latestSignChange([before, entry("2026-W47", { "doesnt-like-it": "alert" }, null)], "2026-W47")?.changes).toEqual([
      { sign: "doesnt-like-it", from: null, to: "alert" },
    ]);
    expect(latestSignChange([before, entry("2026-W47", {}, "ok")], "2026-W47")).toBeNull();
    expect(latestSignChange([entry("2026-W46", { "doesnt-like-it": "alert" }), entry("2026-W47", { "doesnt-like-it": null })], "2026-W47")).toBeNull();
  });

  it("only while it is news: the latest week is the week just ended or the one before; later weeks are not looked at", () => {
    const history = [entry("2026-W44"), entry("2026-W45", { "missed-executing": "alert" })];
    expect(latestSignChange(history, "2026-W46")?.week).toBe("2026-W45");
    expect(latestSignChange(history, "2026-W47")).toBeNull();
    // A week after lastWeek (the running week) is left out: the change judged at W45 is the latest.
    expect(latestSignChange([...history, entry("2026-W46")], "2026-W45")?.week).toBe("2026-W45");
    expect(latestSignChange([entry("2026-W45")], "2026-W45")).toBeNull();
  });
});

const state = (patch: Partial<LeaderMailState>): LeaderMailState => ({
  userId: "ana",
  email: "ana@example.test",
  reminder: undefined,
  profileTimeZone: null,
  joinedAt: new Date("2026-01-01T00:00:00Z"),
  loggedWeeks: new Set(["2026-W48"]),
  nudgedWeeks: new Set(),
  ...patch,
});

describe("dueMails with a sign change", () => {
  const THURSDAY = new Date("2026-12-03T12:00:00Z");
  const change = { week: "2026-W48", changes: [{ sign: "meetings-politics" as const, from: "ok" as const, to: "watch" as const }] };
  const on = { weekday: "monday" as const, time: "09:00", alarmMinutesBefore: 0, timeZone: null, signChanges: true };

  it("is due only for a leader who turned it on (off by default), keyed by the week it changed at", () => {
    expect(dueMails(state({ signChange: change }), THURSDAY)).toEqual([]);
    expect(dueMails(state({ signChange: change, reminder: { ...on, signChanges: false } }), THURSDAY)).toEqual([]);
    expect(dueMails(state({ signChange: change, reminder: on }), THURSDAY)).toEqual([{ kind: "sign-change", week: "2026-W48", at: THURSDAY, send: true }]);
    // Weekly reminders off does not turn the sign-change mail off: they are separate choices.
    expect(dueMails(state({ signChange: change, reminder: { ...on, email: false } }), THURSDAY)).toHaveLength(1);
    expect(dueMails(state({ signChange: null, reminder: on }), THURSDAY)).toEqual([]);
  });
});

describe("signChangeMail", () => {
  const links = { dashboardUrl: "https://p.example/dashboard", settingsUrl: "https://p.example/settings/calendar#cal-sign-changes", unsubscribeUrl: "https://p.example/api/mail/unsubscribe?token=t" };

  it("says which sign moved, from what to what, in plain words, with the dashboard link and the unsubscribe headers", () => {
    const mail = signChangeMail({ to: "ana@example.test", week: "2026-W48", changes: [{ sign: "meetings-politics", from: "ok", to: "watch" }], links });
    expect(mail.subject).toBe("Meetings and politics: now Watch");
    expect(mail.text).toContain("Meetings and politics: rose from OK to Watch.");
    expect(mail.text).toContain("Mon 23 Nov – Sun 29 Nov 2026");
    expect(mail.text).toContain(`Open the dashboard: ${links.dashboardUrl}`);
    expect(mail.html).toContain(`href="${links.dashboardUrl}"`);
    expect(mail.headers).toEqual({ "List-Unsubscribe": `<${links.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });

  it("names several changes, eased and first judged alike", () => {
    const mail = signChangeMail({
      to: "ana@example.test",
      week: "2026-W48",
      changes: [
        { sign: "missed-executing", from: "alert", to: "watch" },
        { sign: "doesnt-like-it", from: null, to: "alert" },
      ],
      links,
    });
    expect(mail.subject).toBe("2 warning signs changed level");
    expect(mail.text).toContain("Missing hands-on work: eased from Alert to Watch.");
    expect(mail.text).toContain("Not enjoying the role: now at Alert, the first time it could be judged.");
  });
});
