import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { expect, signUp, test } from "./fixtures";
import { startPrivateServer, type PrivateServer } from "./private-server";

/*
 * "Fill from my calendar" without a download: the leader saves their calendar's secret address once,
 * then the check-in reads it. The calendar is served by this spec on 127.0.0.1, so the app runs on
 * its own server with the private-address and http switches on (the shared server keeps them off).
 */
const FIXTURE = readFileSync(join(process.cwd(), "tests", "fixtures", "calendar", "apple-floating-clipped.ics"));
const WEEK = "2026-W47";

let app: PrivateServer;
let calendar: Server;
let calendarUrl: string;
let fetches = 0;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  calendar = createServer((request, response) => {
    fetches++;
    if (request.url === "/secret/basic.ics") response.writeHead(200, { "content-type": "text/calendar" }).end(FIXTURE);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => calendar.listen(0, "127.0.0.1", resolve));
  calendarUrl = `http://127.0.0.1:${(calendar.address() as AddressInfo).port}/secret/basic.ics`;
  app = await startPrivateServer({ CALENDAR_ALLOW_PRIVATE: "on", CALENDAR_ALLOW_HTTP: "on" });
});

test.afterAll(async () => {
  await app?.stop();
  await new Promise<void>((resolve) => (calendar ? calendar.close(() => resolve()) : resolve()));
});

test("a saved calendar address fills the week from the calendar, and its secret never shows again", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  await signUp(page);

  await page.goto("/settings/calendar");
  await page.getByRole("button", { name: "Save the address" }).click();
  await expect(page.getByText("Enter your calendar's secret address (it starts with https://).")).toBeVisible();
  await page.getByLabel("Secret iCal address").fill("https://user:secret@calendar.example/x.ics");
  await page.getByRole("button", { name: "Save the address" }).click();
  await expect(page.getByText("Addresses with a user name or password in them can't be used.")).toBeVisible();
  await page.getByLabel("Secret iCal address").fill(calendarUrl);
  await page.getByRole("button", { name: "Save the address" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Calendar address saved/ })).toBeVisible();
  await page.reload();
  await expect(page.getByText(/A calendar address on 127\.0\.0\.1:\d+ is saved/)).toBeVisible();
  expect(await page.content()).not.toContain("/secret/basic.ics");

  // The panel is open by itself for a leader with a saved address.
  await page.goto(`/checkin/${WEEK}`);
  await page.getByLabel("Hands-on hours", { exact: true }).fill("30");
  const region = page.getByRole("region", { name: "Import from calendar (.ics)" });
  const before = fetches;
  await region.getByRole("button", { name: "Fill from my calendar" }).click();
  await expect(region.getByText(/^7 events from your calendar\./)).toBeVisible();
  expect(fetches).toBe(before + 1);
  await region.getByRole("button", { name: "Fill the form" }).click();
  await expect(page.getByLabel("Hands-on hours", { exact: true })).toHaveValue("30");
  await expect(page.getByLabel("Hours in meetings", { exact: true })).toHaveValue("2.75");
  await page.getByRole("button", { name: "Save week" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved Week 47, 2026\./ })).toBeVisible();

  // Removed, the check-in no longer offers it.
  await page.goto("/settings/calendar");
  await page.getByRole("button", { name: "Remove it" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Calendar address removed." })).toBeVisible();
  await page.goto(`/checkin/${WEEK}`);
  await expect(page.getByRole("button", { name: "Fill from my calendar" })).toHaveCount(0);
  await context.close();
});
