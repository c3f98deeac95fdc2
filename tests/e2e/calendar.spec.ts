import { join } from "node:path";
import type { Page } from "@playwright/test";
import * as hostile from "../../scripts/bench/hostile-calendars";
import { CHECKIN_FORM_SPEC } from "../../lib/validation/form";
import { expect, hasHorizontalOverflow, openDisclosure, SCREENSHOT_DIR, screenshot, seriousA11yViolations, signUp, test } from "./fixtures";

const APPLE_FIXTURE = join(process.cwd(), "tests", "fixtures", "calendar", "apple-floating-clipped.ics");
const WEEK = "2026-W47";

/** The import is a disclosure below the hours, open by itself once the leader has used it. */
async function openCalendarImport(page: Page) {
  await openDisclosure(page.getByText("Import from calendar (.ics)", { exact: true }));
  await expect(page.getByText("Choose an .ics file")).toBeVisible();
}

async function importCalendar(page: Page) {
  await page.goto(`/checkin/${WEEK}`);
  await openCalendarImport(page);
  await page.getByLabel("Choose an .ics file").setInputFiles(APPLE_FIXTURE);
  await expect(page.getByText(/^7 events from apple-floating-clipped\.ics/)).toBeVisible();
}

test.describe("calendar import", () => {
  test("imports into a week that has hours: keeps hands-on, lists what it skipped, turns a correction into a rule, shows the week's shape, saves", async ({ page }) => {
    // An import, a rule, an axe sweep, a save, a second import and screenshots: past 30 s when the machine is busy.
    test.slow();
    await signUp(page);
    await page.goto(`/checkin/${WEEK}`);
    // The leader already typed a 43-hour week; most of the hands-on work was never in the calendar.
    await page.getByLabel("Hours in meetings", { exact: true }).fill("10");
    await page.getByLabel("Hands-on hours", { exact: true }).fill("30");
    await page.getByLabel("Mentoring hours", { exact: true }).fill("1");
    await page.getByLabel("Other hours", { exact: true }).fill("2");
    await openCalendarImport(page);
    await page.getByLabel("Choose an .ics file").setInputFiles(APPLE_FIXTURE);
    const region = page.getByRole("region", { name: "Import from calendar (.ics)" });
    await expect(region.getByText(/^7 events from apple-floating-clipped\.ics\..* 1 not counted/)).toBeVisible();

    // Counted events by the rules' category, skipped ones with their reason.
    await expect(region.getByRole("list", { name: /^Meetings by your rules · 3 events/ }).getByRole("listitem")).toHaveCount(3);
    await expect(region.getByRole("list", { name: /^Hands-on execution by your rules · 2 events/ }).getByText("Deep work", { exact: true })).toBeVisible();
    await region.getByText(/^Not counted: 1 event \(1 cancelled\)/).click();
    await expect(region.getByRole("list", { name: "Events not counted" })).toHaveText(/Design review.*Fri 20 Nov, 10:00–11:00 · cancelled/);

    const shape = region.getByLabel("The shape of your week");
    const measure = (label: RegExp) => shape.locator("div").filter({ hasText: label }).getByRole("definition");
    await expect(measure(/^Focus blocks/)).toHaveText("7");
    await expect(measure(/^Meeting hours outside/)).toHaveText("1.5 h");

    // A correction, then a rule from it in one click.
    await region.getByLabel(/^Category for Interview: backend engineer/).selectOption("other");
    await region.getByRole("button", { name: "Always count “Interview: backend engineer” as other" }).click();
    await expect(region.getByRole("status").filter({ hasText: "Saved: “Interview: backend engineer” always counts as other." })).toBeVisible();
    // Interviews are not meetings any more: Wednesday morning is one focus block again.
    await expect(measure(/^Focus blocks/)).toHaveText("6");

    // Keep my hands-on and other hours is the default when the form has hours; the calendar shows a thin week.
    await expect(region.getByRole("radio", { name: /keep my hands-on and other hours/ })).toBeChecked();
    await expect(region.getByRole("note")).toHaveText(/only 8.25 h this week/);
    const after = region.getByRole("table").getByRole("row");
    await expect(after.filter({ hasText: "Hands-on execution" })).toHaveText(/30 h.*4 h.*30 h/);
    await expect(after.filter({ hasText: "Meetings" })).toHaveText(/10 h.*2 h.*2 h/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "calendar-review");

    await region.getByRole("button", { name: "Fill the form" }).click();
    await expect(region.getByText(/your hands-on and other hours kept.*Check them and press Save week/)).toBeVisible();
    await expect(page.getByLabel("Hours in meetings", { exact: true })).toHaveValue("2");
    await expect(page.getByLabel("Hands-on hours", { exact: true })).toHaveValue("30");
    await expect(page.getByLabel("Mentoring hours", { exact: true })).toHaveValue("1.5");
    await expect(page.getByLabel("Other hours", { exact: true })).toHaveValue("2");

    // Nothing is saved until the leader presses Save.
    const other = await page.context().newPage();
    await other.goto("/history");
    await expect(other.getByText("Nothing logged yet")).toBeVisible();
    await other.close();

    // What Save week sends: only fields the check-in action declares (it refuses any other), the week's shape among them.
    const sent = await page.locator("form").filter({ has: page.getByRole("button", { name: "Save week" }) }).evaluate((form) => [...new FormData(form as HTMLFormElement).keys()]);
    expect(sent.filter((name) => !name.startsWith("$") && !Object.hasOwn(CHECKIN_FORM_SPEC, name) && name !== "leader")).toEqual([]);
    expect(sent).toContain("calendarShape.focusBlocks");

    await page.getByRole("button", { name: "Save week" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Saved Week 47, 2026\./ })).toBeVisible();
    await page.goto("/history");
    await expect(page.getByText(/^1 week logged/)).toBeVisible();
    await screenshot(page, "calendar-history");
    // The shape was saved with the week (the export carries it).
    const exported = (await (await page.request.get("/api/export")).json()) as { checkins: { week: string; calendarShape?: Record<string, number> }[] };
    expect(exported.checkins.find((c) => c.week === WEEK)?.calendarShape).toMatchObject({ focusBlocks: 6, afterHoursMeetingHours: 1.5 });

    // The rule holds next time: the interview is filed as other by the rules themselves.
    await importCalendar(page);
    await expect(page.getByRole("list", { name: /^Other by your rules · 1 event/ })).toHaveText(/Interview: backend engineer/);
    await page.goto("/settings/calendar");
    await expect(page.getByLabel("Keywords").first()).toHaveValue("Interview: backend engineer");
  });

  test("replace everything, when chosen, takes the calendar's four totals", async ({ page }) => {
    await signUp(page);
    await page.goto(`/checkin/${WEEK}`);
    await page.getByLabel("Hands-on hours", { exact: true }).fill("30");
    await openCalendarImport(page);
    await page.getByLabel("Choose an .ics file").setInputFiles(APPLE_FIXTURE);
    const region = page.getByRole("region", { name: "Import from calendar (.ics)" });
    await region.getByRole("radio", { name: /Replace everything/ }).check();
    await region.getByRole("button", { name: "Fill the form" }).click();
    await expect(page.getByLabel("Hands-on hours", { exact: true })).toHaveValue("4");
    await expect(page.getByLabel("Hours in meetings", { exact: true })).toHaveValue("2.75");
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
