import { describe, expect, it } from "vitest";
import { SIGN_IDS } from "@/lib/enums";
import { SIGNALS_CONFIG, evaluate, type Evaluation } from "@/lib/signals";
import { STORIES, healthyLead } from "@/lib/signals/fixtures/personas";

const { watchFrom, alertFrom } = SIGNALS_CONFIG.levels;

function signOf(result: Evaluation, id: string) {
  const sign = result.signs.find((s) => s.id === id);
  if (!sign) throw new Error(`no sign ${id}`);
  return sign;
}

describe("the five stories", () => {
  it.each(STORIES)("$sign is among the two highest and at least watch for $story", ({ sign, build }) => {
    const result = evaluate(build());
    const own = signOf(result, sign);
    const secondHighest = [...result.signs].map((s) => s.score).sort((a, b) => b - a)[1]!;
    expect(own.level).not.toBe("ok");
    expect(own.score).toBeGreaterThanOrEqual(watchFrom);
    expect(own.score).toBeGreaterThanOrEqual(secondHighest);
    expect(own.evidence.length).toBeGreaterThan(0);
  });

  it.each(STORIES)("$sign reaches alert within the first 12 logged weeks for $story", ({ sign, build }) => {
    const result = evaluate(build(12));
    expect(result.history).toHaveLength(12);
    expect(signOf(result, sign).level).toBe("alert");
  });

  it.each(STORIES)("$sign stays quiet in the first three logged weeks for $story", ({ sign, build }) => {
    const early = evaluate(build(3)).history.map((h) => h.scores[sign]);
    for (const score of early) expect(score).toBeLessThan(watchFrom);
  });
});

describe("a healthy, balanced lead", () => {
  it.each([
    { weeks: 12, seed: 11 },
    { weeks: 52, seed: 12 },
    { weeks: 104, seed: 13 },
  ])("raises no sign in any week of $weeks weeks (seed $seed)", ({ weeks, seed }) => {
    const result = evaluate(healthyLead(weeks, seed));
    for (const sign of result.signs) expect(sign.level).toBe("ok");
    for (const entry of result.history) {
      for (const id of SIGN_IDS) expect(entry.scores[id]).toBeLessThan(watchFrom);
    }
  });

  it("stays well below alert everywhere", () => {
    const result = evaluate(healthyLead(104, 14));
    const highest = Math.max(...result.history.flatMap((h) => SIGN_IDS.map((id) => h.scores[id])));
    expect(highest).toBeLessThan(alertFrom / 2);
  });
});
