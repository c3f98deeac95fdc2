import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CURATION_LIMITS, curateTalkingPoints, normalizeChoice, suggestTalkingPoints, TALKING_POINT_RULES, type TalkingPointContext } from "@/lib/report";
import { CURATION_FORM_MAX_FIELDS, talkingPointsFormSchema, talkingPointsFormShape } from "@/lib/validation/report";
import { SIGN_IDS, type SignId } from "@/lib/enums";

const ROLE_FIT = TALKING_POINT_RULES.find((r) => r.id === "role-fit")!;

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

const parse = (entries: Array<[string, string]>) => talkingPointsFormSchema.safeParse(talkingPointsFormShape(form(entries)));

function joyless(): TalkingPointContext {
  const levels = Object.fromEntries(SIGN_IDS.map((id) => [id, id === "doesnt-like-it" ? "alert" : "ok"])) as Record<SignId, "ok" | "alert">;
  return { levels, scores: Object.fromEntries(SIGN_IDS.map((id) => [id, levels[id] === "alert" ? 90 : 10])) as Record<SignId, number>, oneOnOnes: { answered: 8, yes: 6 }, training: { answered: 8, yes: 2 }, loggedWeeks: 8 };
}

describe("the talking-points form", () => {
  it("reads picks, wording, own points and the message, and keeps only real changes", () => {
    const parsed = parse([
      ["pick", "keep-what-works"],
      ["pick", "keep-what-works"],
      ["pick", "no-such-rule"],
      ["edit.keep-what-works", "  Keep   Fridays free  "],
      ["edit.next-growth-goal", TALKING_POINT_RULES.find((r) => r.id === "next-growth-goal")!.ask],
      ["own", "Budget for the offsite"],
      ["own", "   "],
      ["message", "  Thanks!  "],
      ["intent", "save"],
    ]);
    expect(parsed.success).toBe(true);
    expect(normalizeChoice(parsed.data!)).toEqual({
      picked: ["keep-what-works"],
      edits: { "keep-what-works": "Keep Fridays free" },
      added: ["Budget for the offsite"],
      message: "Thanks!",
    });
  });

  it("never includes the role-fit point because its wording was edited; only a tick does", () => {
    const edited = normalizeChoice(parse([["edit.role-fit", "Talk about a senior hands-on role"]]).data!);
    expect(curateTalkingPoints(suggestTalkingPoints(joyless()), edited).map((p) => p.id)).not.toContain("role-fit");
    const ticked = normalizeChoice(parse([["pick", "role-fit"]]).data!);
    expect(curateTalkingPoints(suggestTalkingPoints(joyless()), ticked)[0]).toMatchObject({ id: "role-fit", ask: ROLE_FIT.ask });
  });

  it("refuses a message over the limit and more fields than the form has", () => {
    const long = parse([["message", "x".repeat(CURATION_LIMITS.message + 1)]]);
    expect(long.success).toBe(false);
    expect(parse([["message", "x".repeat(CURATION_LIMITS.message)]]).success).toBe(true);
    expect(parse(Array.from({ length: CURATION_FORM_MAX_FIELDS + 1 }, () => ["own", "a"] as [string, string])).success).toBe(false);
    expect(parse([["edit.keep-what-works", "y".repeat(CURATION_LIMITS.text + 1)]]).success).toBe(false);
  });

  it("property: whatever is posted, the saved choice stays within the limits and knows only real ids", () => {
    const names = fc.constantFrom("pick", "own", "message", "edit.role-fit", "edit.keep-what-works", "edit.__proto__", "intent", "other");
    fc.assert(
      fc.property(fc.array(fc.tuple(names, fc.oneof(fc.string(), fc.constantFrom("role-fit", "keep-what-works"))), { maxLength: 60 }), (entries) => {
        const parsed = parse(entries);
        if (!parsed.success) return;
        const choice = normalizeChoice(parsed.data);
        const ids = new Set(TALKING_POINT_RULES.map((r) => r.id));
        expect(choice.picked.every((id) => ids.has(id))).toBe(true);
        expect(Object.keys(choice.edits ?? {}).every((id) => ids.has(id))).toBe(true);
        expect((choice.added ?? []).length).toBeLessThanOrEqual(CURATION_LIMITS.points);
        expect((choice.message ?? "").length).toBeLessThanOrEqual(CURATION_LIMITS.message);
        expect(choice.picked.includes("role-fit")).toBe(entries.some(([k, v]) => k === "pick" && v === "role-fit"));
      }),
    );
  });
});
