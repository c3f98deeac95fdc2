import { describe, expect, it } from "vitest";
import { SIGN_IDS, type SignId } from "@/lib/enums";
import { SIGNALS_CONFIG, STEP_IDS, allSteps, evaluate, toSignalsJson } from "@/lib/signals";
import { toHeadline, type HeadlineSign } from "@/lib/signals/headline";
import { signStatus, type JudgedWeeks } from "@/lib/signals/status";
import { stepsFor } from "@/lib/signals/steps";
import { STORIES, formerEngineer, healthyLead, helpDeskLead, joylessLead } from "@/lib/signals/fixtures/personas";
import type { SignLevel } from "@/lib/signals";

const config = SIGNALS_CONFIG;

function judged(levels: Array<SignLevel | null>, scores?: number[], gapAfter?: number): JudgedWeeks {
  const id = "not-set-up" as const;
  return {
    id,
    ordinals: levels.map((_, i) => 1000 + i + (gapAfter !== undefined && i > gapAfter ? 5 : 0)),
    history: levels.map((level, i) => ({
      levels: { [id]: level } as Record<SignId, SignLevel | null>,
      scores: { [id]: scores?.[i] ?? (level === "alert" ? 80 : level === "watch" ? 50 : level === "ok" ? 10 : 0) } as Record<SignId, number>,
    })),
  };
}

describe("signStatus", () => {
  it.each([
    { name: "rising", weeks: judged(["ok", "ok", "ok", "ok", "watch"], [10, 12, 14, 16, 45]), trend: "rising" },
    { name: "falling", weeks: judged(["alert", "alert", "alert", "alert", "watch"], [90, 90, 85, 85, 60]), trend: "falling" },
    { name: "steady within the threshold", weeks: judged(["watch", "watch", "watch", "watch", "watch"], [50, 45, 55, 48, 56]), trend: "steady" },
    { name: "steady with nothing before", weeks: judged([null, null, "ok"]), trend: "steady" },
  ] as const)("$name", ({ weeks, trend }) => {
    expect(signStatus(weeks, config).trend).toBe(trend);
  });

  it("counts weeks at the level in calendar weeks, from the first logged week of the stretch", () => {
    expect(signStatus(judged(["ok", "alert", "alert", "alert"]), config).weeksAtLevel).toBe(3);
    expect(signStatus(judged(["ok", "alert", "alert", "alert"], undefined, 1), config).weeksAtLevel).toBe(8);
    expect(signStatus(judged([null, "ok"]), config).weeksAtLevel).toBe(1);
    expect(signStatus(judged(["ok", null]), config)).toEqual({ trend: "steady", weeksAtLevel: 0, recovery: null });
  });

  it.each([
    { levels: ["ok", "alert", "alert", "alert", "ok"], recovery: { from: "alert", to: "ok", weeks: 3, isMixed: false } },
    { levels: ["watch", "alert", "alert", "ok", "ok"], recovery: { from: "alert", to: "ok", weeks: 3, isMixed: true } },
    { levels: ["alert", "alert", "watch"], recovery: { from: "alert", to: "watch", weeks: 2, isMixed: false } },
    { levels: ["ok", "watch", "ok"], recovery: null },
    { levels: [null, "alert", "alert", "ok"], recovery: { from: "alert", to: "ok", weeks: 2, isMixed: false } },
    { levels: ["alert", "alert", ...Array(13).fill("ok")], recovery: null },
    { levels: ["watch", "watch", "alert"], recovery: null },
  ] as const)("recovery after $levels", ({ levels, recovery }) => {
    expect(signStatus(judged([...levels]), config).recovery).toEqual(recovery);
  });
});

const calm = (id: SignId): HeadlineSign => ({ id, score: 10, level: "ok", enoughData: true, trend: "steady", weeksAtLevel: 9, reason: null, recovery: null, need: null });
const noWorkload = { level: "ok" as const, reason: null };

describe("toHeadline", () => {
  const base = { workload: noWorkload, lastLoggedWeek: "2026-W40", weeksSinceLastLog: 0, snapshot: null, config };
  const signs = SIGN_IDS.map(calm);
  const raise = (id: SignId, patch: Partial<HeadlineSign>) => signs.map((s) => (s.id === id ? { ...s, ...patch } : s));

  it.each([
    {
      name: "the most pressing sign, its reason and its direction",
      input: { signs: raise("missed-executing", { level: "alert", score: 80, trend: "rising", reason: "hands-on time fell from 34 % to 8 % of your week, and it is what energizes you most" }) },
      headline: "Missing hands-on work is at alert and rising: hands-on time fell from 34 % to 8 % of your week, and it is what energizes you most.",
    },
    {
      name: "a steady sign says for how long",
      input: { signs: raise("not-set-up", { level: "watch", score: 50, weeksAtLevel: 5, reason: "you rate the support you get 1.8 of 5" }) },
      headline: "Not set up for success has been at watch for 5 weeks: you rate the support you get 1.8 of 5.",
    },
    {
      name: "an easing sign",
      input: { signs: raise("skills-slipping", { level: "watch", score: 45, trend: "falling", reason: "x" }) },
      headline: "Skills slipping is at watch but easing: x.",
    },
    {
      name: "alert beats watch, and the others are counted",
      input: {
        signs: signs.map((s) =>
          s.id === "meetings-politics" ? { ...s, level: "watch" as const, score: 65, reason: "m" } : s.id === "doesnt-like-it" ? { ...s, level: "alert" as const, score: 72, weeksAtLevel: 1, reason: "d" } : s,
        ),
      },
      headline: "Not enjoying the role is at alert: d; 1 more sign is raised.",
    },
    {
      name: "long weeks with no sign raised",
      input: { signs, workload: { level: "alert" as const, reason: "you averaged 60 h a week lately, above the 55 h that research links to health risks" } },
      headline: "No warning sign is raised, but your weeks are long: you averaged 60 h a week lately, above the 55 h that research links to health risks.",
    },
    {
      name: "long weeks outrank a sign at watch",
      input: { signs: raise("missed-executing", { level: "watch", score: 45, weeksAtLevel: 1, reason: "r" }), workload: { level: "alert" as const, reason: "w" } },
      headline: "Your weeks are long: w; missing hands-on work is at watch too.",
    },
    {
      name: "a sign at alert keeps the lead and mentions the long weeks",
      input: { signs: raise("missed-executing", { level: "alert", score: 75, weeksAtLevel: 1, reason: "r" }), workload: { level: "watch" as const, reason: "w" } },
      headline: "Missing hands-on work is at alert: r; and w.",
    },
    {
      name: "a recovery",
      input: { signs: raise("missed-executing", { recovery: { from: "alert", to: "ok", weeks: 9, isMixed: false } }) },
      headline: "No warning sign is raised: missing hands-on work is back to ok after 9 weeks at alert.",
    },
    {
      name: "not logging during a raised stretch",
      input: { signs: raise("missed-executing", { level: "alert", score: 80, trend: "rising", reason: "r" }), weeksSinceLastLog: 6 },
      headline: "You have not logged for 6 weeks, and at your last check-in (2026-W40) missing hands-on work was at alert and rising: r.",
    },
    {
      name: "not logging with nothing raised",
      input: { signs, weeksSinceLastLog: 4 },
      headline: "You have not logged for 4 weeks; at your last check-in (2026-W40) no warning sign was raised.",
    },
    {
      name: "some signs without enough data",
      input: { signs: signs.map((s, i) => (i < 2 ? { ...s, enoughData: false, need: { clause: "log 2 more weeks", moreWeeks: 2 } } : s)) },
      headline: "No warning sign is raised (2 signs need more data): nothing stands out.",
    },
    {
      name: "no sign with enough data, the same need for all",
      input: { signs: signs.map((s) => ({ ...s, enoughData: false, need: { clause: "log 3 more weeks", moreWeeks: 3 } })), snapshot: {} as never },
      headline: "Not enough data yet: log 3 more weeks to see your signs.",
    },
    {
      name: "no sign with enough data because answers are missing",
      input: { signs: signs.map((s) => ({ ...s, enoughData: false, need: { clause: "answer the joy or satisfaction question in 2 more weeks", moreWeeks: 0 } })), snapshot: {} as never },
      headline: "Not enough data yet: answer the joy or satisfaction question in 2 more weeks to see the first signs.",
    },
  ])("$name", ({ input, headline }) => {
    expect(toHeadline({ ...base, ...input })).toBe(headline);
  });

  it("is one sentence for every story and every week count", () => {
    for (const { build } of STORIES) {
      for (const weeks of [0, 1, 3, 6, 12, 20]) {
        const file = build(Math.max(weeks, 1));
        const result = evaluate(weeks === 0 ? { ...file, checkins: [] } : file);
        expect(result.headline).toMatch(/^[A-Z][^.]*(\.\d[^.]*)*\.$/);
        expect(result.headline).not.toMatch(/NaN|undefined|null|Infinity/);
      }
    }
  });

  it("an empty account is told to log its first weeks", () => {
    expect(evaluate({ ...healthyLead(1), checkins: [] }).headline).toBe("Not enough data yet: log your first 3 weeks to see the first signs.");
  });

  it("a healthy lead gets the calmest true summary", () => {
    expect(evaluate(healthyLead(30)).headline).toMatch(
      /^No warning sign is raised: over your last 4 logged weeks, hands-on work took \d+ %, meetings \d+ % and mentoring \d+ % of your 40-hour weeks, and you rated your satisfaction \d\.\d of 5\.$/,
    );
  });
});

describe("next steps", () => {
  it("keeps the step ids stable: a lead may adopt one as an experiment", () => {
    expect(STEP_IDS).toMatchInlineSnapshot(`
      [
        "block-hands-on-half-days",
        "take-off-critical-path-task",
        "hand-over-a-meeting",
        "pair-on-real-work",
        "schedule-learning-block",
        "talk-about-the-pendulum",
        "decline-low-value-meeting",
        "keep-meeting-free-block",
        "build-one-relationship",
        "mark-draining-meetings",
        "set-a-stopping-time",
        "ask-for-recurring-one-on-one",
        "find-training-or-peer-group",
        "name-what-you-need",
        "track-what-energizes-you",
        "plan-one-coaching-conversation",
        "talk-about-what-is-next",
      ]
    `);
    expect(allSteps().map((s) => s.id)).toEqual([...STEP_IDS]);
  });

  it("gives every sign at least one step, and every step a title, a text and a why", () => {
    for (const id of SIGN_IDS) expect(allSteps().filter((s) => s.signs.includes(id)).length).toBeGreaterThanOrEqual(3);
    for (const s of allSteps()) {
      expect(s.title).toMatch(/^[A-Z]/);
      expect(s.text).toMatch(/^[A-Z].*\.$/);
      expect(s.why).toMatch(/^[A-Z0-9“].*\.$/);
    }
  });

  it.each(STORIES)("offers one to three steps for the raised $sign of $story, answering its strongest part first", ({ sign, build }) => {
    const own = evaluate(build()).signs.find((s) => s.id === sign)!;
    expect(own.steps.length).toBeGreaterThanOrEqual(1);
    expect(own.steps.length).toBeLessThanOrEqual(3);
    expect(new Set(own.steps.map((s) => s.id)).size).toBe(own.steps.length);
    const first = { "missed-executing": "block-hands-on-half-days", "skills-slipping": "schedule-learning-block", "meetings-politics": "decline-low-value-meeting", "not-set-up": "ask-for-recurring-one-on-one", "doesnt-like-it": "plan-one-coaching-conversation" }[sign];
    expect(own.steps[0]!.id).toBe(first);
  });

  it("shows no steps for an ok sign", () => {
    for (const s of evaluate(healthyLead(30)).signs) expect(s.steps).toEqual([]);
  });

  it("names the low-value meetings from the calendar once they are known, and says one otherwise", () => {
    const [step] = stepsFor("meetings-politics", ["lowValue"], {}, 1);
    expect(step!.text).toBe("Decline or shorten one recurring meeting you count as low value next week, or offer a written update instead.");
    const [named] = stepsFor("meetings-politics", ["lowValue"], { calendar: { lowValueMeetings: ["Weekly sync", "Status update", "Third"] } }, 1);
    expect(named!.text).toBe("Decline or shorten “Weekly sync” or “Status update” next week, or offer a written update instead.");
  });

  it("falls back to a sign's general steps when no part-specific one fits", () => {
    expect(stepsFor("doesnt-like-it", ["longHours"], {}, 3).map((s) => s.id)).toEqual(["set-a-stopping-time", "track-what-energizes-you"]);
  });
});

describe("toSignalsJson: the npm run signals contract", () => {
  it.each([
    { name: "a raised story", file: () => formerEngineer(20) },
    { name: "one check-in", file: () => helpDeskLead(1) },
    { name: "no check-ins", file: () => ({ ...joylessLead(1), checkins: [] }) },
  ])("has exactly the contract's keys for $name", ({ file }) => {
    const json = toSignalsJson(evaluate(file()));
    expect(Object.keys(json)).toEqual(["asOf", "headline", "lastLoggedWeek", "weeksSinceLastLog", "workload", "signs", "history"]);
    expect(Object.keys(json.workload)).toEqual(["recentAverageHours", "level", "evidence"]);
    expect(json.signs.map((s) => s.id)).toEqual([...SIGN_IDS]);
    for (const s of json.signs) {
      expect(Object.keys(s)).toEqual(["id", "score", "level", "enoughData", "trend", "weeksAtLevel", "evidence", "steps"]);
      if (!s.enoughData) expect(s.level).toBe("ok");
      if (s.level !== "ok") expect(s.steps.length).toBeGreaterThan(0);
      for (const step of s.steps) expect(typeof step).toBe("string");
    }
    for (const h of json.history) expect(Object.keys(h)).toEqual(["week", "scores"]);
  });

  it("never carries the leader's notes", () => {
    const file = formerEngineer(20);
    const noted = { ...file, checkins: file.checkins.map((c) => ({ ...c, note: "secret words about my boss" })) };
    expect(evaluate(noted).signs[0]!.notes.length).toBeGreaterThan(0);
    expect(JSON.stringify(toSignalsJson(evaluate(noted)))).not.toContain("secret words");
  });

  it("gives a step as its title and text in one string", () => {
    const json = toSignalsJson(evaluate(formerEngineer(20)));
    expect(json.signs[0]!.steps[0]).toBe(
      "Block two half-days for hands-on work: Put two half-day blocks of hands-on work into next week's calendar and treat them like meetings you cannot move.",
    );
  });
});
