import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { energyGroup, fillHours, hoursField, logWeek, savedStatus, saveWeek } from "./checkin-page";
import { expect, hasHorizontalOverflow, SCREENSHOT_DIR, signUp, test } from "./fixtures";
import { addIsoWeeks, E2E_TIME_ZONE, formatWeekLabel, lastWeek, thisWeek } from "./weeks";

/**
 * Issue 12's budget for a typical week, counted as a person would do it from a fresh page load:
 * every page opened, click, field typed into (one fill) and key pressed is one interaction.
 */
const MAX_WITH_CARRY_OVER = 8;
const MAX_FROM_SCRATCH = 16;

class CountedPerson {
  readonly steps: string[] = [];
  private startedAt = 0;
  constructor(private readonly page: Page) {}

  get count(): number {
    return this.steps.length;
  }

  async open(path: string): Promise<void> {
    this.startedAt = performance.now();
    this.steps.push(`open ${path}`);
    await this.page.goto(path);
  }

  async click(target: Locator, what: string): Promise<void> {
    this.steps.push(`click ${what}`);
    await target.click();
  }

  async type(field: Locator, value: string, what: string): Promise<void> {
    this.steps.push(`type ${value} in ${what}`);
    await field.fill(value);
  }

  /** Milliseconds since `open`, for the report (never asserted: speed is measured by `npm run bench`). */
  elapsed(): number {
    return Math.round(performance.now() - this.startedAt);
  }
}

/** The chip a person taps for `score` in the radio group named `legend`. */
function chip(page: Page, legend: string | RegExp, score: string): Locator {
  const group = page.getByRole("radiogroup", { name: legend });
  return group.locator("label").filter({ has: page.getByRole("radio", { name: new RegExp(`^${score}\\b`) }) });
}

function record(name: string, person: CountedPerson, elapsedMs: number): void {
  const info = test.info();
  const line = { path: name, project: info.project.name, interactions: person.count, elapsedMs, steps: person.steps };
  info.annotations.push({ type: "interactions", description: `${name}: ${person.count} interactions, ${elapsedMs} ms` });
  const dir = join("test-results", "checkin-count");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${info.project.name}-${name}.json`), `${JSON.stringify(line, null, 2)}\n`);
  console.log(`[checkin-count] ${info.project.name} ${name}: ${person.count} interactions, ${elapsedMs} ms`);
}

async function carryOverWeek(page: Page): Promise<void> {
  await signUp(page);
  const previous = addIsoWeeks(lastWeek(), -1);
  // Last week's check-in, set up beforehand (not counted).
  await page.goto(`/checkin/${previous}`);
  for (const [name, value] of [
    ["meetings", "12"],
    ["execution", "15"],
    ["mentoring", "6"],
    ["other", "3"],
  ] as const) {
    await hoursField(page, name).fill(value);
  }
  for (const [legend, score] of [
    ["Energy from meetings", "3"],
    ["Energy from hands-on execution", "5"],
    ["Energy from mentoring", "4"],
    ["Confidence in your hands-on skills", "4"],
    ["Satisfaction with being a lead this week", "3"],
  ] as const) {
    await chip(page, legend, score).click();
  }
  await saveWeek(page, previous);

  const person = new CountedPerson(page);
  await person.open("/checkin");
  await person.click(page.getByRole("button", { name: "Same as last week" }), "Same as last week");
  await person.type(hoursField(page, "meetings"), "16", "meetings");
  await person.type(hoursField(page, "execution"), "11", "hands-on");
  await person.click(chip(page, "Energy from meetings", "2"), "energy from meetings 2");
  await person.click(chip(page, "Satisfaction with being a lead this week", "4"), "satisfaction 4");
  await person.click(page.getByRole("button", { name: "Save week" }), "Save week");
  await expect(savedStatus(page, lastWeek())).toBeVisible();
  const elapsed = person.elapsed();
  record("carry-over", person, elapsed);
  expect(person.count).toBeLessThanOrEqual(MAX_WITH_CARRY_OVER);

  // What was saved: the two changes, and everything else carried over from the week before.
  await page.reload();
  await expect(hoursField(page, "meetings")).toHaveValue("16");
  await expect(hoursField(page, "execution")).toHaveValue("11");
  await expect(hoursField(page, "mentoring")).toHaveValue("6");
  await expect(hoursField(page, "other")).toHaveValue("3");
  await expect(energyGroup(page, "meetings").getByRole("radio", { name: /^2\b/ })).toBeChecked();
  await expect(energyGroup(page, "execution").getByRole("radio", { name: /^5\b/ })).toBeChecked();
  await expect(energyGroup(page, "mentoring").getByRole("radio", { name: /^4\b/ })).toBeChecked();
  await expect(page.getByRole("radiogroup", { name: "Confidence in your hands-on skills" }).getByRole("radio", { name: /^4\b/ })).toBeChecked();
  await expect(page.getByRole("radiogroup", { name: "Satisfaction with being a lead this week" }).getByRole("radio", { name: /^4\b/ })).toBeChecked();
}

async function weekFromScratch(page: Page): Promise<void> {
  await signUp(page);
  const person = new CountedPerson(page);
  await person.open("/checkin");
  for (const [name, value] of [
    ["meetings", "14"],
    ["execution", "16"],
    ["mentoring", "5.5"],
    ["other", "4"],
  ] as const) {
    await person.type(hoursField(page, name), value, name);
  }
  for (const [legend, score] of [
    ["Energy from meetings", "2"],
    ["Energy from hands-on execution", "5"],
    ["Energy from mentoring", "4"],
    ["Confidence in your hands-on skills", "4"],
    ["How much of the week needed politics", "2"],
    ["Support for you as a lead", "3"],
    ["Joy from helping the team grow", "4"],
    ["Satisfaction with being a lead this week", "4"],
  ] as const) {
    await person.click(chip(page, legend, score), `${legend} ${score}`);
  }
  for (const [legend, answer] of [
    ["Had a 1:1 with my own manager", "Yes"],
    ["Had leadership training or coaching", "No"],
  ] as const) {
    await person.click(page.getByRole("radiogroup", { name: legend }).locator("label").filter({ hasText: new RegExp(`^${answer}$`) }), `${legend} ${answer}`);
  }
  await person.click(page.getByRole("button", { name: "Save week" }), "Save week");
  await expect(savedStatus(page, lastWeek())).toBeVisible();
  const elapsed = person.elapsed();
  record("from-scratch", person, elapsed);
  expect(person.count).toBeLessThanOrEqual(MAX_FROM_SCRATCH);

  await page.reload();
  await expect(hoursField(page, "mentoring")).toHaveValue("5.5");
  await expect(page.getByRole("radiogroup", { name: "Support for you as a lead" }).getByRole("radio", { name: /^3\b/ })).toBeChecked();
  await expect(page.getByRole("radiogroup", { name: "Had a 1:1 with my own manager" }).getByRole("radio", { name: "Yes" })).toBeChecked();
}

test.describe("a check-in in few interactions", () => {
  test("a typical week with carry-over takes at most 8 interactions (desktop)", async ({ page }) => {
    await carryOverWeek(page);
  });

  test("a typical week with carry-over takes at most 8 interactions on a 390 px phone", { tag: "@phone" }, async ({ page }) => {
    await carryOverWeek(page);
  });

  test("a full week typed from scratch takes at most 16 interactions (desktop)", async ({ page }) => {
    await weekFromScratch(page);
  });

  test("a full week typed from scratch takes at most 16 interactions on a 390 px phone", { tag: "@phone" }, async ({ page }) => {
    await weekFromScratch(page);
  });
});

test.describe("check-in layout", () => {
  test("on a 390 px phone the first screen shows the hours and Save stays in reach", { tag: "@phone" }, async ({ page }) => {
    await signUp(page);
    await logWeek(page, addIsoWeeks(lastWeek(), -1), { hours: { meetings: 10, execution: 10, mentoring: 5, other: 5 } });
    await page.goto("/checkin");
    const viewport = page.viewportSize()!;
    for (const activity of ["meetings", "execution", "mentoring", "other"] as const) {
      const box = (await hoursField(page, activity).boundingBox())!;
      expect(box.y + box.height, `${activity} hours on the first screen`).toBeLessThanOrEqual(viewport.height);
    }
    await expect(page.getByRole("button", { name: "Same as last week" })).toBeInViewport();
    // The calendar import is one compact line until opened.
    const calendar = page.getByText("Import from calendar (.ics)");
    await expect(calendar).toBeVisible();
    await expect(page.getByText("Choose an .ics file")).toBeHidden();
    await calendar.click();
    await expect(page.getByText("Choose an .ics file")).toBeVisible();
    await calendar.click();

    const save = page.getByRole("button", { name: "Save week" });
    await expect(save).toBeInViewport();
    await page.getByRole("radiogroup", { name: "Satisfaction with being a lead this week" }).scrollIntoViewIfNeeded();
    await expect(save).toBeInViewport();
    expect(await hasHorizontalOverflow(page)).toBe(false);

    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `phone-checkin-first-screen${colorScheme === "dark" ? "-dark" : ""}.png`), animations: "disabled" });
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.screenshot({ path: join(SCREENSHOT_DIR, "phone-checkin-full.png"), fullPage: true, animations: "disabled" });
  });

  test("on a desktop the hours come before the calendar import, which opens once it has been used", async ({ page }) => {
    await signUp(page);
    await page.goto("/checkin");
    const hours = (await hoursField(page, "meetings").boundingBox())!;
    const calendar = (await page.getByText("Import from calendar (.ics)").boundingBox())!;
    expect(hours.y).toBeLessThan(calendar.y);
    await expect(page.getByText("Choose an .ics file")).toBeHidden();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "desktop-checkin-first-screen.png"), animations: "disabled" });
  });

  for (const tag of ["", " @phone"]) {
    test(`each scale's end labels sit under its own ends, and a long label never widens the scale${tag}`, { tag: tag ? "@phone" : [] }, async ({ page }) => {
      await signUp(page);
      await page.goto("/checkin");
      const group = energyGroup(page, "meetings");
      const one = (await chip(page, "Energy from meetings", "1").boundingBox())!;
      const five = (await chip(page, "Energy from meetings", "5").boundingBox())!;
      const low = (await group.locator("[data-scale-end=low]").boundingBox())!;
      const high = (await group.locator("[data-scale-end=high]").boundingBox())!;
      await expect(group.locator("[data-scale-end=high]")).toHaveText("energized me");
      // Left edges under 1, right edges under 5, both below the chips.
      expect(Math.abs(low.x - one.x)).toBeLessThanOrEqual(2);
      expect(Math.abs(high.x + high.width - (five.x + five.width))).toBeLessThanOrEqual(2);
      expect(low.y).toBeGreaterThanOrEqual(one.y + one.height - 1);

      // "no support, training or processes" wraps under its end; the chips keep their size and row.
      const support = page.getByRole("radiogroup", { name: "Support for you as a lead" });
      const supportFive = (await chip(page, "Support for you as a lead", "5").boundingBox())!;
      const supportNone = (await support.locator("label").filter({ hasText: "Not rated" }).boundingBox())!;
      expect(Math.round(supportFive.width)).toBe(Math.round(five.width));
      expect(Math.abs(supportNone.y - supportFive.y)).toBeLessThanOrEqual(2);
    });
  }
});

test.describe("rating and saving from the keyboard", () => {
  test("digits set a focused rating, 0 clears it; after saving, the next missing week is offered", async ({ page }) => {
    await signUp(page);
    const week = lastWeek();
    const gap = addIsoWeeks(week, -1);
    await logWeek(page, addIsoWeeks(week, -2), { hours: { meetings: 8, execution: 8, mentoring: 8, other: 8 } });

    await page.goto(`/checkin/${week}`);
    await fillHours(page, { meetings: 10, execution: 20, mentoring: 5, other: 5 });
    await page.getByRole("radiogroup", { name: "Support for you as a lead" }).getByRole("radio", { name: "Not rated" }).focus();
    await page.keyboard.press("3");
    const support = page.getByRole("radiogroup", { name: "Support for you as a lead" });
    await expect(support.getByRole("radio", { name: /^3\b/ })).toBeChecked();
    await page.keyboard.press("0");
    await expect(support.getByRole("radio", { name: "Not rated" })).toBeChecked();
    await page.keyboard.press("5");
    await expect(support.getByRole("radio", { name: /^5\b/ })).toBeChecked();
    await page.keyboard.press("9");
    await expect(support.getByRole("radio", { name: /^5\b/ })).toBeChecked();

    await page.getByRole("button", { name: "Save week" }).click();
    const status = savedStatus(page, week);
    await expect(status).toBeFocused();
    const next = status.getByRole("link", { name: `Log ${formatWeekLabel(gap)} next` });
    await expect(next).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/checkin/${gap}$`));
  });
});

test.describe("week picker", () => {
  test("takes a date, words and an ISO week, and answers a bad entry beside the field", async ({ page }) => {
    await signUp(page);
    const picker = page.getByRole("combobox", { name: "Go to week" });

    await picker.fill("2026-11-24");
    await picker.press("Enter");
    await expect(page).toHaveURL(/\/checkin\/2026-W48$/);

    await picker.fill("last week");
    await page.getByRole("button", { name: "Go", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/checkin/${lastWeek()}$`));

    await picker.fill("2026w10");
    await picker.press("Enter");
    await expect(page).toHaveURL(/\/checkin\/2026-W10$/);

    await picker.fill("next tuesday");
    await picker.press("Enter");
    await expect(picker).toHaveAttribute("aria-invalid", "true");
    await expect(picker).toHaveAccessibleDescription(/isn’t a week we can read/);
    await expect(page).toHaveURL(/\/checkin\/2026-W10$/);

    await picker.fill(addIsoWeeks(thisWeek(), 2));
    await picker.press("Enter");
    await expect(picker).toHaveAccessibleDescription(/hasn’t happened yet/);
  });

  test("without the form's script, a typed week is read the same way and a bad one named as typed", async ({ page }) => {
    await signUp(page);
    await page.goto(`/checkin?week=${encodeURIComponent("2026-11-24")}`);
    await expect(page).toHaveURL(/\/checkin\/2026-W48$/);

    const response = await page.goto(`/checkin?week=${encodeURIComponent("next tuesday")}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Which week?" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Go to week" })).toHaveValue("next tuesday");
    await expect(page.getByRole("combobox", { name: "Go to week" })).toHaveAccessibleDescription(/isn’t a week we can read/);

    await page.goto(`/checkin/${encodeURIComponent("next tuesday")}`);
    await expect(page.getByText("“next tuesday” isn’t an ISO week.")).toBeVisible();
    await expect(page.getByText(/%20/)).toHaveCount(0);
  });

  test("the calendar reminder's link opens the week it asks about", async ({ page }) => {
    await signUp(page);
    // A Monday reminder asks about the week before the one it falls in; a Friday one about its own week.
    await page.goto("/checkin?reminder=monday");
    await expect(page).toHaveURL(new RegExp(`/checkin/${lastWeek()}$`));
    const isSunday = new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone: E2E_TIME_ZONE }).format(new Date()) === "Sunday";
    await page.goto("/checkin?reminder=sunday");
    await expect(page).toHaveURL(new RegExp(`/checkin/${isSunday ? thisWeek() : lastWeek()}$`));
  });
});
