import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import * as hostile from "../../../scripts/bench/hostile-calendars";
import type { HostileCase } from "./types";

const IMPORT = `/api/calendar/import?week=${hostile.HOSTILE_WEEK}`;
// A worker is terminated at 5 s; the rest is upload, start-up and a busy CI machine.
const ANSWER_TIMEOUT_MS = 20_000;
const MAX_ANSWER_BYTES = 20_000;

type ImportBody = { ok: boolean; error?: string; issues?: Array<{ path: string; message: string }>; events?: unknown[]; warnings?: string[] };

function send(leader: APIRequestContext, text: string): Promise<APIResponse> {
  return leader.post(IMPORT, { data: text, headers: { "content-type": "text/calendar" }, timeout: ANSWER_TIMEOUT_MS });
}

async function bodyOf(response: APIResponse): Promise<ImportBody> {
  const raw = await response.body();
  expect(raw.byteLength, "answer size").toBeLessThan(MAX_ANSWER_BYTES);
  return JSON.parse(raw.toString("utf8")) as ImportBody;
}

/** The file is read, with a warning instead of the series or time zone it could not afford. */
function readsWithWarning(name: string, text: () => string, events: number, warning: RegExp): HostileCase {
  return {
    name: `2 ${name}`,
    timeoutMs: ANSWER_TIMEOUT_MS,
    run: async ({ attacker }) => {
      const response = await send(attacker, text());
      expect(response.status()).toBe(200);
      const body = await bodyOf(response);
      expect(body.events).toHaveLength(events);
      expect(body.warnings).toEqual([expect.stringMatching(warning)]);
    },
  };
}

/** The file is refused with a 422 that says why, beside the upload. */
function refused(name: string, text: () => string, message: RegExp): HostileCase {
  return {
    name: `2 ${name}`,
    timeoutMs: ANSWER_TIMEOUT_MS,
    run: async ({ attacker }) => {
      const response = await send(attacker, text());
      expect(response.status()).toBe(422);
      expect(await bodyOf(response)).toEqual({ error: "This file can't be imported.", issues: [{ path: "file", message: expect.stringMatching(message) }] });
    },
  };
}

const ZONE_WARNING = /^The time zone "X" in this file changes its offset too often to be real/;
const SERIES_WARNING = /repeats too often to count and was left out: "Hostile"$/;

export const cases: HostileCase[] = [
  readsWithWarning("calendar: 334-byte VTIMEZONE observance FREQ=SECONDLY (froze the server, then out of memory)", hostile.secondlyTimezone, 1, ZONE_WARNING),
  readsWithWarning("calendar: VTIMEZONE observance FREQ=MINUTELY (blocked 30 s)", hostile.minutelyTimezone, 1, ZONE_WARNING),
  readsWithWarning("calendar: event FREQ=SECONDLY;COUNT=100000000 in the week (601,200 events)", hostile.secondlyCountEvent, 0, SERIES_WARNING),
  readsWithWarning("calendar: 12,000 EXDATEs on one series", () => hostile.hugeExdateList(12_000), 0, SERIES_WARNING),
  readsWithWarning("calendar: 12,000 RDATEs on one series", () => hostile.hugeRdateList(12_000), 0, SERIES_WARNING),
  refused("calendar: 300,000 empty components", () => hostile.manyComponents(), /more than 200,000 components/),
  refused("calendar: 1,050,000 tiny properties", () => hostile.manyProperties(1_050_000), /more than 1,000,000 lines/),
  refused("calendar: 3,000 VTIMEZONEs", () => hostile.manyTimezones(), /more than 1,000 time zones/),
  refused("calendar: 1,500,000 parameters on one line (quadratic in ical.js)", () => hostile.manyParameters(), /more than 1,000 parameters/),
  refused("calendar: 6,000 events of one UID in the week", () => hostile.manyEventsOneUid(6_000), /more than 5,000 timed events in this week/),
  {
    name: "2 calendar: a rule that can never match (30 February) ends by its count or at the deadline",
    timeoutMs: ANSWER_TIMEOUT_MS,
    run: async ({ attacker }) => {
      const response = await send(attacker, hostile.neverMatchingRule("DAILY"));
      const body = await bodyOf(response);
      if (response.status() === 200) expect(body.warnings).toEqual([expect.stringMatching(SERIES_WARNING)]);
      else expect({ status: response.status(), message: body.issues?.[0]?.message }).toEqual({ status: 422, message: expect.stringMatching(/took longer than/) });
    },
  },
  {
    name: "2 calendar: six parallel imports by one leader: one runs, the others get 429 with Retry-After",
    timeoutMs: ANSWER_TIMEOUT_MS,
    run: async ({ attacker }) => {
      const text = hostile.neverMatchingRule("DAILY");
      const responses = await Promise.all(Array.from({ length: 6 }, () => send(attacker, text)));
      const refusals = responses.filter((r) => r.status() === 429);
      expect(responses.map((r) => r.status()).filter((s) => s !== 429).every((s) => s === 200 || s === 422)).toBe(true);
      expect(refusals.length).toBeGreaterThanOrEqual(1);
      expect(refusals.length).toBeLessThan(6);
      for (const refusal of refusals) {
        expect(refusal.headers()["retry-after"]).toBe("5");
        expect((await bodyOf(refusal)).error).toMatch(/previous calendar import is still running/);
      }
      // Once the running one is done, the leader's next import goes ahead.
      expect((await send(attacker, hostile.secondlyCountEvent())).status()).toBe(200);
    },
  },
];
