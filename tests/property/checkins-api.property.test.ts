import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, it } from "vitest";
import {
  deleteCheckinResponse,
  getCheckinResponse,
  listCheckinsResponse,
  putCheckinResponse,
  type ApiContext,
} from "@/app/api/checkins/_lib/handlers";
import { exportUserData } from "@/db/queries/backup";
import { getCheckin, listCheckins, saveCheckin } from "@/db/queries/checkins";
import { saveProfile } from "@/db/queries/profiles";
import { parseImportFile } from "@/lib/backup";
import { checkinSchema, type Checkin } from "@/lib/validation/checkin";
import { TYPICAL_WEEK, makeProfile } from "@/tests/helpers/factories";
import { sqliteClientOf } from "@/db/client";
import { freshDbForAll } from "@/tests/helpers/fresh-db";
import { hostileJson, hostileText, mutation, validCheckin, weekNear, wideObject } from "./arbitraries";
import { MAX_ERROR_BODY_BYTES, PROPERTY_TIMEOUT_MS, checkAsync, ensurePrototypesClean } from "./config";
import { ensure, ensureCheckinRules } from "./rules";

// Thursday 2026-11-26 08:00 UTC: the current week is 2026-W48 in Berlin.
const NOW = new Date("2026-11-26T08:00:00Z");
const CURRENT_WEEK = "2026-W48";
const ORIGIN = "http://localhost:3000";
const EXPECTED = new Set([200, 201, 204, 400, 404, 413, 422]);

let sam: ApiContext;

const temp = freshDbForAll(["sam", "blair"], async () => {
  sam = { db: temp.db, userId: "sam", now: NOW };
  const profile = makeProfile({ timeZone: "Europe/Berlin" });
  await saveProfile(temp.db, "sam", profile);
  await saveCheckin(temp.db, "blair", checkinSchema.parse({ ...TYPICAL_WEEK, week: "2026-W40", note: "blair's own" }));
});

const weekParam = fc.oneof({ weight: 4, arbitrary: weekNear(CURRENT_WEEK) }, { weight: 1, arbitrary: hostileText });

/** A PUT: mostly a near-valid check-in sent to its own week (sometimes without its week), else hostile text. */
const put = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(validCheckin(weekNear(CURRENT_WEEK)), fc.array(mutation(), { maxLength: 2 }), fc.nat(9), weekParam)
      .map(([checkin, changes, roll, otherWeek]) => {
        const { week: _week, ...withoutWeek } = checkin;
        const body = changes.reduce<unknown>((value, change) => change(value), roll === 8 ? withoutWeek : checkin);
        return { week: roll < 7 ? checkin.week : otherWeek, body: JSON.stringify(body) ?? "" };
      }),
  },
  { weight: 2, arbitrary: fc.record({ week: weekParam, body: hostileJson.map((v) => JSON.stringify(v) ?? "") }) },
  { weight: 1, arbitrary: fc.record({ week: weekParam, body: wideObject.map((v) => JSON.stringify(v)) }) },
  { weight: 1, arbitrary: fc.record({ week: weekParam, body: hostileText }) },
);

const request = fc.oneof(
  { weight: 6, arbitrary: put.map((p) => ({ method: "PUT" as const, ...p })) },
  { weight: 1, arbitrary: fc.record({ method: fc.constant("GET" as const), week: weekParam }) },
  { weight: 1, arbitrary: fc.record({ method: fc.constant("DELETE" as const), week: weekParam }) },
  { weight: 1, arbitrary: fc.record({ method: fc.constant("LIST" as const), from: fc.option(weekParam), to: fc.option(weekParam) }) },
);

type ApiRequest = typeof request extends fc.Arbitrary<infer R> ? R : never;

function send(r: ApiRequest): Promise<Response> {
  const url = `${ORIGIN}/api/checkins`;
  switch (r.method) {
    case "PUT":
      return putCheckinResponse(new Request(`${url}/x`, { method: "PUT", body: r.body, headers: { "content-type": "application/json" } }), r.week, sam);
    case "GET":
      return getCheckinResponse(r.week, sam);
    case "DELETE":
      return deleteCheckinResponse(r.week, sam);
    case "LIST": {
      const query = new URLSearchParams();
      if (r.from !== null) query.set("from", r.from);
      if (r.to !== null) query.set("to", r.to);
      return listCheckinsResponse(new Request(`${url}?${query}`), sam);
    }
  }
}

const changesSoFar = () => (sqliteClientOf(temp.db).prepare("SELECT total_changes() AS n").get() as { n: number }).n;

async function expectAllRowsKeepTheRules(): Promise<void> {
  const rows = await listCheckins(temp.db, { userId: "sam" });
  ensure(new Set(rows.map((c) => c.week)).size === rows.length, "a week stored twice");
  for (const { isDemo: _demo, ...row } of rows) ensureCheckinRules(row, CURRENT_WEEK);
  const blair = await listCheckins(temp.db, { userId: "blair" });
  ensure(blair.length === 1 && blair[0]!.note === "blair's own", "another leader's week changed");
}

describe("check-in API handlers on a real SQLite file (property)", () => {
  it("never a 5xx, never a row that breaks a rule, bounded errors, Object.prototype untouched, and what is saved is restorable", async () => {
    const profile = (await exportUserData(temp.db, "sam"))!.profile;
    await checkAsync(
      fc.asyncProperty(request, async (r) => {
        const changesBefore = changesSoFar();
        const response = await send(r);
        const text = await response.text();
        ensure(EXPECTED.has(response.status), () => `${r.method} answered ${response.status}: ${text.slice(0, 300)}`);
        ensurePrototypesClean();
        if (response.status >= 400) {
          ensure(text.length < MAX_ERROR_BODY_BYTES, `an error body of ${text.length} bytes`);
          ensure(changesSoFar() === changesBefore, "a refused request changed the database");
          return;
        }
        if (r.method !== "PUT") return;
        const { checkin } = JSON.parse(text) as { checkin: Checkin };
        ensureCheckinRules(checkin, CURRENT_WEEK);
        const stored = await getCheckin(temp.db, "sam", checkin.week);
        ensure(stored !== null && isDeepStrictEqual({ ...stored, isDemo: undefined }, { ...checkin, isDemo: undefined }), "the answer differs from the row");
        const file = { format: "pendulum", version: 1, profile, settings: {}, checkins: [checkin] };
        const restored = parseImportFile(JSON.stringify(file), NOW);
        ensure(restored.ok, () => `the saved week does not import: ${JSON.stringify(!restored.ok && restored.issues)}`);
        ensure(isDeepStrictEqual(restored.file.checkins[0], checkin), "the saved week imports as different data");
      }),
    );
    await expectAllRowsKeepTheRules();
  }, PROPERTY_TIMEOUT_MS);
});
