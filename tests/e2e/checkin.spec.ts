import { energyGroup, fillHours, historyEditLink, historyEntry, hoursField, logWeek, savedStatus, saveWeek } from "./checkin-page";
import { expect, hasHorizontalOverflow, screenshot, signUp, test } from "./fixtures";
import { addIsoWeeks, formatWeekLabel, lastWeek, thisWeek } from "./weeks";

test.describe("weekly check-in", () => {
  test("logs last week with the live total, then finds it in history", async ({ page }) => {
    await signUp(page);
    const week = lastWeek();
    await expect(page).toHaveURL(new RegExp(`/checkin/${week}$`));
    await fillHours(page, { meetings: "12", execution: "18", mentoring: "6", other: "4" });
    await expect(page.getByText(/^Total\s*40 h/)).toBeVisible();
    await screenshot(page, "checkin-filled");
    await saveWeek(page, week);

    await page.getByRole("link", { name: "History", exact: true }).click();
    await expect(page).toHaveURL(/\/history/);
    await expect(page.getByText(/^1 week logged/)).toBeVisible();
    await expect(historyEntry(page, week)).toContainText("40 h");
    await screenshot(page, "history");
  });

  test("saving the same week again updates it", async ({ page }) => {
    await signUp(page);
    const week = lastWeek();
    await fillHours(page, { meetings: "10", execution: "10", mentoring: "5", other: "5" });
    await saveWeek(page, week);

    await page.reload();
    await expect(hoursField(page, "meetings")).toHaveValue("10");
    await hoursField(page, "meetings").fill("14.25");
    await saveWeek(page, week);
    await page.reload();
    await expect(hoursField(page, "meetings")).toHaveValue("14.25");
  });

  test("a week opened from history can be edited there and back", async ({ page }) => {
    await signUp(page);
    const week = addIsoWeeks(lastWeek(), -2);
    await logWeek(page, week, { hours: { meetings: 10, execution: 20, mentoring: 6, other: 4 } });

    await page.goto("/history");
    await expect(historyEntry(page, week)).toContainText("40 h");
    await historyEditLink(page, week).click();
    await expect(page).toHaveURL(new RegExp(`/checkin/${week}$`));
    await expect(page.getByText("Editing your saved week. Saving again replaces it.")).toBeVisible();
    await expect(hoursField(page, "execution")).toHaveValue("20");

    await hoursField(page, "execution").fill("27.5");
    await saveWeek(page, week);
    await page.getByRole("link", { name: "See your history" }).click();
    await expect(page).toHaveURL(/\/history/);
    await expect(historyEntry(page, week)).toContainText("47.5 h");
    await expect(page.getByText(/^1 week logged/)).toBeVisible();
  });

  test("“Same as last week” copies the previous week's hours and ratings; “Hours only” just the hours", async ({ page }) => {
    await signUp(page);
    const previous = addIsoWeeks(lastWeek(), -1);
    await logWeek(page, previous, { hours: { meetings: 11.5, execution: 12, mentoring: 13.25, other: 4 }, energy: { meetings: 2, execution: 5 } });

    await page.goto(`/checkin/${lastWeek()}`);
    await expect(hoursField(page, "meetings")).toHaveValue("");
    await page.getByRole("button", { name: "Same as last week" }).click();
    await expect(page.getByText(`Hours and ratings copied from ${formatWeekLabel(previous)}.`)).toBeVisible();
    await expect(hoursField(page, "meetings")).toHaveValue("11.5");
    await expect(hoursField(page, "execution")).toHaveValue("12");
    await expect(hoursField(page, "mentoring")).toHaveValue("13.25");
    await expect(hoursField(page, "other")).toHaveValue("4");
    await expect(page.getByText(/^Total\s*40.75 h/)).toBeVisible();
    await expect(energyGroup(page, "meetings").getByRole("radio", { name: /^2\b/ })).toBeChecked();
    await expect(energyGroup(page, "execution").getByRole("radio", { name: /^5\b/ })).toBeChecked();

    await page.getByRole("button", { name: "Undo" }).click();
    await expect(hoursField(page, "meetings")).toHaveValue("");
    await expect(energyGroup(page, "meetings").getByRole("radio", { name: "Not rated" })).toBeChecked();
    await page.getByRole("button", { name: /Copy only the hours/ }).click();
    await expect(page.getByText(`Hours copied from ${formatWeekLabel(previous)}.`)).toBeVisible();
    await expect(hoursField(page, "meetings")).toHaveValue("11.5");
    await expect(energyGroup(page, "meetings").getByRole("radio", { name: "Not rated" })).toBeChecked();
  });

  test("a week can be deleted after a confirmation", async ({ page }) => {
    await signUp(page);
    const week = lastWeek();
    await logWeek(page, week, { hours: { meetings: 8, execution: 8, mentoring: 8, other: 8 } });
    await page.reload();

    await page.getByRole("button", { name: "Delete this week…" }).click();
    const confirm = page.getByRole("button", { name: `Yes, delete ${formatWeekLabel(week)}` });
    await expect(confirm).toBeFocused();
    await confirm.click();
    await expect(page.getByRole("status").filter({ hasText: `${formatWeekLabel(week)} was deleted.` })).toBeVisible();
    await expect(hoursField(page, "meetings")).toHaveValue("");

    await page.goto("/history");
    await expect(page.getByText("Nothing logged yet")).toBeVisible();
  });

  test("a week can be logged with the keyboard alone", async ({ page }) => {
    await signUp(page);
    const week = lastWeek();
    await page.goto(`/checkin/${week}`);

    const meetings = hoursField(page, "meetings");
    for (let i = 0; i < 40 && !(await meetings.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(meetings).toBeFocused();
    // Enter moves from field to field (it never saves a half-typed week).
    for (const value of ["15", "12.5", "7", "3"]) {
      await page.keyboard.type(value);
      await page.keyboard.press("Enter");
    }
    await expect(page.getByLabel("Of the meeting hours, how many felt low-value?")).toBeFocused();
    await page.keyboard.type("4");
    // Enter again lands in the first rating, on "Not rated"; a digit picks that score.
    await page.keyboard.press("Enter");
    await expect(energyGroup(page, "meetings").getByRole("radio", { name: "Not rated" })).toBeFocused();
    await page.keyboard.press("4");
    await expect(energyGroup(page, "meetings").getByRole("radio", { name: /^4\b/ })).toBeChecked();
    await expect(energyGroup(page, "meetings").getByRole("radio", { name: /^4\b/ })).toBeFocused();
    // Arrow keys still work as in any radio group.
    await page.keyboard.press("ArrowRight");
    await expect(energyGroup(page, "meetings").getByRole("radio", { name: /^5\b/ })).toBeChecked();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Control+Enter");
    await expect(savedStatus(page, week)).toBeVisible();
    // The confirmation takes focus; Tab reaches its next action.
    await expect(savedStatus(page, week)).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(savedStatus(page, week).getByRole("link").first()).toBeFocused();

    await page.reload();
    await expect(hoursField(page, "execution")).toHaveValue("12.5");
    await expect(page.getByLabel("Of the meeting hours, how many felt low-value?")).toHaveValue("4");
    await expect(energyGroup(page, "meetings").getByRole("radio", { name: /^4\b/ })).toBeChecked();
    await expect(page.getByText(/^Total\s*37.5 h/)).toBeVisible();
  });

  test("a week after the current one is refused with a clear message", async ({ page }) => {
    await signUp(page);
    const next = addIsoWeeks(thisWeek(), 1);
    await page.goto(`/checkin/${next}`);
    await expect(page.getByRole("heading", { name: `${formatWeekLabel(next)} hasn’t happened yet` })).toBeVisible();
    await expect(page.getByText(/but not a later one/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Save week" })).toHaveCount(0);
    await expect(hoursField(page, "meetings")).toHaveCount(0);

    await page.getByRole("link", { name: "Go to this week" }).click();
    await expect(page).toHaveURL(new RegExp(`/checkin/${thisWeek()}$`));
    await expect(page.getByText(/this week, still running/)).toBeVisible();
  });

  test("bad hours show an error beside the field and save nothing", async ({ page }) => {
    await signUp(page);
    await fillHours(page, { meetings: "-1", execution: "101", mentoring: "6", other: "4" });
    await page.getByRole("button", { name: "Save week" }).click();
    await expect(hoursField(page, "meetings")).toHaveAttribute("aria-invalid", "true");
    await expect(hoursField(page, "meetings")).toHaveAccessibleDescription(/negative/i);
    await expect(hoursField(page, "execution")).toHaveAccessibleDescription(/at most 100/i);
    await screenshot(page, "checkin-field-errors");

    await page.goto("/history");
    await expect(page.getByText("Nothing logged yet")).toBeVisible();
  });

  test("a week can be logged on a 390 px phone", { tag: "@phone" }, async ({ page }) => {
    await signUp(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await fillHours(page, { meetings: "20", execution: "10", mentoring: "5", other: "5" });
    await screenshot(page, "phone-checkin");
    await saveWeek(page, lastWeek());
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });
});
