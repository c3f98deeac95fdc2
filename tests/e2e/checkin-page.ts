import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { formatWeekLabel } from "./weeks";

export type Hours = { meetings: number | string; execution: number | string; mentoring: number | string; other: number | string };
export type Energy = Partial<Record<"meetings" | "execution" | "mentoring", 1 | 2 | 3 | 4 | 5>>;

export const ACTIVITIES = ["meetings", "execution", "mentoring", "other"] as const;

const HOURS_LABELS = {
  meetings: "Hours in meetings",
  execution: "Hands-on hours",
  mentoring: "Mentoring hours",
  other: "Other hours",
} as const;

const ENERGY_LEGENDS = {
  meetings: "Energy from meetings",
  execution: "Energy from hands-on execution",
  mentoring: "Energy from mentoring",
} as const;

export function hoursField(page: Page, activity: keyof Hours) {
  return page.getByLabel(HOURS_LABELS[activity], { exact: true });
}

export function energyGroup(page: Page, activity: keyof Energy) {
  return page.getByRole("radiogroup", { name: ENERGY_LEGENDS[activity] });
}

export async function fillHours(page: Page, hours: Hours): Promise<void> {
  for (const activity of ACTIVITIES) await hoursField(page, activity).fill(String(hours[activity]));
}

export async function rateEnergy(page: Page, energy: Energy): Promise<void> {
  for (const [activity, score] of Object.entries(energy) as [keyof Energy, number][]) {
    const group = energyGroup(page, activity);
    const name = new RegExp(`^${score}\\b`);
    // The radio itself is visually hidden; a person clicks its chip.
    await group.locator("label").filter({ has: page.getByRole("radio", { name }) }).click();
    await expect(group.getByRole("radio", { name })).toBeChecked();
  }
}

export function savedStatus(page: Page, week: string) {
  return page.getByRole("status").filter({ hasText: `Saved ${formatWeekLabel(week)}.` });
}

export async function saveWeek(page: Page, week: string): Promise<void> {
  await page.getByRole("button", { name: "Save week" }).click();
  await expect(savedStatus(page, week)).toBeVisible();
}

/** Opens /checkin/<week>, fills it in and saves it. */
export async function logWeek(page: Page, week: string, { hours, energy = {} }: { hours: Hours; energy?: Energy }): Promise<void> {
  await page.goto(`/checkin/${week}`);
  await rateEnergy(page, energy);
  await fillHours(page, hours);
  await saveWeek(page, week);
}

/** The link that opens a logged week from history ("Week 10, 2026, edit"; Chromium puts a space before the comma). */
export function historyEditLink(page: Page, week: string) {
  return page.getByRole("link", { name: new RegExp(`^${formatWeekLabel(week)}\\s*, edit$`) });
}

export function historyEntry(page: Page, week: string) {
  return page.getByRole("listitem").filter({ has: historyEditLink(page, week) });
}
