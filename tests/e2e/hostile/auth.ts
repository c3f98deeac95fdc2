import { expect, type APIRequestContext } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import { closeDb, createDb } from "../../../db/client";
import { saveProfile } from "../../../db/queries/profiles";
import { createShareLink } from "../../../db/queries/share-links";
import { profileSchema } from "../../../lib/validation/profile";
import { TEST_PASSWORD, uniqueEmail } from "../fixtures";
import { actionFields, inParallel, limitedServer, multipart, send, type Reply } from "./limited-server";
import type { HostileCase } from "./types";

// The suite's server locks an e-mail after LOGIN_MAX_FAILURES=3 (playwright.config.ts).
const SUITE_MAX_FAILURES = 3;
const WRONG = "Wrong email or password.";
const LOCKED = "Too many failed sign-ins.";
const THROTTLED = "Too many attempts from your network.";

const forged = (i: number) => `203.0.113.${i % 250}, 198.51.100.${(i * 7) % 250}`;

async function signUpByApi(anonymous: APIRequestContext): Promise<string> {
  const email = uniqueEmail("hostile-auth");
  const res = await anonymous.post("/api/auth/sign-up/email", { data: { email, password: TEST_PASSWORD, name: "hostile" } });
  expect(res.status(), await res.text()).toBe(200);
  return email;
}

function json(reply: Reply): Record<string, unknown> {
  return JSON.parse(reply.text) as Record<string, unknown>;
}

type FormPage = "/sign-in" | "/sign-up";
const formFields = new Map<string, Promise<Record<string, string>>>();

/** Posts the sign-in or sign-up page's form as a browser without JavaScript would, from `localAddress`. */
async function postForm(baseURL: string, page: FormPage, fields: Record<string, string>, opts: { localAddress?: string; xff?: string }) {
  const url = `${baseURL}${page}`;
  if (!formFields.has(url)) formFields.set(url, send(url).then((form) => actionFields(form.text)));
  const { body, contentType } = multipart({ ...(await formFields.get(url)!), ...fields });
  return send(`${baseURL}${page}`, {
    method: "POST",
    body,
    localAddress: opts.localAddress,
    headers: { "content-type": contentType, origin: baseURL, ...(opts.xff ? { "x-forwarded-for": opts.xff } : {}) },
  });
}

const outcome = (reply: Reply) =>
  reply.status === 303 ? "signed in" : [WRONG, LOCKED, THROTTLED].find((m) => reply.text.includes(m)) ?? `status ${reply.status}`;

export const cases: HostileCase[] = [
  {
    name: "3 a 60-attempt sign-in burst with the right password inside checks at most N passwords and keeps the lock",
    timeoutMs: 60_000,
    run: async ({ anonymous }) => {
      const email = await signUpByApi(anonymous);
      const passwords = Array.from({ length: 60 }, (_, i) => (i === 59 ? TEST_PASSWORD : `wrong password ${i}`));
      const answers = await Promise.all(
        passwords.map((password, i) =>
          anonymous.post("/api/auth/sign-in/email", { data: { email, password }, headers: { "x-forwarded-for": forged(i) } }),
        ),
      );
      const statuses = answers.map((a) => a.status());
      expect(statuses.filter((s) => s !== 429), `statuses ${statuses.join(",")}`).toHaveLength(SUITE_MAX_FAILURES);
      expect(statuses.at(-1)).toBe(429);
      expect(await answers.at(-1)!.json()).toMatchObject({ code: "SIGN_IN_LOCKED" });
      const after = await anonymous.post("/api/auth/sign-in/email", { data: { email, password: TEST_PASSWORD } });
      expect(after.status()).toBe(429);
      expect(after.headers()["retry-after"]).toMatch(/^\d+$/);
    },
  },
  {
    name: "3 a 20-attempt burst through the sign-in form (no JavaScript) checks at most N passwords",
    timeoutMs: 90_000,
    run: async ({ anonymous, baseURL }) => {
      const email = await signUpByApi(anonymous);
      const base = baseURL.replace("localhost", "127.0.0.1");
      // Five in flight: each answer is a page render, and the bystander shares the suite's server.
      const answers = await inParallel(Array.from({ length: 20 }, (_, i) => i), 5, (i) =>
        postForm(base, "/sign-in", { email, password: i === 19 ? TEST_PASSWORD : `wrong password ${i}` }, { xff: forged(i) }),
      );
      const outcomes = answers.map(outcome);
      expect(outcomes.filter((o) => o === WRONG), outcomes.join(" | ")).toHaveLength(SUITE_MAX_FAILURES);
      expect(outcomes.filter((o) => o === LOCKED)).toHaveLength(20 - SUITE_MAX_FAILURES);
    },
  },
  {
    name: "3 rotating forged X-Forwarded-For does not lift the per-address sign-in limit, over HTTP or through the form",
    timeoutMs: 120_000,
    run: async () => {
      const { baseURL } = await limitedServer();
      const api = [];
      for (let i = 0; i < 6; i++) {
        const reply = await send(`${baseURL}/api/auth/sign-in/email`, {
          method: "POST",
          localAddress: "127.0.0.11",
          headers: { "content-type": "application/json", origin: baseURL, "x-forwarded-for": forged(i), "x-real-ip": `192.0.2.${i}` },
          body: JSON.stringify({ email: `nobody${i}@example.com`, password: "wrong password" }),
        });
        api.push(reply.status);
        if (reply.status === 429) expect(json(reply)).toMatchObject({ code: "RATE_LIMITED" });
      }
      expect(api).toEqual([401, 401, 401, 429, 429, 429]);

      const form = [];
      for (let i = 0; i < 5; i++) {
        form.push(outcome(await postForm(baseURL, "/sign-in", { email: `nobody${i}@example.com`, password: "wrong password" }, { localAddress: "127.0.0.12", xff: forged(i) })));
      }
      expect(form).toEqual([WRONG, WRONG, WRONG, THROTTLED, THROTTLED]);
      const elsewhere = await postForm(baseURL, "/sign-in", { email: "nobody@example.com", password: "wrong password" }, { localAddress: "127.0.0.13" });
      expect(outcome(elsewhere)).toBe(WRONG);
    },
  },
  {
    name: "8 sign-up probes with rotating forged X-Forwarded-For: limited on the real address, both ways in, taken or new alike",
    timeoutMs: 120_000,
    run: async () => {
      const { baseURL } = await limitedServer();
      const taken = `taken-${randomUUID().slice(0, 8)}@example.com`;
      const signUp = (email: string, localAddress: string, xff: string) =>
        send(`${baseURL}/api/auth/sign-up/email`, {
          method: "POST",
          localAddress,
          headers: { "content-type": "application/json", origin: baseURL, "x-forwarded-for": xff },
          body: JSON.stringify({ email, password: TEST_PASSWORD, name: "probe" }),
        });
      expect((await signUp(taken, "127.0.0.21", "192.0.2.1")).status).toBe(200);
      const probes = [];
      for (let i = 0; i < 6; i++) {
        const email = i % 2 ? taken : `new-${randomUUID().slice(0, 8)}@example.com`;
        probes.push((await signUp(email, "127.0.0.22", forged(i))).status);
      }
      expect(probes).toEqual([200, 422, 200, 429, 429, 429]);

      const form = [];
      for (let i = 0; i < 5; i++) {
        const email = i % 2 ? taken : `new-${randomUUID().slice(0, 8)}@example.com`;
        const reply = await postForm(baseURL, "/sign-up", { email, password: TEST_PASSWORD }, { localAddress: "127.0.0.23", xff: forged(i) });
        form.push(reply.status === 303 ? "created" : reply.text.includes(THROTTLED) ? "throttled" : reply.text.includes("already exists") ? "taken" : `status ${reply.status}`);
      }
      expect(form).toEqual(["created", "taken", "created", "throttled", "throttled"]);
    },
  },
  {
    name: "7 650 share lookups with rotating forged X-Forwarded-For, then misses from 20 real addresses, while a valid link keeps working",
    timeoutMs: 150_000,
    run: async () => {
      const { baseURL, dbFile } = await limitedServer();
      const db = createDb(dbFile);
      const userId = `hostile-share-${randomUUID()}`;
      await db.insert(db.tables.users).values({ id: userId, name: "Share Owner", email: `${userId}@example.com` });
      await saveProfile(
        db,
        userId,
        profileSchema.parse({ displayName: "Share Owner", previousRole: "engineer", leadingSince: "2026-01-05", targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 } }),
      );
      const { token } = await createShareLink(db, userId, { from: "2026-W01", to: "2026-W04", includeNotes: false, expiresAt: new Date(Date.now() + 86_400_000) });
      await closeDb(db);
      const link = `${baseURL}/share/${token}`;
      const guess = () => `${baseURL}/share/${randomBytes(32).toString("base64url")}`;

      // The limits count in fixed clock windows of a minute (createStoredRateLimiter): crossing into
      // the next one mid-attack grants a second budget. Start early in a window, so all of it fits.
      const leftInWindow = 60_000 - (Date.now() % 60_000);
      if (leftInWindow < 45_000) await new Promise((resolve) => setTimeout(resolve, leftInWindow + 100));

      let attacking = true;
      const viewer = (async () => {
        const seen: number[] = [];
        while (attacking || seen.length === 0) {
          seen.push((await send(link, { localAddress: "127.0.0.31" })).status);
          await new Promise((resolve) => setTimeout(resolve, 2_100));
        }
        return seen;
      })();

      const rotating = await inParallel(Array.from({ length: 650 }, (_, i) => i), 10, async (i) => (await send(guess(), { localAddress: "127.0.0.32", headers: { "x-forwarded-for": forged(i) } })).status);
      expect(rotating.filter((s) => s === 404), "misses answered before the address's budget of 30 ran out").toHaveLength(30);
      expect(rotating.filter((s) => s === 429)).toHaveLength(650 - 30);

      const addresses = Array.from({ length: 20 }, (_, i) => `127.0.1.${i + 1}`);
      const distributed = await inParallel(
        addresses.flatMap((address) => Array.from({ length: 5 }, () => address)),
        10,
        async (address) => (await send(guess(), { localAddress: address })).status,
      );
      expect(new Set(distributed), "misses from fresh addresses past the ceiling of failed lookups").toEqual(new Set([429]));
      attacking = false;

      const views = await viewer;
      expect(new Set(views), `the viewer's ${views.length} loads`).toEqual(new Set([200]));
      expect((await send(link, { localAddress: "127.0.0.34" })).status, "a new viewer after the attack").toBe(200);
    },
  },
];
