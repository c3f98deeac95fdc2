import Database from "better-sqlite3";
import { expect, screenshot, seriousA11yViolations, signUp, test } from "./fixtures";
import { startPrivateServer, type PrivateServer } from "./private-server";

/*
 * A real server error, without a backdoor in the app: the spec runs its own `next start` of the same
 * production build on its own database, then takes a table away underneath it, as a botched manual
 * migration or a restore from the wrong file would. The server's next query fails with SQLite's own
 * "no such table" error. The shared server and the other specs never see the fault.
 */
let server: PrivateServer;

// Signing up and breaking a server takes a while on a busy machine.
test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async () => {
  server = await startPrivateServer();
});

test.afterAll(async () => {
  await server?.stop();
});

function renameTable(dbFile: string, from: string, to: string) {
  const db = new Database(dbFile);
  try {
    db.exec(`ALTER TABLE "${from}" RENAME TO "${to}"`);
  } finally {
    db.close();
  }
}

test("a failing page shows the error page inside the app, hides the cause, and recovers on Try again", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signUp(page);

  renameTable(server.dbFile, "checkins", "checkins_away");
  let restored = false;
  try {
    // /history streams behind its loading state, so the status line (200) is sent before the page fails.
    await page.goto("/history");
    await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to your check-in" })).toBeVisible();
    const body = (await page.locator("body").innerText()).toLowerCase();
    for (const leak of ["no such table", "sqlite", "checkins_away", "at async"]) expect(body).not.toContain(leak);

    const reference = (await page.locator("code").innerText()).trim();
    expect(reference).toMatch(/^\S{4,64}$/);
    await expect.poll(() => server.log(), { message: "the reference is the digest in the server's log" }).toContain(reference);
    expect(server.log()).toContain("no such table: checkins");

    await screenshot(page, "error-page");
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(page), `error page in ${colorScheme} mode`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: "light" });

    renameTable(server.dbFile, "checkins_away", "checkins");
    restored = true;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
  } finally {
    if (!restored) renameTable(server.dbFile, "checkins_away", "checkins");
    await context.close();
  }
});

test("when the app's own layout fails, the root error page still offers a way back", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signUp(page);

  renameTable(server.dbFile, "profiles", "profiles_away");
  try {
    const response = await page.goto("/settings");
    expect(response?.status()).toBe(500);
    await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the start page" })).toHaveAttribute("href", "/");
    expect((await page.locator("body").innerText()).toLowerCase()).not.toContain("no such table");
    await screenshot(page, "error-page-root");
  } finally {
    renameTable(server.dbFile, "profiles_away", "profiles");
    await context.close();
  }
});
