import Database from "better-sqlite3";
import type { Browser } from "@playwright/test";
import { expect, screenshot, signUp, test } from "./fixtures";
import { startPrivateServer, type PrivateServer } from "./private-server";
import { withRealWeeks } from "./real-weeks";

/*
 * Revoked and expired share links collapse into "Past links" and can be cleared. A link only expires
 * after days and a revoke stays undoable for a minute, so this spec runs its own server on its own
 * database and moves those two moments into the past there, as time would; the shared server and the
 * other specs never see it. Everything else is done through the page, as a leader would.
 */
let server: PrivateServer;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  server = await startPrivateServer();
});

test.afterAll(async () => {
  await server?.stop();
});

/** Runs `sql` on the private server's database (the server sees it on its next query): rows changed. */
function age(sql: string, ...params: unknown[]): number {
  const db = new Database(server.dbFile);
  try {
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}

function countLinks(where: string, ...params: unknown[]): number {
  const db = new Database(server.dbFile, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM share_links WHERE ${where}`).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

async function status(browser: Browser, url: string): Promise<number | undefined> {
  const manager = await browser.newContext();
  try {
    return (await (await manager.newPage()).goto(url))?.status();
  } finally {
    await manager.close();
  }
}

test("revoked and expired links collapse into past links, which can be cleared; the active one stays", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signUp(page, { displayName: "Tidy Lead" });
  await withRealWeeks(page, "Tidy Lead");
  await page.goto("/report?preset=last-4");

  const urls: string[] = [];
  for (const days of ["7", "30", "90"]) {
    await page.getByLabel("Expires after").selectOption(days);
    await page.getByRole("button", { name: "Create link" }).click();
    const shown = page.getByLabel("Share link", { exact: true });
    await expect(shown).toBeVisible();
    await expect(shown).not.toHaveValue(urls.at(-1) ?? "");
    urls.push(await shown.inputValue());
  }
  await page.reload();
  const current = page.getByRole("list", { name: "Your share links" });
  await expect(current.getByRole("listitem")).toHaveCount(3);
  await expect(page.getByText(/^Past links/)).toHaveCount(0);

  // Revoke one: during the undo minute it stays among the current links, with Undo.
  await current.getByRole("button", { name: /^Revoke the link/ }).first().click();
  await current.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(current.getByRole("button", { name: /^Undo revoking/ })).toBeVisible();
  await expect(current.getByRole("listitem")).toHaveCount(3);

  // Time passes: the undo minute is over, and the active link that expires first reaches its expiry.
  expect(age("UPDATE share_links SET revoked_at = revoked_at - 120000 WHERE revoked_at IS NOT NULL")).toBe(1);
  const expireFirst = "UPDATE share_links SET expires_at = ? WHERE id = (SELECT id FROM share_links WHERE revoked_at IS NULL ORDER BY expires_at LIMIT 1)";
  expect(age(expireFirst, Date.now() - 60_000)).toBe(1);
  const opened = await Promise.all(urls.map((url) => status(browser, url)));
  // The revoked one answers 404 (as an unknown token does), the expired one 410.
  expect([...opened].sort()).toEqual([200, 404, 410]);
  const activeUrl = urls[opened.indexOf(200)]!;

  await page.reload();
  await expect(current.getByRole("listitem")).toHaveCount(1);
  await expect(current).toContainText("active");
  await expect(current.getByRole("button", { name: /^Revoke the link/ })).toHaveCount(1);

  // Collapsed: the summary says how many; the links and the Clear button show once it is opened.
  const summary = page.getByText("Past links (2): revoked or expired, no longer open");
  await expect(summary).toBeVisible();
  const past = page.getByRole("list", { name: "Past share links" });
  await expect(past).toBeHidden();
  await summary.click();
  await expect(past.getByRole("listitem")).toHaveCount(2);
  await expect(past.getByText("revoked", { exact: true })).toBeVisible();
  await expect(past.getByText("expired", { exact: true })).toBeVisible();
  // Past links can no longer be revoked or restored, only cleared.
  await expect(past.getByRole("button")).toHaveCount(0);

  await past.scrollIntoViewIfNeeded();
  await screenshot(page, "report-past-links");
  await page.getByRole("button", { name: "Clear these 2 past links" }).click();
  await expect(summary).toBeHidden();
  await page.reload();
  await expect(page.getByText(/^Past links/)).toHaveCount(0);
  await expect(current.getByRole("listitem")).toHaveCount(1);
  expect(await status(browser, activeUrl)).toBe(200);
  expect(countLinks("revoked_at IS NOT NULL OR expires_at < ?", Date.now())).toBe(0);
  expect(countLinks("1 = 1")).toBe(1);
  await context.close();
});
