import { describe, expect, it } from "vitest";
import { SIGN_IDS } from "@/lib/enums";
import { SIGNALS_CONFIG, evaluate, type Evaluation } from "@/lib/signals";
import {
  STORIES,
  hackWeekStartLead,
  healthyLead,
  meetingLover,
  noisyHealthyLead,
  sixtyHourLead,
} from "@/lib/signals/fixtures/personas";

const { watchFrom, alertFrom } = SIGNALS_CONFIG.levels;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Story scores must clear the cut-offs by this much, so a persona never passes by sitting on an edge. */
const MARGIN = 8;

function signOf(result: Evaluation, id: string) {
  const sign = result.signs.find((s) => s.id === id);
  if (!sign) throw new Error(`no sign ${id}`);
  return sign;
}

describe("the five stories", () => {
  it.each(STORIES)("$sign is the highest sign and at alert for $story", ({ sign, build }) => {
    const result = evaluate(build());
    const own = signOf(result, sign);
    expect(own).toMatchObject({ level: "alert", enoughData: true });
    expect(own.score).toBe(Math.max(...result.signs.map((s) => s.score)));
    expect(own.evidence.length).toBeGreaterThan(0);
    expect(own.steps.length).toBeGreaterThanOrEqual(1);
    expect(result.headline.startsWith(`${{ "missed-executing": "Missing hands-on work", "skills-slipping": "Skills slipping", "meetings-politics": "Meetings and politics", "not-set-up": "Not set up for success", "doesnt-like-it": "Not enjoying the role" }[sign]} `)).toBe(true);
  });

  it.each(STORIES)("$sign reaches alert within the first 12 logged weeks for $story, for every seed", ({ sign, build }) => {
    for (const seed of SEEDS) {
      const result = evaluate(build(12, seed));
      expect(result.history).toHaveLength(12);
      expect(signOf(result, sign).score, `seed ${seed}`).toBeGreaterThanOrEqual(alertFrom + MARGIN);
    }
  });

  it.each(STORIES)("$sign has no level in the first two logged weeks for $story", ({ sign, build }) => {
    const result = evaluate(build(2));
    for (const entry of result.history) expect(entry.levels[sign]).toBeNull();
    expect(signOf(result, sign).enoughData).toBe(false);
  });
});

const CALM = [
  { name: "a healthy, balanced lead", build: (seed: number) => healthyLead(104, seed) },
  { name: "a noisy healthy lead", build: (seed: number) => noisyHealthyLead(104, seed) },
  { name: "a meeting-heavy lead who enjoys meetings", build: (seed: number) => meetingLover(40, seed) },
  { name: "a lead who starts with two hack weeks", build: (seed: number) => hackWeekStartLead(30, seed) },
  { name: "a 60-hour lead with healthy shares", build: (seed: number) => sixtyHourLead(30, seed) },
];

describe("leads who should see no warning sign", () => {
  it.each(CALM)("$name: no sign reaches watch in any week, for every seed, with room to spare", ({ build }) => {
    for (const seed of SEEDS) {
      const result = evaluate(build(seed));
      for (const s of result.signs) expect(s.level, `seed ${seed} ${s.id}`).toBe("ok");
      for (const entry of result.history) {
        for (const id of SIGN_IDS) expect(entry.scores[id], `seed ${seed} ${entry.week} ${id}`).toBeLessThanOrEqual(watchFrom - 5);
      }
    }
  });

  it.each(CALM.filter((c) => !c.name.includes("60-hour")))("$name: the headline says no warning sign is raised", ({ build }) => {
    expect(evaluate(build(1)).headline).toMatch(/^No warning sign is raised: /);
  });
});
