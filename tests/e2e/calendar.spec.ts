import { join } from "node:path";
import type { Page } from "@playwright/test";
import * as hostile from "../../scripts/bench/hostile-calendars";
import { expect, hasHorizontalOverflow, SCREENSHOT_DIR, screenshot, seriousA11yViolations, signUp, test } from "./fixtures";

const APPLE_FIXTURE = join(process.cwd(), "tests", "fixtures", "calendar", "apple-floating-clipped.ics");
const WEEK = "2026-W47";

/** The import is a disclosure below the hours, open by itself once the leader has used it. */
async function openCalendarImport(page: Page) {
  const summary = page.getByText("Import from calendar (.ics)", { exact: true });
  const isOpen = await summary.evaluate((el) => (el.closest("details") as HTMLDetailsElement).open);
  if (!isOpen) await summary.click();
  await expect(page.getByText("Choose an .ics file")).toBeVisible();
}

async function importCalendar(page: Page) {
  await page.goto(`/checkin/${WEEK}`);
  await openCalendarImport(page);
  await page.getByLabel("Choose an .ics file").setInputFiles(APPLE_FIXTURE);
  await expect(page.getByText(/^7 events from apple-floating-clipped\.ics/)).toBeVisible();
}

test.describe("calendar import", () => {
  test("imports an .ics on the check-in page, reassigns an event, fills the form and saves", async ({ page }) => {
    // An import, an axe sweep, a save and four screenshots: past 30 s when the machine is busy.
    test.slow();
    await signUp(page);
    await importCalendar(page);

    const events = page.getByRole("list", { name: "Events this week" });
    await expect(events.getByRole("listitem")).toHaveCount(7);
    await expect(events.getByText("Deep work", { exact: true })).toBeVisible();
    await expect(events.getByText("Tue 17 Nov, 09:00–12:00 · 3 h")).toBeVisible();
    const totals = page.getByRole("definition");
    await expect(totals).toHaveText(["2.75 h", "4 h", "1.5 h", "0 h"]);

    await page.getByLabel(/^Category for Interview: backend engineer/).selectOption("other");
    await expect(totals).toHaveText(["2 h", "4 h", "1.5 h", "0.75 h"]);
    await screenshot(page, "calendar-review");

    await expect(page.getByLabel("Hours in meetings", { exact: true })).toHaveValue("");
    await page.getByRole("button", { name: "Fill the form" }).click();
    await expect(page.getByText(/rounded to the nearest quarter hour\. Check them and press Save week/)).toBeVisible();
    await expect(page.getByLabel("Hours in meetings", { exact: true })).toHaveValue("2");
    await expect(page.getByLabel("Hands-on hours", { exact: true })).toHaveValue("4");
    await expect(page.getByLabel("Mentoring hours", { exact: true })).toHaveValue("1.5");
    await expect(page.getByLabel("Other hours", { exact: true })).toHaveValue("0.75");
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Nothing is saved until the leader presses Save.
    const other = await page.context().newPage();
    await other.goto("/history");
    await expect(other.getByText("Nothing logged yet")).toBeVisible();
    await other.close();

    await page.getByRole("button", { name: "Save week" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Saved Week 47, 2026\./ })).toBeVisible();
    await page.goto("/history");
    await expect(page.getByText(/^1 week logged/)).toBeVisible();
    await expect(page.getByText(/Week 47/).first()).toBeVisible();
    await screenshot(page, "calendar-history");
  });

  test("says what is wrong with a file that is not a calendar", async ({ page }) => {
    await signUp(page);
    await page.goto(`/checkin/${WEEK}`);
    await openCalendarImport(page);
    await page.getByLabel("Choose an .ics file").setInputFiles({ name: "notes.ics", mimeType: "text/calendar", buffer: Buffer.from("shopping list\n") });
    await expect(page.getByRole("alert").filter({ hasText: /can.t be imported/ })).toHaveText(/not a readable iCalendar/);
  });

  test("says what it left out of a hostile calendar, and why it refuses one beside the upload", async ({ page }) => {
    await signUp(page);
    await page.goto(`/checkin/${hostile.HOSTILE_WEEK}`);
    const region = page.getByRole("region", { name: "Import from calendar (.ics)" });
    const file = (name: string, text: string) => ({ name, mimeType: "text/calendar", buffer: Buffer.from(text) });

    await openCalendarImport(page);
    await page.getByLabel("Choose an .ics file").setInputFiles(file("zone.ics", hostile.secondlyTimezone()));
    await expect(region.getByText(/^1 event from zone\.ics/)).toBeVisible();
    await expect(region.getByText('The time zone "X" in this file changes its offset too often to be real; its events were read in Europe/Berlin')).toBeVisible();

    await page.getByLabel("Choose an .ics file").setInputFiles(file("pings.ics", hostile.secondlyCountEvent()));
    await expect(region.getByText("pings.ics has no timed events in this week.")).toBeVisible();
    await expect(region.getByText('1 repeating event repeats too often to count and was left out: "Hostile"')).toBeVisible();
    await region.screenshot({ path: join(SCREENSHOT_DIR, "calendar-left-out.png"), animations: "disabled" });

    await page.getByLabel("Choose an .ics file").setInputFiles(file("nested.ics", hostile.deeplyNested(20)));
    await expect(region.getByRole("alert")).toHaveText(/can.t be imported\. This calendar is too complex to read\. Its components are nested more than 8 deep/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await region.screenshot({ path: join(SCREENSHOT_DIR, "calendar-refused.png"), animations: "disabled" });
  });

  test("settings keep the manager's address, and the manager 1:1 gets ticked", async ({ page }) => {
    await signUp(page);
    await page.goto("/settings");
    await page.getByRole("link", { name: /Calendar and reminder/ }).click();
    await page.getByLabel("Your manager’s address").fill("mika@example.org");
    await page.getByLabel("Day").selectOption("thursday");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Calendar and reminder settings saved." })).toBeVisible();
    await screenshot(page, "calendar-settings");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the reminder (.ics)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("pendulum-reminder.ics");

    await importCalendar(page);
    await page.getByRole("button", { name: "Fill the form" }).click();
    await expect(page.getByText(/and the 1:1 with your manager ticked/)).toBeVisible();
    await expect(page.getByRole("radiogroup", { name: /1:1 with my own manager/ }).getByRole("radio", { name: "Yes" })).toBeChecked();
  });

  test("the calendar review fits a 390 px phone", { tag: "@phone" }, async ({ page }) => {
    await signUp(page);
    await importCalendar(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "phone-calendar-review");
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page
        .getByRole("region", { name: "Import from calendar (.ics)" })
        .screenshot({ path: join(SCREENSHOT_DIR, `phone-calendar-import-${colorScheme}.png`), animations: "disabled" });
    }
  });
});
