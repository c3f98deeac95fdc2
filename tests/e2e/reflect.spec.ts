import { logWeek } from "./checkin-page";
import { expect, hasHorizontalOverflow, loadDemoHistory, screenshot, signUp, test } from "./fixtures";
import { answerExperiment, downloadBackup, restoreBackup } from "./reflect-page";
import { lastWeek, thisWeek } from "./weeks";

test.describe("act and reflect (issue 15)", () => {
  test("start an experiment from a next step, answer it at the check-in, see its result, keep it; monthly check; quarterly review", async ({ page }) => {
    test.slow();
    await signUp(page);
    await loadDemoHistory(page);

    // From a next step on the dashboard to a prefilled experiment.
    await page.goto("/dashboard");
    const step = page.locator("[data-step]").first();
    const stepTitle = (await step.locator("p").first().textContent())!.trim();
    await step.getByRole("link", { name: "Try it as an experiment" }).click();
    await expect(page).toHaveURL(/\/reflect\/experiments\?step=/);
    await expect(page.getByLabel("What will you try?")).toHaveValue(stepTitle);
    await page.getByLabel("For how many weeks?").selectOption("3");
    await page.getByRole("button", { name: "Start the experiment" }).click();
    await expect(page.getByRole("status")).toContainText("Experiment started");
    await expect(page.locator("[data-experiment]")).toHaveCount(1);

    // A second, blank one; a third is refused by the page (one or two at a time).
    await page.getByLabel("What will you try?").fill("Decline one status meeting a week");
    await page.getByLabel("The measure it should move").selectOption("lowValueMeetingHoursAtMost");
    await page.getByLabel("Target").fill("2");
    await page.getByRole("button", { name: "Start the experiment" }).click();
    await expect(page.locator("[data-experiment]")).toHaveCount(2);
    await expect(page.getByText(/Two experiments are running/)).toBeVisible();

    // The check-in asks the one question.
    const week = thisWeek();
    await page.goto(`/checkin/${week}`);
    const question = page.locator("[data-experiment-question]").filter({ hasText: stepTitle });
    await expect(question.getByRole("group", { name: "Did you do it this week?" })).toBeVisible();
    await question.getByLabel("Partly").check();
    await question.getByRole("button", { name: "Save answer" }).click();
    await expect(page.locator("[data-experiment-question]").filter({ hasText: stepTitle })).toContainText("Saved: Partly");
    await expect(page.getByRole("link", { name: "Take the check" })).toBeVisible();
    // The week itself is saved with the check-in form as usual; the dashboard then marks the experiment's weeks.
    await logWeek(page, week, { hours: { meetings: 10, execution: 14, mentoring: 6, other: 4 } });
    await expect(page.locator("[data-experiment-question]").filter({ hasText: stepTitle })).toContainText("Saved: Partly");
    await page.goto("/dashboard");
    // Marked on all three charts: the time split, the energies and the ratings.
    await expect(page.locator("[data-experiment-mark]").filter({ hasText: stepTitle })).toHaveCount(3);
    await expect(page.locator("[data-experiment-mark]").filter({ hasText: stepTitle }).first()).toBeVisible();

    // The result card with honest uncertainty, then keep it; it stays listed.
    await page.goto("/reflect/experiments");
    const card = page.locator("[data-experiment]").filter({ hasText: stepTitle });
    await expect(card.locator("[data-result]")).toContainText(/too few|Not enough|weeks/i);
    await expect(card.locator("[data-result]")).toContainText("1 partly");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "reflect-experiments-phone");
    await page.setViewportSize({ width: 1280, height: 900 });
    await card.getByRole("button", { name: "Keep it" }).click();
    await expect(page.getByRole("status")).toContainText("Kept");
    const past = page.getByRole("region", { name: "Past experiments" });
    await expect(past).toContainText(stepTitle);
    await expect(past).toContainText("Kept");

    // The monthly wellbeing check, and its calm private message on very low answers.
    await page.goto("/checkin");
    await page.getByRole("link", { name: "Take the check" }).click();
    await expect(page).toHaveURL(/\/reflect\/wellbeing/);
    for (const select of await page.locator("select[name^=who5_]").all()) await select.selectOption({ label: "Some of the time" });
    await page.getByLabel(/^4\. The symptoms of burnout/).check();
    await page.getByRole("button", { name: "Save my check" }).click();
    const message = page.getByRole("region", { name: "This looks like a hard stretch" });
    await expect(message).toContainText("doctor");
    await expect(message).toContainText("Only you see this");
    await expect(page.getByRole("table", { name: "Wellbeing checks by week" })).toContainText("20");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "reflect-wellbeing-phone");
    await page.setViewportSize({ width: 1280, height: 900 });

    // What energizes you, and the quarterly review.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reflect" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "What energizes you" })).toBeVisible();
    await page.getByRole("navigation", { name: "Reflect" }).getByRole("link", { name: "Quarterly review" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Is this right for me, right now?" })).toBeVisible();
    await expect(page.getByRole("region", { name: "What you tried" })).toContainText(stepTitle);
    await page.getByLabel(/Step back for now/).check();
    await page.getByLabel("Your reflection (private)").fill("More hands-on time next quarter.\nTalk to my manager.");
    await page.getByRole("button", { name: "Save my review" }).click();
    await expect(page.getByRole("status")).toContainText("Review saved");
    await expect(page.getByLabel("Your reflection (private)")).toHaveValue("More hands-on time next quarter.\nTalk to my manager.");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "reflect-review-phone");
  });

  test("an experiment answered in two check-ins round-trips through the backup; a refused target is named beside its field; phone and dark", async ({ page }) => {
    test.slow();
    await signUp(page);
    const last = lastWeek();
    const week = thisWeek();
    await logWeek(page, last, { hours: { meetings: 12, execution: 14, mentoring: 6, other: 4 } });
    // Experiments cannot start in the past from the page, so one that began last week comes from a backup (as a restore would bring it).
    const title = "Two half-days of hands-on work";
    const backup = await downloadBackup(page);
    const experiment = {
      id: "hands-on-halves",
      title,
      stepId: null,
      measure: { kind: "executionShareAtLeast", target: 30 },
      startWeek: last,
      weeks: 3,
      answers: [],
      outcome: null,
      endedWeek: null,
      adjusts: null,
      note: null,
    };
    // The preview names what the restore does to the lists the file holds.
    await restoreBackup(page, { ...backup, experiments: [experiment] }, { previewSays: "It adds 1 experiment from the file." });

    await answerExperiment(page, last, title, "Yes");
    await answerExperiment(page, week, title, "Partly");
    await page.goto("/reflect/experiments");
    const card = page.locator("[data-experiment]").filter({ hasText: title });
    await expect(card.locator("[data-result]")).toContainText("1 yes, 1 partly");
    await expect(card.locator("[data-result]")).toContainText(/too few weeks to be sure/);

    // The backup holds it with both answers, exactly.
    const again = await downloadBackup(page);
    expect(again.experiments).toEqual([{ ...experiment, answers: [{ week: last, answer: "yes" }, { week, answer: "partly" }] }]);

    // A target out of range: the message sits beside the field and what was typed stays.
    await page.goto("/reflect/experiments");
    await page.getByLabel("What will you try?").fill("Mentor every day");
    await page.getByLabel("The measure it should move").selectOption("mentoringShareAtLeast");
    await page.getByLabel("Target").fill("250");
    await page.getByRole("button", { name: "Start the experiment" }).click();
    await expect(page.locator("#experiment-target-error")).toBeVisible();
    await expect(page.getByLabel("Target")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("What will you try?")).toHaveValue("Mentor every day");
    await expect(page.getByLabel("Target")).toHaveValue("250");
    await expect(page.locator("[data-experiment]")).toHaveCount(1);

    // The dashboard marks the experiment's weeks, and its table says so.
    await page.goto("/dashboard");
    await expect(page.locator("[data-experiment-mark]").filter({ hasText: title }).first()).toBeVisible();
    const split = page.getByRole("region", { name: "Time split per week" });
    await split.getByText("Show the numbers as a table").click();
    await expect(split.getByRole("table")).toContainText(title);

    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, name] of [
      ["/reflect/experiments", "reflect-experiments-phone-dark"],
      ["/reflect", "reflect-insights-phone-dark"],
      ["/reflect/wellbeing", "reflect-wellbeing-phone-dark"],
      ["/reflect/review", "reflect-review-phone-dark"],
      ["/dashboard", "dashboard-experiment-phone-dark"],
      [`/checkin/${week}`, "checkin-experiment-phone-dark"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${(e.getAttribute("class") ?? "").slice(0, 60)}`),
      );
      expect(await hasHorizontalOverflow(page), `${path}: ${wide.join(" | ")}`).toBe(false);
      await screenshot(page, name);
    }
    await page.emulateMedia({ colorScheme: "light" });
  });
});
