import type { Browser } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, hasHorizontalOverflow, SCREENSHOT_DIR, screenshot, seriousA11yViolations, signUp, test } from "./fixtures";
import { withRealWeeks } from "./real-weeks";
import { answerExperiment, downloadBackup, restoreBackup } from "./reflect-page";
import { addIsoWeeks, lastWeek, thisWeek } from "./weeks";

/** An experiment from a next step to the manager's share page; nothing private goes along unless ticked (issue 15). */

const NAME = "Trying Lead";
const REFLECTION = "Private reflection: I miss building things with my own hands.";

/** The share link as the manager sees it: a fresh context without an account. */
async function openAsManager(browser: Browser, url: string, shot: string) {
  const results: string[] = [];
  for (const [phone, colorScheme] of [[false, "light"], [true, "dark"]] as const) {
    const guest = await browser.newContext({ colorScheme, ...(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) });
    try {
      const page = await guest.newPage();
      expect((await page.goto(url))?.status()).toBe(200);
      if (phone) expect(await hasHorizontalOverflow(page), "the share page fits 390 px").toBe(false);
      expect(await seriousA11yViolations(page)).toEqual([]);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const section = page.getByRole("region", { name: "Experiments and quarterly review" });
      await section.screenshot({ path: join(SCREENSHOT_DIR, `${shot}${phone ? "-phone" : ""}-${colorScheme}.png`) });
      results.push((await page.locator("body").textContent()) ?? "");
    } finally {
      await guest.close();
    }
  }
  return results;
}

test("an experiment from a next step, answered in two check-ins, on the dashboard and its result card, then included in the report and on the share page", async ({ page, browser }) => {
  test.slow();
  await signUp(page, { displayName: NAME });
  const weeks = await withRealWeeks(page, NAME, 16);
  const week = thisWeek();
  const last = lastWeek();

  // A raised sign's next step becomes an experiment.
  await page.goto("/dashboard");
  const step = page.locator("[data-step]").first();
  const stepTitle = (await step.locator("p").first().textContent())!.trim();
  await step.getByRole("link", { name: "Try it as an experiment" }).click();
  await expect(page.getByLabel("What will you try?")).toHaveValue(stepTitle);
  await page.getByLabel("For how many weeks?").selectOption("3");
  await page.getByRole("button", { name: "Start the experiment" }).click();
  await expect(page.getByRole("status")).toContainText("Experiment started");

  // First check-in: this week.
  await answerExperiment(page, week, stepTitle, "Yes");
  // The page never backdates a start, so a week passes through the backup: the same experiment,
  // begun last week (its answer kept), plus an older monthly check so the wellbeing chart has two points.
  const backup = await downloadBackup(page);
  const [started] = backup.experiments!;
  expect(started).toMatchObject({ title: stepTitle, startWeek: week, answers: [{ week, answer: "yes" }] });
  await restoreBackup(page, {
    ...backup,
    experiments: [{ ...started, startWeek: last }],
    wellbeingChecks: [{ week: addIsoWeeks(week, -4), who5: [3, 3, 4, 3, 3], burnout: 2 }],
  });
  // Second check-in: last week.
  await answerExperiment(page, last, stepTitle, "Partly");

  // The dashboard marks its weeks; the result card counts both answers and is honest about two weeks.
  await page.goto("/dashboard");
  await expect(page.locator("[data-experiment-mark]").filter({ hasText: stepTitle }).first()).toBeVisible();
  await page.goto("/reflect/experiments");
  const card = page.locator("[data-experiment]").filter({ hasText: stepTitle });
  await expect(card.locator("[data-result]")).toContainText("1 yes, 1 partly");
  await expect(card.locator("[data-result]")).toContainText(/too few weeks to be sure/);

  // This month's wellbeing check; the chart on phone and in dark mode.
  await page.goto("/reflect/wellbeing");
  for (const select of await page.locator("select[name^=who5_]").all()) await select.selectOption({ label: "More than half of the time" });
  await page.getByLabel(/^2\. Occasionally I am under stress/).check();
  await page.getByRole("button", { name: "Save my check" }).click();
  await expect(page.getByRole("table", { name: "Wellbeing checks by week" })).toContainText("60");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator("[data-wellbeing-chart] svg").first()).toBeVisible();
  expect(await hasHorizontalOverflow(page)).toBe(false);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.locator("[data-wellbeing-chart]").screenshot({ path: join(SCREENSHOT_DIR, `wellbeing-chart-phone-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 800 });

  // A quarterly review with a leaning and a private reflection.
  await page.goto("/reflect/review");
  await page.getByLabel(/Reshape the role/).check();
  await page.getByLabel("Your reflection (private)").fill(REFLECTION);
  await page.getByRole("button", { name: "Save my review" }).click();
  await expect(page.getByRole("status")).toContainText("Review saved");

  // The report leaves all of it out until the lead ticks it.
  await page.goto(`/report?from=${weeks.at(-6)}&to=${week}`);
  const report = page.getByRole("article");
  await expect(report.getByRole("heading", { name: "Energy and ratings" })).toBeVisible();
  await expect(report).not.toContainText(stepTitle);
  await expect(report).not.toContainText("Quarterly review");
  const openEditor = () => page.getByText("Choose the points, reword them, add a message or your experiments").click();
  await openEditor();
  const also = page.getByRole("group", { name: /Also include/ });
  await expect(also.getByRole("checkbox", { name: /written reflection/ })).toBeDisabled();
  await also.getByRole("checkbox", { name: "My experiments" }).check();
  await also.getByRole("checkbox", { name: "My quarterly review" }).check();
  await expect(also.getByRole("checkbox", { name: /written reflection/ })).toBeEnabled();
  await page.getByRole("button", { name: "Save report choices" }).click();
  await expect(page.getByText("Saved. The report, its downloads and new share links use these choices.")).toBeVisible();

  const section = report.getByRole("region", { name: "Experiments and quarterly review" });
  await expect(section).toContainText(stepTitle);
  await expect(section).toContainText(`${NAME} did it in 1 week, partly in 1 and not in 0.`);
  await expect(section).toContainText("Reshape the role");
  await expect(section).not.toContainText(REFLECTION);
  await expect(section).not.toContainText(/\byour\b/i);
  await expect(section).not.toContainText(/wellbeing|WHO-5|burnout/i);
  // The choice is saved, not only in the form.
  await page.reload();
  await openEditor();
  await expect(also.getByRole("checkbox", { name: "My experiments" })).toBeChecked();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await hasHorizontalOverflow(page)).toBe(false);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await section.screenshot({ path: join(SCREENSHOT_DIR, `report-experiments-review-phone-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Shared: the link carries the choice; the reflection stays private.
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();
  // The ready-to-send message says what of the leader's own goes with the link.
  await expect(page.getByLabel("Ready-to-send message")).toHaveValue(/; it includes my experiments and quarterly review\./);
  for (const text of await openAsManager(browser, url, "share-experiments-review")) {
    expect(text).toContain(stepTitle);
    expect(text).toContain("Quarterly review");
    expect(text).toContain("Reshape the role");
    expect(text).not.toContain(REFLECTION);
    expect(text).not.toMatch(/WHO-5|burnout/i);
  }

  // Unticked again: gone from the report; the link already sent keeps its own copy of the choice.
  await also.getByRole("checkbox", { name: "My experiments" }).uncheck();
  await also.getByRole("checkbox", { name: "My quarterly review" }).uncheck();
  await page.getByRole("button", { name: "Save report choices" }).click();
  await expect(report.getByRole("region", { name: "Experiments and quarterly review" })).toHaveCount(0);
  await expect(report).not.toContainText(stepTitle);
  await screenshot(page, "report-after-untick");
});
