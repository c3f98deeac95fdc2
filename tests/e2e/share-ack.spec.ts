import type { Browser, Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, hasHorizontalOverflow, SCREENSHOT_DIR, seriousA11yViolations, signUp, test } from "./fixtures";
import { withRealWeeks } from "./real-weeks";

/** The manager acknowledges a shared report and replies; the lead reads it and controls replies (issue 11). */

test.describe.configure({ timeout: 150_000 });

async function createLink(page: Page): Promise<string> {
  await page.goto("/report?preset=last-4");
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  return url;
}

/** A fresh context: no account, no cookies, as the manager opens the link from an e-mail. */
async function asManager<T>(browser: Browser, options: { phone?: boolean; colorScheme?: "light" | "dark" }, body: (page: Page) => Promise<T>): Promise<T> {
  const guest = await browser.newContext({
    colorScheme: options.colorScheme ?? "light",
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  try {
    return await body(await guest.newPage());
  } finally {
    await guest.close();
  }
}

async function shot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

test("the manager marks the report as read and replies; the lead sees it on the dashboard and the report page", async ({ page, browser }) => {
  const NAME = "Acknowledged Lead";
  await signUp(page, { displayName: NAME });
  await withRealWeeks(page, NAME);
  const url = await createLink(page);
  const links = page.getByRole("list", { name: "Your share links" });
  await expect(links).toContainText("Not marked as read yet");
  await page.goto("/dashboard");
  await expect(page.getByText(/new repl(y|ies) to your shared report/)).toHaveCount(0);

  const reply = "Thanks — the meetings load stands out. Let's drop the Thursday sync; Ольга & 李雷 can cover it.\nSee you Monday.";
  await asManager(browser, { phone: true, colorScheme: "dark" }, async (manager) => {
    await manager.goto(url);
    const section = manager.getByRole("region", { name: `Let ${NAME} know you read it` });
    await expect(section.getByRole("button", { name: "Mark as read" })).toBeVisible();
    await section.getByRole("button", { name: "Mark as read" }).click();
    await expect(section.getByRole("status")).toHaveText(`Thank you: ${NAME} can see that you read it.`);
    await expect(section).toContainText(/Marked as read on \d{1,2} \w+ \d{4}\./);
    await expect(section.getByRole("button", { name: "Mark as read" })).toHaveCount(0);

    // Too long: refused beside the field, the text kept, nothing sent.
    const field = section.getByLabel(`Reply to ${NAME} (optional)`);
    await field.fill("x".repeat(1001));
    await section.getByRole("button", { name: "Send reply" }).click();
    await expect(section.getByText("A reply is at most 1,000 characters; this one has 1,001.")).toBeVisible();
    await expect(field).toHaveValue("x".repeat(1001));
    await expect(field).toHaveAttribute("aria-invalid", "true");
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await section.screenshot({ path: join(SCREENSHOT_DIR, "share-ack-refused-phone-dark.png") });

    await field.fill(reply);
    await section.getByRole("button", { name: "Send reply" }).click();
    await expect(section.getByRole("status")).toHaveText(`Your reply was sent to ${NAME}. Only they can see it.`);
    await expect(field).toHaveValue("");
    // The page never shows what was replied (whoever has the link could read it).
    await expect(manager.locator("body")).not.toContainText("Thursday sync");
    expect(await hasHorizontalOverflow(manager), "the share page with the reply form fits 390 px").toBe(false);
    expect(await seriousA11yViolations(manager), "share page, phone, dark, after replying").toEqual([]);
    await shot(manager, "share-ack-phone-dark");
    await section.screenshot({ path: join(SCREENSHOT_DIR, "share-ack-sent-phone-dark.png") });
    // A reload asks for nothing again and sends nothing again (303 after the post).
    await manager.reload();
    await expect(section.getByRole("status")).toHaveText(`Your reply was sent to ${NAME}. Only they can see it.`);
  });

  await page.goto("/dashboard");
  const notice = page.getByRole("note").filter({ hasText: "1 new reply to your shared report." });
  await expect(notice).toBeVisible();
  await notice.getByRole("link", { name: "Read it on your report page" }).click();
  await expect(page).toHaveURL(/\/report#replies$/);
  const replies = page.getByRole("region", { name: /Replies to your links/ });
  await expect(replies.getByRole("heading")).toHaveText("Replies to your links (1 new)");
  await expect(replies.getByRole("listitem")).toHaveCount(1);
  await expect(replies.getByRole("listitem")).toContainText("Let's drop the Thursday sync; Ольга & 李雷 can cover it.");
  await expect(replies.getByRole("listitem")).toContainText("new");
  await expect(page.getByRole("list", { name: "Your share links" })).toContainText(/Read on \d{1,2} \w+ \d{4}/);
  await expect(page.getByRole("list", { name: "Your share links" })).toContainText("1 reply · replies on");
  await replies.screenshot({ path: join(SCREENSHOT_DIR, "report-replies.png") });
  await replies.getByRole("button", { name: "Mark the new reply as seen" }).click();
  await expect(replies.getByRole("heading")).toHaveText("Replies to your links");
  await expect(replies.getByRole("button", { name: /as seen/ })).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByText(/new repl(y|ies) to your shared report/)).toHaveCount(0);
});

test("with replies turned off the form is gone and a forged reply is refused; Mark as read still works", async ({ page, browser }) => {
  const NAME = "Quiet Lead";
  await signUp(page, { displayName: NAME });
  await withRealWeeks(page, NAME);
  const url = await createLink(page);
  const links = page.getByRole("list", { name: "Your share links" });
  await links.getByRole("button", { name: /^Turn replies off for the link/ }).click();
  await expect(links).toContainText("replies off");
  await expect(links.getByRole("button", { name: /^Turn replies on for the link/ })).toBeVisible();

  await asManager(browser, {}, async (manager) => {
    await manager.goto(url);
    const section = manager.getByRole("region", { name: `Let ${NAME} know you read it` });
    await expect(section).toContainText(`${NAME} has turned replies off for this link.`);
    await expect(section.getByRole("textbox")).toHaveCount(0);
    await expect(section.getByRole("button", { name: "Send reply" })).toHaveCount(0);
    expect(await seriousA11yViolations(manager), "share page with replies off").toEqual([]);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await section.screenshot({ path: join(SCREENSHOT_DIR, "share-ack-replies-off-light.png") });

    // A post made by hand, as a script would: refused, nothing stored.
    const forged = await manager.request.post(url, { form: { intent: "reply", reply: "forged reply" }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain("Replies are turned off for this link; your reply was not sent.");
    const extra = await manager.request.post(url, { form: { intent: "read", userId: "someone" }, maxRedirects: 0 });
    expect(extra.status()).toBe(422);

    await section.getByRole("button", { name: "Mark as read" }).click();
    await expect(section.getByRole("status")).toHaveText(`Thank you: ${NAME} can see that you read it.`);
  });

  await page.reload();
  await expect(links).toContainText(/Read on \d{1,2} \w+ \d{4} · no replies · replies off/);
  await expect(page.getByRole("region", { name: /Replies to your links/ })).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("forged reply");
});
