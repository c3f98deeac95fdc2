import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addIsoWeeks } from "@/lib/iso-week";
import { formerEngineer } from "@/lib/signals/fixtures/personas";
import { insights } from "@/scripts/insights";
import { runInProcess, runScript } from "@/tests/helpers/cli";
import { effectWeeks, FIRST } from "@/tests/helpers/insight-weeks";

let dir: string;
const checkins = effectWeeks(3, 30);
const experiment = {
  id: "hands-on",
  title: "Block two half-days for hands-on work",
  measure: { kind: "executionShareAtLeast", target: 25 },
  startWeek: addIsoWeeks(FIRST, 26),
  weeks: 4,
  answers: [{ week: addIsoWeeks(FIRST, 26), answer: "yes" }],
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pendulum-insights-"));
  const { profile } = formerEngineer(16);
  await writeFile(path.join(dir, "leader.json"), JSON.stringify({ format: "pendulum", version: 1, profile, checkins, experiments: [experiment] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// The first case starts tsx, as npm does (a few seconds on a quiet machine, many more on a busy one).
describe("npm run insights", { timeout: 90_000 }, () => {
  it("prints asOf, the findings in the contract's shape and the experiments' result cards", async () => {
    const { code, stdout } = await runScript("insights.ts", [path.join(dir, "leader.json")]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.asOf).toBe(checkins.at(-1)!.week);
    const finding = json.findings.find((f: { driver: string; measure: string }) => f.driver === "execution" && f.measure === "satisfaction");
    expect(Object.keys(finding)).toEqual(["driver", "measure", "direction", "highWeeks", "lowWeeks", "difference", "sentence"]);
    expect(finding.direction).toBe("higher");
    expect(json.experiments).toHaveLength(1);
    expect(json.experiments[0].id).toBe("hands-on");
  });

  it("honours --as-of (an experiment not started yet is left out) and refuses a bad one", async () => {
    const early = await runInProcess(insights, [path.join(dir, "leader.json"), "--as-of", addIsoWeeks(FIRST, 10)]);
    const json = JSON.parse(early.stdout);
    expect(json.asOf).toBe(addIsoWeeks(FIRST, 10));
    expect(json.findings).toEqual([]);
    expect(json.experiments).toEqual([]);
    const bad = await runInProcess(insights, [path.join(dir, "leader.json"), "--as-of", "W47"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ISO week/);
  });
});
