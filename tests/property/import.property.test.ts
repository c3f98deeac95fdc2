import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, it } from "vitest";
import { handleImport } from "@/app/api/import/handle-import";
import { exportUserData } from "@/db/queries/backup";
import { listCheckins, saveCheckin } from "@/db/queries/checkins";
import { saveProfile } from "@/db/queries/profiles";
import { parseExportFile, REFLECTION_LISTS } from "@/lib/validation/export-file";
import { outlineJson } from "@/lib/validation/json-outline";
import { checkinSchema } from "@/lib/validation/checkin";
import { TYPICAL_WEEK, makeProfile } from "@/tests/helpers/factories";
import { sqliteClientOf } from "@/db/client";
import { freshDbForAll } from "@/tests/helpers/fresh-db";
import { hostileJson, hostileText, nearly, validCheckin, validProfile, weekNear } from "./arbitraries";
import { MAX_ERROR_BODY_BYTES, PROPERTY_TIMEOUT_MS, check, checkAsync, ensurePrototypesClean } from "./config";
import { ensure, ensureCheckinRules, ensureProfileRules, ensureSettingsRules } from "./rules";

const NOW = new Date("2026-11-26T08:00:00Z");
const CURRENT_WEEK = "2026-W48";
const ORIGIN = "http://localhost:3000";

const temp = freshDbForAll(["sam", "blair"], async () => {
  const profile = makeProfile({ timeZone: "Europe/Berlin" });
  await saveProfile(temp.db, "sam", profile);
  await saveProfile(temp.db, "blair", profile);
  await saveCheckin(temp.db, "blair", checkinSchema.parse({ ...TYPICAL_WEEK, week: "2026-W40", note: "blair's own" }));
});

const changesSoFar = () => (sqliteClientOf(temp.db).prepare("SELECT total_changes() AS n").get() as { n: number }).n;

const validFile = fc.record({
  format: fc.constant("pendulum"),
  version: fc.constant(1),
  profile: validProfile,
  settings: fc.constantFrom({}, null, { reminder: { weekday: "friday", time: "16:00", alarmMinutesBefore: 0, timeZone: null } }),
  checkins: fc.uniqueArray(validCheckin(weekNear(CURRENT_WEEK)), { maxLength: 5, selector: (c) => c.week }),
});

const checkinsOf = (count: number, row: string) => `[${Array(count).fill(row).join(",")}]`;
const bigList = (count: number, row: string) =>
  `{"format":"pendulum","version":1,"profile":{"displayName":"x","previousRole":"it","leadingSince":"2025-01-01","targets":{"meetingsMaxPct":50,"executionMinPct":20,"mentoringMinPct":20}},"checkins":${checkinsOf(count, row)}}`;
// A few large files, built once: sampled rarely, they keep the cost of the suite down.
const LARGE_FILES = [bigList(5_221, "{}"), bigList(2_000, '{"week":"2099-W01","x":1}'), bigList(1_000, '"\\ud800"')];

/** An upload: a valid export, a near miss of one, hostile JSON, broken text, or now and then a large list. */
const upload = fc.oneof(
  { weight: 100, arbitrary: validFile.map((f) => JSON.stringify(f)) },
  { weight: 150, arbitrary: nearly(validFile).map((f) => JSON.stringify(f) ?? "") },
  { weight: 50, arbitrary: hostileJson.map((v) => JSON.stringify(v) ?? "") },
  { weight: 25, arbitrary: fc.tuple(validFile, fc.nat()).map(([f, cut]) => { const t = JSON.stringify(f); return t.slice(0, cut % t.length); }) },
  { weight: 25, arbitrary: hostileText },
  // Hostile entries in the optional lists of issues 11 and 15 (experiments, wellbeing, reviews, replies).
  {
    weight: 40,
    arbitrary: fc
      .tuple(validFile, fc.constantFrom(...REFLECTION_LISTS.map((l) => l.key)), fc.array(hostileJson, { minLength: 1, maxLength: 4 }))
      .map(([f, key, list]) => JSON.stringify({ ...f, [key]: list }) ?? ""),
  },
  { weight: 1, arbitrary: fc.constantFrom(...LARGE_FILES) },
);

describe("POST /api/import on a real SQLite file (property)", () => {
  it("never a 5xx, bounded errors, all or nothing, and what it restores exports and imports again unchanged", async () => {
    const blairBefore = await exportUserData(temp.db, "blair");
    await checkAsync(
      fc.asyncProperty(upload, fc.boolean(), async (text, confirm) => {
        const changesBefore = changesSoFar();
        const request = new Request(`${ORIGIN}/api/import${confirm ? "?confirm=1" : ""}`, { method: "POST", body: text, headers: { origin: ORIGIN } });
        const response = await handleImport(request, { db: temp.db, userId: "sam", now: NOW, allowedOrigins: [ORIGIN] });
        const body = await response.text();
        ensure([200, 413, 422].includes(response.status), () => `answered ${response.status}: ${body.slice(0, 300)}`);
        ensurePrototypesClean();
        if (response.status !== 200) {
          ensure(body.length < MAX_ERROR_BODY_BYTES, `an error body of ${body.length} bytes`);
          ensure(changesSoFar() === changesBefore, "a refused file changed the database");
          return;
        }
        const parsed = parseExportFile(text);
        ensure(parsed.ok, "accepted a file that parseExportFile refuses");
        ensureProfileRules(parsed.file.profile);
        ensureSettingsRules(parsed.file.settings);
        for (const c of parsed.file.checkins) ensureCheckinRules(c, CURRENT_WEEK);
        if (!confirm) {
          ensure(changesSoFar() === changesBefore, "a preview changed the database");
          return;
        }
        const after = await exportUserData(temp.db, "sam");
        ensure(isDeepStrictEqual({ ...after, checkins: [...after!.checkins].sort((a, b) => a.week.localeCompare(b.week)) }, {
          ...parsed.file,
          checkins: [...parsed.file.checkins].sort((a, b) => a.week.localeCompare(b.week)),
        }), "the restored data differ from the file");
        const again = parseExportFile(JSON.stringify(after));
        ensure(again.ok && isDeepStrictEqual(again.file, after), "the restored data do not export and import again unchanged");
      }),
    );
    ensure(isDeepStrictEqual(await exportUserData(temp.db, "blair"), blairBefore), "another leader's data changed");
    ensure((await listCheckins(temp.db, { userId: "blair" })).length === 1, "another leader's weeks changed");
  }, PROPERTY_TIMEOUT_MS);

  it("outlineJson measures any JSON as JSON.parse reads it: top-level array lengths, depth, a comma count that bounds the values", () => {
    const json = fc.jsonValue({ maxDepth: 5 });
    const document = fc.dictionary(fc.oneof(fc.constantFrom("checkins", "profile", "a\"b", "\\"), fc.string({ maxLength: 6 })), json, { maxKeys: 5 });
    check(
      fc.property(document, fc.constantFrom(undefined, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const outline = outlineJson(text);
        for (const [key, child] of Object.entries(value)) {
          if (Array.isArray(child)) ensure(outline.arrayLengths.get(key) === child.length, `length of ${key}`);
          else ensure(!outline.arrayLengths.has(key), `${key} is not an array`);
        }
        ensure(outline.depth === depthOf(value), `depth ${outline.depth} vs ${depthOf(value)}`);
        ensure(outline.separators >= countValues(value) - containersOf(value) - 1 || countValues(value) === 0, "too few separators counted");
      }),
    );
  }, PROPERTY_TIMEOUT_MS);
});

function depthOf(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

/** Values inside containers (members and elements), and the containers themselves. */
function countValues(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  return Object.values(value).reduce<number>((n, child) => n + 1 + countValues(child), 0);
}

function containersOf(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  return 1 + Object.values(value).reduce<number>((n, child) => n + containersOf(child), 0);
}

