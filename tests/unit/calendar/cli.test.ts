import { copyFile, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendar } from "@/scripts/calendar";
import * as hostile from "@/scripts/bench/hostile-calendars";
import { ROOT, runInProcess, runScript } from "@/tests/helpers/cli";
import { SHAPE_KEYS } from "@/lib/calendar/shape";

const FIXTURES = path.join(ROOT, "tests", "fixtures", "calendar");

/** The command in this process (every case here names its file by an absolute path). */
const runCli = (args: string[]) => runInProcess(calendar, args);

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pendulum-calendar-"));
  await copyFile(path.join(FIXTURES, "apple-floating-clipped.ics"), path.join(dir, "apple.ics"));
  await writeFile(path.join(dir, "notes.ics"), "just some notes\n");
  await writeFile(path.join(dir, "zone.ics"), hostile.secondlyTimezone());
  await writeFile(path.join(dir, "nested.ics"), hostile.deeplyNested(20));
  await writeFile(path.join(dir, "big.ics"), "");
  await truncate(path.join(dir, "big.ics"), 10 * 1024 * 1024 + 1);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("scripts/calendar.ts", () => {
  it("prints the week's exact hours and the events behind them, and only that", async () => {
    const run = await runCli([path.join(FIXTURES, "google-berlin-dst.ics"), "--week", "2026-W13", "--tz", "Europe/Berlin"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(["week", "timeZone", "hours", "managerOneOnOne", "quality", "events", "skipped"]);
    expect(output).toMatchObject({ week: "2026-W13", timeZone: "Europe/Berlin", hours: { meetings: 4, execution: 7, mentoring: 1, other: 0 }, managerOneOnOne: false });
    expect(Object.keys(output.quality)).toEqual([...SHAPE_KEYS]);
    expect(output.skipped).toContainEqual({ summary: "Vendor pitch", start: "2026-03-26T10:00:00+01:00", reason: "declined" });
    expect(output.skipped).toContainEqual({ summary: "Offsite planning", start: "2026-03-27T09:00:00+01:00", reason: "cancelled" });
    for (const entry of output.skipped) expect(Object.keys(entry)).toEqual(["summary", "start", "reason"]);
    expect(output.events[0]).toEqual({
      summary: "Team sync (moved)",
      start: "2026-03-23T14:00:00+01:00",
      end: "2026-03-23T15:00:00+01:00",
      category: "meetings",
    });
    // X-WR-CALNAME is sam@example.com, who declined the vendor pitch.
    expect(output.events.map((e: { summary: string }) => e.summary)).not.toContain("Vendor pitch");
  });

  it("counts the declined event when --me names someone else", async () => {
    const run = await runCli([path.join(FIXTURES, "google-berlin-dst.ics"), "--week", "2026-W13", "--tz", "Europe/Berlin", "--me", "other@example.com"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).hours.meetings).toBe(5);
  });

  it("takes --me and --manager more than once: the manager 1:1 counts as a meeting and is ticked", async () => {
    const file = path.join(dir, "two-addresses.ics");
    const ev = (uid: string, summary: string, start: string, end: string, ...people: string[]) =>
      ["BEGIN:VEVENT", `UID:${uid}`, `SUMMARY:${summary}`, `DTSTART:${start}`, `DTEND:${end}`, ...people, "END:VEVENT"].join("\r\n");
    await writeFile(
      file,
      [
        "BEGIN:VCALENDAR\r\nVERSION:2.0",
        ev("a", "Alex / Morgan 1:1", "20261117T090000Z", "20261117T093000Z", "ORGANIZER:mailto:morgan@corp.example", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:alex@home.example"),
        ev("b", "Alex / Jo 1:1", "20261118T090000Z", "20261118T093000Z", "ORGANIZER:mailto:alex@corp.example", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:jo@corp.example"),
        ev("c", "Vendor demo", "20261119T090000Z", "20261119T100000Z", "ORGANIZER:mailto:sales@vendor.example", "ATTENDEE;PARTSTAT=DECLINED:mailto:alex@home.example"),
        "END:VCALENDAR\r\n",
      ].join("\r\n"),
    );
    const args = [file, "--week", "2026-W47", "--tz", "UTC", "--me", "alex@corp.example", "--me", "Alex@Home.example", "--manager", "morgan@corp.example", "--manager", "dana@corp.example"];
    const run = await runCli(args);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const output = JSON.parse(run.stdout);
    expect(output.hours).toEqual({ meetings: 0.5, execution: 0, mentoring: 0.5, other: 0 });
    expect(output.managerOneOnOne).toBe(true);
    expect(output.events.map((e: { category: string }) => e.category)).toEqual(["meetings", "mentoring"]);
    expect(output.skipped).toEqual([{ summary: "Vendor demo", start: "2026-11-19T09:00:00Z", reason: "declined" }]);
    expect((await runCli([...args.slice(0, 5), "--manager", "nope"])).code).toBe(2);
  }, 60_000);

  it("defaults --tz to the system zone and resolves FILE against INIT_CWD", async () => {
    // A real process: the system zone and INIT_CWD are the process's.
    const run = await runScript("calendar.ts", ["apple.ics", "--week", "2026-W47"], { initCwd: dir, env: { ...process.env, TZ: "America/New_York" } });
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.timeZone).toBe("America/New_York");
    expect(output.events.find((e: { summary: string }) => e.summary === "Deep work").start).toBe("2026-11-17T09:00:00-05:00");
  });

  it("keeps exact fractions rather than rounding", async () => {
    const file = path.join(dir, "twenty.ics");
    await writeFile(
      file,
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Chat\r\nDTSTART:20261117T090000Z\r\nDTEND:20261117T092000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    const run = await runCli([file, "--week", "2026-W47", "--tz", "UTC"]);
    expect(JSON.parse(run.stdout).hours.other).toBe(20 / 60);
    expect(run.stderr).toMatch(/No --me given/);
  });

  it.each([
    { name: "no FILE", args: ["--week", "2026-W47"], message: /Missing FILE/ },
    { name: "no --week", args: ["x.ics"], message: /Missing --week/ },
    { name: "a bad week", args: ["x.ics", "--week", "2026-W60"], message: /ISO week/ },
    { name: "a bad zone", args: ["x.ics", "--week", "2026-W47", "--tz", "Mars/Base"], message: /IANA time zone/ },
    { name: "an unknown option", args: ["x.ics", "--week", "2026-W47", "--verbose"], message: /Unknown option/ },
  ])("exits 2 with usage for $name", async ({ args, message }) => {
    const run = await runCli(args);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Usage: npm run calendar/);
  });

  it.each([
    { name: "a missing file", file: "missing.ics", message: /File not found/ },
    { name: "a file that is no calendar", file: "notes.ics", message: /not a readable iCalendar/ },
    { name: "a file over 10 MB", file: "big.ics", message: /at most 10 MB/ },
  ])("exits 1 for $name", async ({ file, message }) => {
    const run = await runCli([path.join(dir, file), "--week", "2026-W47", "--tz", "UTC"]);
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toMatch(message);
  });

  it("is bounded like the app: a VTIMEZONE repeating every second is read in the given zone, with a warning", async () => {
    const run = await runCli([path.join(dir, "zone.ics"), "--week", hostile.HOSTILE_WEEK, "--tz", "Europe/Berlin", "--me", "a@example.com"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).events).toEqual([{ summary: "Hostile", start: "2026-11-17T10:00:00+01:00", end: "2026-11-17T11:00:00+01:00", category: "other" }]);
    expect(run.stderr).toBe('The time zone "X" in this file changes its offset too often to be real; its events were read in Europe/Berlin\n');
  });

  it("exits 1 with the app's message for a calendar too complex to read", async () => {
    // A real process: the exit code reaches the shell.
    const run = await runScript("calendar.ts", [path.join(dir, "nested.ics"), "--week", hostile.HOSTILE_WEEK], { env: { ...process.env, TZ: "UTC" } });
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toMatch(/too complex to read\. Its components are nested more than 8 deep/);
  });
});
