import type { Browser, Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, hasHorizontalOverflow, SCREENSHOT_DIR, screenshot, seriousA11yViolations, signUp, test } from "./fixtures";
import { joylessWeeks, restoreBackup, withRealWeeks } from "./real-weeks";
import { pastWeeks } from "./weeks";

/** The lead curates what the manager reads, shares it, and keeps control of the link (issue 11). */

test.describe.configure({ timeout: 150_000 });

const NAME = "Curating Lead";

/** The curation form sits behind a disclosure and is built when opened. */
const openEditor = (page: Page) => page.getByText("Choose the points, reword them, add a message or your experiments").click();
const pointsRegion = (page: Page) => page.getByRole("region", { name: /would like to discuss|Suggested talking points/ });

/** Opens the link in a fresh context (no account, no cookies), as the manager would; returns the status. */
async function openAsManager(browser: Browser, url: string, options: { phone?: boolean; colorScheme?: "light" | "dark"; shot?: string } = {}) {
  const guest = await browser.newContext({
    colorScheme: options.colorScheme ?? "light",
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  try {
    const page = await guest.newPage();
    const response = await page.goto(url);
    const status = response?.status() ?? 0;
    const text = (await page.locator("body").textContent()) ?? "";
    if (status === 200) {
      if (options.phone) expect(await hasHorizontalOverflow(page), "the share page fits 390 px").toBe(false);
      expect(await seriousA11yViolations(page), `share page ${options.colorScheme ?? "light"}${options.phone ? " phone" : ""}`).toEqual([]);
    }
    if (options.shot) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${options.shot}.png`), fullPage: true });
    }
    return { status, text };
  } finally {
    await guest.close();
  }
}

test("the lead picks the talking points (role fit only when ticked), shares for 7 days, and the manager reads it on desktop and phone, light and dark", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page, { displayName: NAME });
  await restoreBackup(page, NAME, joylessWeeks(pastWeeks(16)));
  await page.goto("/report?preset=last-4");

  // Suggested, never ticked: the role-fit point stays out of what the manager reads.
  await expect(page.getByRole("group", { name: /Suggestions from your weeks/ })).toHaveCount(0);
  await openEditor(page);
  const suggestions = page.getByRole("group", { name: /Suggestions from your weeks/ });
  const roleFit = suggestions.getByRole("checkbox", { name: /How the role fits/ });
  await expect(roleFit).not.toBeChecked();
  await expect(suggestions.getByText("Only you decide whether to raise this")).toBeVisible();
  await expect(pointsRegion(page)).not.toContainText("How the role fits");
  const ticked = suggestions.getByRole("checkbox", { checked: true });
  const firstTitle = ((await ticked.first().locator("xpath=..").textContent()) ?? "").trim();
  expect(await ticked.count()).toBeGreaterThanOrEqual(2);

  // Untick the first suggestion, reword the second, add a point and a message, save.
  await ticked.first().uncheck();
  const second = suggestions.getByRole("checkbox", { checked: true }).first();
  const secondId = await second.getAttribute("value");
  await page.locator(`#edit-${secondId}`).fill("Agree on one growth goal for next quarter, in my words.");
  await page.getByLabel("Your own point 1").fill("Can we move the Thursday status sync to a written update?");
  await page.getByLabel("A short message to your manager (optional)").fill("Thanks for reading this before our 1:1 — Ольга, 李雷.");
  await expect(page.getByText("51 / 1000 characters")).toBeVisible();
  await page.getByRole("button", { name: "Save report choices" }).click();
  await expect(page.getByText("Saved. The report, its downloads and new share links use these choices.")).toBeVisible();

  const points = page.getByRole("region", { name: `Points ${NAME} would like to discuss` });
  await expect(points).toContainText("in my words.");
  await expect(points).toContainText("Thursday status sync");
  await expect(points).not.toContainText(firstTitle);
  await expect(points).not.toContainText("How the role fits");
  await expect(page.getByRole("region", { name: `A note from ${NAME}` })).toContainText("Thanks for reading this");
  // The choice survives a reload (saved, not only in the form).
  await page.reload();
  await openEditor(page);
  await expect(page.getByLabel("Your own point 1")).toHaveValue("Can we move the Thursday status sync to a written update?");
  await expect(roleFit).not.toBeChecked();

  // A 7-day link: the choice is kept, the message is ready to copy.
  await page.getByLabel("Expires after").selectOption("7");
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByLabel("Expires after")).toHaveValue("7");
  await page.getByRole("button", { name: "Copy message" }).click();
  await expect(page.getByText("Copied", { exact: true })).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain(url);
  expect(clipboard).toMatch(/The link works until \d{1,2} \w+ \d{4}\./);

  // The manager: no account, desktop and phone, light and dark.
  for (const [phone, colorScheme] of [[false, "light"], [false, "dark"], [true, "light"], [true, "dark"]] as const) {
    const seen = await openAsManager(browser, url, { phone, colorScheme, shot: `share-page${phone ? "-phone" : ""}${colorScheme === "dark" ? "-dark" : ""}` });
    expect(seen.status).toBe(200);
    expect(seen.text).toContain(`Shared by ${NAME} · read-only, self-reported in Pendulum · the link works until`);
    expect(seen.text).toContain("Thursday status sync");
    expect(seen.text).toContain("Thanks for reading this before our 1:1");
    expect(seen.text).not.toContain("How the role fits");
  }

  // Changing the choice later does not change the link already sent.
  await roleFit.check();
  await page.getByRole("button", { name: "Save report choices" }).click();
  await expect(page.getByRole("region", { name: `Points ${NAME} would like to discuss` })).toContainText("How the role fits");
  expect((await openAsManager(browser, url)).text).not.toContain("How the role fits");
});

test("revoke asks first, can be undone, and a revoked link answers 404", async ({ page, browser }) => {
  await signUp(page, { displayName: "Revoking Lead" });
  await withRealWeeks(page, "Revoking Lead");
  await page.goto("/report?preset=last-4");
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();
  const links = page.getByRole("list", { name: "Your share links" });
  await expect(links.getByText("active", { exact: true })).toBeVisible();

  // First press only asks; Cancel leaves the link working.
  await links.getByRole("button", { name: /^Revoke the link/ }).click();
  await expect(links.getByText("Revoke? Whoever has it can no longer open the report.")).toBeVisible();
  await links.getByRole("button", { name: "Cancel" }).click();
  expect((await openAsManager(browser, url)).status).toBe(200);

  await links.getByRole("button", { name: /^Revoke the link/ }).click();
  await links.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(links.getByText("revoked", { exact: true })).toBeVisible();
  expect((await openAsManager(browser, url)).status).toBe(404);

  await links.getByRole("button", { name: /^Undo revoking the link/ }).click();
  await expect(links.getByText("active", { exact: true })).toBeVisible();
  expect((await openAsManager(browser, url)).status).toBe(200);

  await links.getByRole("button", { name: /^Revoke the link/ }).click();
  await links.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(links.getByText("revoked", { exact: true })).toBeVisible();
  const gone = await openAsManager(browser, url);
  expect(gone.status).toBe(404);
  expect(gone.text).toContain("Link not found");
});

test("/report with the talking points and share links fits a 390 px phone, light and dark @phone", async ({ page }) => {
  await signUp(page, { displayName: "Phone Sharer" });
  await withRealWeeks(page, "Phone Sharer");
  await page.goto("/report?preset=last-4");
  for (let i = 0; i < 2; i++) {
    await page.getByRole("button", { name: "Create link" }).click();
    await expect(page.getByLabel("Share link", { exact: true })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole("list", { name: "Your share links" }).getByRole("listitem")).toHaveCount(2);
  expect(await hasHorizontalOverflow(page)).toBe(false);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  expect(await hasHorizontalOverflow(page)).toBe(false);
  expect(await seriousA11yViolations(page, { colours: true }), "dark mode").toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
  await screenshot(page, "report-phone-links");
});
