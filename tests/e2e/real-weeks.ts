import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { pastWeeks } from "./weeks";

/** One week of a backup file (export format v1). */
export type BackupCheckin = {
  week: string;
  hours: { meetings: number; execution: number; mentoring: number; other: number };
  energy?: { meetings?: number | null; execution?: number | null; mentoring?: number | null };
  skillConfidence?: number | null;
  politics?: number | null;
  support?: number | null;
  teamGrowthJoy?: number | null;
  satisfaction?: number | null;
  managerOneOnOne?: boolean | null;
  training?: boolean | null;
  note?: string | null;
};

/**
 * Real (non-demo) weeks of a leader drifting into meetings: hands-on time falls from about 18 to 6 hours,
 * meetings climb past half the week, hands-on energy stays high and satisfaction sags. A sign or two
 * rises, so the report has talking points, and every week is the leader's own, so reports include it.
 */
export function driftingWeeks(weeks: readonly string[]): BackupCheckin[] {
  const n = Math.max(weeks.length - 1, 1);
  return weeks.map((week, i) => {
    const t = i / n;
    const meetings = Math.round(12 + 14 * t);
    const execution = Math.round(18 - 12 * t);
    return {
      week,
      hours: { meetings, execution, mentoring: 6, other: 4 },
      energy: { meetings: 2, execution: 5, mentoring: 4 },
      skillConfidence: t < 0.5 ? 4 : 3,
      politics: t < 0.5 ? 2 : 4,
      support: 3,
      teamGrowthJoy: 4,
      satisfaction: t < 0.5 ? 4 : 2,
      managerOneOnOne: i % 2 === 0,
      training: false,
    };
  });
}

/**
 * Replaces the signed-in leader's data with a backup, as a person would on /settings/data
 * ("Check file", then "Replace my data"). The profile keeps `displayName`, so headings stay predictable.
 */
export async function restoreBackup(page: Page, displayName: string, checkins: readonly BackupCheckin[], { leadingSince = "2016-01-04" } = {}) {
  const file = {
    format: "pendulum",
    version: 1,
    profile: { displayName, previousRole: "engineer", leadingSince, targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 } },
    settings: {},
    checkins,
  };
  await page.goto("/settings/data");
  await page.getByLabel("Backup file (.json)").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByRole("region", { name: "Replace your data with this backup?" }).getByRole("button", { name: "Replace my data" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Restored your profile and ${checkins.length} check-ins?`) })).toBeVisible();
}

/** `count` real weeks ending last week (see `driftingWeeks`), restored from a backup; returns the weeks. */
export async function withRealWeeks(page: Page, displayName: string, count = 16): Promise<string[]> {
  const weeks = pastWeeks(count);
  await restoreBackup(page, displayName, driftingWeeks(weeks));
  return weeks;
}
