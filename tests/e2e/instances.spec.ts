import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startInstance, type Instance } from "../../scripts/lib/instances";
import { createDatabase, dropDatabase } from "../../scripts/pg/databases";
import { fillHours, historyEntry, hoursField, logWeek, savedStatus } from "./checkin-page";
import { expect, screenshot, signUp, test } from "./fixtures";
import { pastWeeks } from "./weeks";

// Two production instances on two ports against one PostgreSQL database (TEST_DATABASE_URL's server,
// started by .ci/run), as behind a load balancer. The suite's own server (SQLite) is not involved.
const adminUrl = process.env.TEST_DATABASE_URL;

test.describe("two instances, one PostgreSQL", () => {
  test.skip(!adminUrl && !process.env.CI, "needs TEST_DATABASE_URL (a throwaway PostgreSQL server); .ci/run provides one");
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  const database = `pendulum_e2e_${randomBytes(4).toString("hex")}`;
  let dir: string;
  let first: Instance;
  let second: Instance;

  test.beforeAll(async () => {
    if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set: CI must run this test against PostgreSQL");
    dir = mkdtempSync(join(tmpdir(), "pendulum-instances-"));
    const url = await createDatabase(adminUrl, database);
    const env = {
      DATABASE_URL: url,
      BETTER_AUTH_SECRET: "e2e-two-instances-secret-0123456789abcdefghijklmnop",
      ALLOW_SIGNUP: "true",
      AUTH_RATE_LIMIT: "off",
      LOGIN_MAX_FAILURES_PER_IP: "0",
    };
    // Started together, as after a deploy: both apply the migrations, one waits for the other.
    const [portA, portB] = [await freePort(), await freePort()];
    [first, second] = await Promise.all([
      startInstance({ port: portA, env, logFile: join(dir, "first.log") }),
      startInstance({ port: portB, env, logFile: join(dir, "second.log") }),
    ]);
  });

  test.afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    if (adminUrl) await dropDatabase(adminUrl, database);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("sign up on one, see the week on the other with the same cookie, keep working when one stops", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: first.url });
    const page = await context.newPage();
    const [earlier, later] = pastWeeks(2);

    await signUp(page);
    await logWeek(page, later!, { hours: { meetings: 12, execution: 18, mentoring: 6, other: 4 } });

    // Cookies are per host, not per port: the browser sends the same session cookie to the second instance.
    await page.goto(`${second.url}/history`);
    await expect(page).toHaveURL(`${second.url}/history`);
    await expect(historyEntry(page, later!)).toContainText("40 h");

    await first.stop();
    await expect(fetch(`${first.url}/api/auth/ok`)).rejects.toThrow();

    await page.goto(`${second.url}/checkin/${earlier}`);
    await fillHours(page, { meetings: 20, execution: 10, mentoring: 5, other: 5 });
    // Enter in an hours field moves on; Ctrl+Enter saves from any field.
    await hoursField(page, "other").press("Control+Enter");
    await expect(savedStatus(page, earlier!)).toBeVisible();
    await page.goto(`${second.url}/history`);
    await expect(page.getByText(/^2 weeks logged/)).toBeVisible();
    await expect(historyEntry(page, earlier!)).toContainText("40 h");
    await screenshot(page, "two-instances-history");
    await context.close();
  });
});
