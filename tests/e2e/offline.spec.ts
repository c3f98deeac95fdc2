import { join } from "node:path";
import type { BrowserContext, Page, Route } from "@playwright/test";
import { fillHours, hoursField, rateEnergy, savedStatus } from "./checkin-page";
import { expect, SCREENSHOT_DIR, signOut, signUp, test, type Account } from "./fixtures";
import { addIsoWeeks, formatWeekLabel, lastWeek } from "./weeks";

const KEPT = "Saved on this device, not yet sent.";
const PENDING_PREFIX = "pendulum.pending-checkins.v1:";

function keptStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: KEPT });
}

/** What this browser keeps for any account under the pending-check-in keys. */
async function pendingOnDevice(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    (prefix) => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => [k, localStorage.getItem(k) ?? ""])),
    PENDING_PREFIX,
  );
}

/** The week as the server holds it for the signed-in leader (the JSON API), or null. */
async function savedOnServer(context: BrowserContext, baseURL: string, week: string): Promise<{ hours: { meetings: number } } | null> {
  const response = await context.request.get(`/api/checkins/${week}`, { headers: { origin: baseURL } });
  if (response.status() === 404) return null;
  expect(response.status()).toBe(200);
  return ((await response.json()) as { checkin: { hours: { meetings: number } } }).checkin;
}

/**
 * Makes the check-in's server action fail at the network while letting every other request through.
 * A server action posts to the page it runs on, so the kept week re-sent from /history must fail too:
 * the route matches every URL and picks the save by its body.
 */
async function failCheckinSaves(page: Page): Promise<() => Promise<void>> {
  const handler = async (route: Route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"] && (request.postData() ?? "").includes("hours.meetings")) {
      await route.abort("connectionfailed");
    } else {
      await route.fallback();
    }
  };
  await page.route("**/*", handler);
  return () => page.unroute("**/*", handler);
}

test.describe("installable", () => {
  test("the manifest, its icons and the service worker are served, and the worker runs under the page's CSP", async ({ page, baseURL }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/sign-in");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe("/manifest.webmanifest");

    const manifest = await page.request.get(href!);
    expect(manifest.status()).toBe(200);
    expect(manifest.headers()["content-type"]).toContain("application/manifest+json");
    const body = (await manifest.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; purpose?: string }[] };
    expect(body).toMatchObject({ name: "Pendulum", start_url: "/checkin", display: "standalone" });
    expect(body.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(body.icons.some((i) => i.purpose === "maskable")).toBe(true);
    for (const icon of body.icons) {
      const response = await page.request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
    }
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);

    const scriptUrl = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    expect(scriptUrl).toBe(`${baseURL}/serwist/sw.js`);
    expect(violations).toEqual([]);
  });

  test("with no connection, a page that needs the network shows the offline page, not the browser's error", async ({ page, context }) => {
    await signUp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // The worker claims open pages when it activates; wait until it controls this one.
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    });
    await context.setOffline(true);
    await page.goto("/history");
    await expect(page.getByRole("heading", { name: "You’re offline" })).toBeVisible();
    await context.setOffline(false);
    await page.getByRole("link", { name: "Try again" }).click();
    await expect(page).toHaveURL(/\/checkin/);
    await expect(hoursField(page, "meetings")).toBeVisible();
  });
});

test.describe("a check-in is never lost", () => {
  test("typed offline, it is kept on the device and sent when the connection returns", async ({ page, context, baseURL }) => {
    await signUp(page);
    const week = lastWeek();
    await context.setOffline(true);
    await fillHours(page, { meetings: "13", execution: "14", mentoring: "5", other: "2" });
    await rateEnergy(page, { execution: 5 });
    await page.getByRole("button", { name: "Save week" }).click();
    await expect(keptStatus(page)).toBeVisible();
    await expect(keptStatus(page)).toContainText("You’re offline");
    await expect(keptStatus(page)).toBeFocused();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `checkin-kept-offline${colorScheme === "dark" ? "-dark" : ""}.png`), animations: "disabled" });
    }
    await page.emulateMedia({ colorScheme: "light" });
    expect(Object.keys(await pendingOnDevice(page))).toHaveLength(1);
    expect(await savedOnServer(context, baseURL!, week)).toBeNull();

    await context.setOffline(false);
    await expect(savedStatus(page, week)).toBeVisible();
    expect(await pendingOnDevice(page)).toEqual({});
    expect((await savedOnServer(context, baseURL!, week))?.hours.meetings).toBe(13);
    await page.reload();
    await expect(hoursField(page, "meetings")).toHaveValue("13");
    await expect(page.getByText(KEPT)).toHaveCount(0);
  });

  test("when the save fails, it is kept, survives a reload and is sent on the next page load", async ({ page, context, baseURL }) => {
    await signUp(page);
    const week = addIsoWeeks(lastWeek(), -1);
    await page.goto(`/checkin/${week}`);
    const restore = await failCheckinSaves(page);
    await fillHours(page, { meetings: "21", execution: "9", mentoring: "4", other: "1" });
    await page.getByRole("button", { name: "Save week" }).click();
    await expect(keptStatus(page)).toContainText("couldn’t be reached");
    expect(await savedOnServer(context, baseURL!, week)).toBeNull();

    // Still failing: the typed week comes back into the form after a reload, marked as not yet sent.
    await page.reload();
    await expect(hoursField(page, "meetings")).toHaveValue("21");
    await expect(keptStatus(page)).toBeVisible();
    // Elsewhere in the app the waiting week is named with a link to it.
    await page.goto("/history");
    await expect(page.getByRole("status").filter({ hasText: "Saved on this device, not yet sent:" })).toContainText(formatWeekLabel(week));

    await restore();
    await page.reload();
    await expect(page.getByText("Saved on this device, not yet sent:")).toHaveCount(0);
    expect((await savedOnServer(context, baseURL!, week))?.hours.meetings).toBe(21);
    expect(await pendingOnDevice(page)).toEqual({});
  });

  test("a kept week is forgotten on sign-out and never sent for another account", async ({ page, context, baseURL, browser }) => {
    const first: Account = await signUp(page);
    const week = lastWeek();
    await failCheckinSaves(page);
    await fillHours(page, { meetings: "30", execution: "1", mentoring: "1", other: "1" });
    await page.getByRole("button", { name: "Save week" }).click();
    await expect(keptStatus(page)).toBeVisible();
    expect(Object.keys(await pendingOnDevice(page))).toHaveLength(1);

    await signOut(page);
    expect(await pendingOnDevice(page)).toEqual({});

    // The next person on this browser sees and sends nothing of it.
    await signUp(page);
    await expect(page.getByText(KEPT)).toHaveCount(0);
    await expect(hoursField(page, "meetings")).toHaveValue("");
    expect(await savedOnServer(context, baseURL!, week)).toBeNull();

    // A tab still open for an account that is no longer the signed-in one: the server refuses its save.
    const other = await browser.newContext();
    const stale = await other.newPage();
    await stale.goto("/sign-in");
    await stale.getByLabel("Email", { exact: true }).fill(first.email);
    await stale.getByLabel("Password", { exact: true }).fill(first.password);
    await stale.getByRole("button", { name: /^sign in$/i }).click();
    await expect(stale).toHaveURL(/\/checkin/);
    const secondStorage = await context.storageState();
    await other.addCookies(secondStorage.cookies);
    await hoursField(stale, "meetings").fill("44");
    await stale.getByRole("button", { name: "Save week" }).click();
    await expect(keptStatus(stale)).toContainText("Another account is signed in now");
    expect(await savedOnServer(other, baseURL!, week)).toBeNull();
    expect(Object.keys(await pendingOnDevice(stale))).toHaveLength(1);
    // The next page this browser opens belongs to the account now signed in: the other's week is dropped, unsent.
    await stale.goto("/history");
    await expect(stale.getByText("Saved on this device, not yet sent:")).toHaveCount(0);
    await expect.poll(() => pendingOnDevice(stale)).toEqual({});
    expect(await savedOnServer(other, baseURL!, week)).toBeNull();
    await other.close();
  });
});
