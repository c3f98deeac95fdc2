import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate, toSignalsJson } from "@/lib/signals";
import { addIsoWeeks } from "@/lib/iso-week";
import { formerEngineer } from "@/lib/signals/fixtures/personas";
import { signals } from "@/scripts/signals";
import { ROOT, runInProcess, runNpmScript, runScript } from "@/tests/helpers/cli";

/** The command in this process, as the caller in `cwd` would run it. */
const runCli = (args: string[], { cwd = ROOT }: { cwd?: string } = {}) => runInProcess(signals, args, cwd);

let dir: string;
const data = formerEngineer(16);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pendulum-signals-"));
  await mkdir(path.join(dir, "nested"));
  await writeFile(path.join(dir, "leader.json"), JSON.stringify({ ...data }));
  await writeFile(path.join(dir, "nested", "leader.json"), JSON.stringify({ ...data }));
  await writeFile(
    path.join(dir, "bad.json"),
    JSON.stringify({ format: "pendulum", version: 1, profile: data.profile, checkins: [{ ...data.checkins[0], week: "2026-W60" }] }),
  );
  await writeFile(path.join(dir, "broken.json"), "{ not json");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("scripts/signals.ts", () => {
  it("prints only the signals JSON contract for a valid file", async () => {
    const run = await runCli([path.join(dir, "leader.json")]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const printed = JSON.parse(run.stdout);
    expect(printed).toEqual(JSON.parse(JSON.stringify(toSignalsJson(evaluate(data)))));
    expect(Object.keys(printed)).toEqual(["asOf", "headline", "lastLoggedWeek", "weeksSinceLastLog", "workload", "signs", "history"]);
    expect(printed.signs.find((s: { id: string }) => s.id === "missed-executing")).toMatchObject({ level: "alert", enoughData: true });
  });

  it("counts the weeks since the last check-in from --as-of", async () => {
    const asOf = addIsoWeeks(data.checkins.at(-1)!.week, 6);
    const run = await runCli([path.join(dir, "leader.json"), "--as-of", asOf]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ asOf, lastLoggedWeek: data.checkins.at(-1)!.week, weeksSinceLastLog: 6 });
    expect(JSON.parse(run.stdout).headline).toMatch(/^You have not logged for 6 weeks/);
  });

  it("passes --as-of through", async () => {
    const asOf = data.checkins[7]!.week;
    const run = await runCli([path.join(dir, "leader.json"), "--as-of", asOf]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.asOf).toBe(asOf);
    expect(result.history).toHaveLength(8);
  });

  // A real process: which directory counts as the caller's is the process's to say.
  it.each([
    { name: "the working directory", options: () => ({ cwd: path.join(dir, "nested") }) },
    { name: "INIT_CWD, as npm sets it", options: () => ({ cwd: ROOT, initCwd: path.join(dir, "nested") }) },
  ])("resolves a relative FILE against $name", async ({ options }) => {
    const run = await runScript("signals.ts", ["leader.json"], options());
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).asOf).toBe(data.checkins.at(-1)!.week);
  });

  it("works through npm run signals from another directory", async () => {
    const run = await runNpmScript("signals", ["nested/leader.json", "--as-of", data.checkins[3]!.week], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).asOf).toBe(data.checkins[3]!.week);
  });

  it("prints each issue as path: message and exits 1 for an invalid file", async () => {
    const run = await runCli([path.join(dir, "bad.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("checkins[0].week: Not a valid ISO week");
  });

  it("exits 1 with a clear message for a file that is not JSON", async () => {
    const run = await runCli(["broken.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/: Not valid JSON/);
  });

  it("exits 1 for a missing file and names it", async () => {
    const run = await runCli(["missing.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`File not found: ${path.join(dir, "missing.json")}`);
  });

  it("exits 1 when FILE is a directory", async () => {
    const run = await runCli(["nested"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is a directory");
  });

  it.each([
    { args: ["leader.json", "--as-of", "2026-21"], message: "--as-of must be an ISO week" },
    { args: ["leader.json", "--as-of", "2026-W54"], message: "--as-of must be an ISO week" },
    { args: ["leader.json", "--as-of"], message: "--as-of" },
    { args: [], message: "Missing FILE" },
    { args: ["a.json", "b.json"], message: "exactly one FILE" },
    { args: ["leader.json", "--since", "x"], message: "--since" },
  ])("exits 2 on usage error $args", async ({ args, message }) => {
    const run = await runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("Usage: npm run signals -- FILE [--as-of 2026-W21]");
  });
});
