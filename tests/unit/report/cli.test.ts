import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { report } from "@/scripts/report";
import { ROOT, runInProcess, runScript } from "@/tests/helpers/cli";
import { formerEngineer } from "../signals/personas";

/** The command in this process, as a caller in `cwd` would run it. */
const runCli = (args: string[], cwd = ROOT) => runInProcess(report, args, cwd);

let dir: string;
const data = formerEngineer(16);
const weeks = data.checkins.map((c) => c.week);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pendulum-report-cli-"));
  await mkdir(path.join(dir, "nested"));
  const withNotes = { ...data, checkins: data.checkins.map((c, i) => ({ ...c, note: i === 3 ? "=cmd|' /C calc'!A0" : c.note })) };
  await writeFile(path.join(dir, "leader.json"), JSON.stringify(withNotes));
  await writeFile(path.join(dir, "broken.json"), "{ not json");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("scripts/report.ts", { timeout: 30_000 }, () => {
  // A real process, as npm starts it: the caller's directory comes from INIT_CWD.
  it("writes a PDF relative to the caller's directory and prints only its path", async () => {
    const run = await runScript("report.ts", ["leader.json", "--format", "pdf", "--out", "nested/out.pdf"], { initCwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const out = path.join(dir, "nested", "out.pdf");
    expect(run.stdout).toBe(`${out}\n`);
    expect((await readFile(out)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }, 60_000);

  it("covers the whole file without --from/--to and prints Markdown to stdout without --out", async () => {
    const run = await runCli([path.join(dir, "leader.json"), "--format", "md"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${weeks[0]} – ${weeks.at(-1)}`);
    expect(run.stdout).toContain("| Sign | Level |");
  });

  it("honours --from/--to and --include-notes in CSV", async () => {
    const run = await runCli([path.join(dir, "leader.json"), "--from", weeks[2]!, "--to", weeks[5]!, "--format", "csv", "--include-notes"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]!.endsWith(",note")).toBe(true);
    expect(lines[2]!.startsWith(`${weeks[3]},`)).toBe(true);
    expect(lines[2]).toContain("'=cmd|' /C calc'!A0");
  });

  it.each([
    [["--format", "md", "--from", "2026-W47", "--to", "2026-W34"], 1, /reversed/],
    [["--format", "md", "--from", "2026-W4"], 1, /--from: "2026-W4" is not an ISO week/],
    [["--format", "md", "--to", "2025-W53"], 1, /--to: "2025-W53" is not an ISO week/],
    [["--format", "docx"], 2, /--format must be pdf, md or csv/],
    [["--format", "pdf"], 2, /A PDF needs --out/],
    [[], 2, /--format must be/],
    [["--format", "md", "--bogus"], 2, /Unknown option/],
  ])("refuses %j with exit %i", async (args, code, message) => {
    const run = await runCli([path.join(dir, "leader.json"), ...args]);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });

  it.each([
    ["broken.json", /not a valid Pendulum export:\n\(file\): Not valid JSON/],
    ["missing.json", /File not found/],
  ])("a bad file %s exits 1 with a clear message", async (file, message) => {
    const run = await runCli([file, "--format", "md"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });
});
