import { describe, expect, it } from "vitest";
import { type Db } from "@/db/client";
import { constraintViolated } from "@/db/errors";
import { toCheckinValues } from "@/db/queries/checkins";
import { toProfileValues } from "@/db/queries/profiles";
import { MAX_HOURS_PER_ACTIVITY, PERCENT_MAX, RATING_MAX, RATING_MIN, TEAM_SIZE_MAX } from "@/lib/limits";
import { checkinSchema } from "@/lib/validation/checkin";
import { makeProfile } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

// The CHECK constraints come from the same constants as the zod schemas (db/checks.ts): a row the
// schema refuses is refused by the database too, on both engines, right at each limit.

let db: Db;

freshDbEachTest(["sam"], (fresh) => (db = fresh.db));

const CHECKIN = checkinSchema.parse({ week: "2026-W10", hours: { meetings: 10, execution: 10, mentoring: 5, other: 2 } });
const PROFILE = makeProfile({ leadingSince: "2026-01-05" });

async function insertCheckin(change: Record<string, unknown>): Promise<unknown> {
  const { checkins } = db.tables;
  try {
    await db.insert(checkins).values({ ...toCheckinValues("sam", CHECKIN), ...change });
    return null;
  } catch (error) {
    return constraintViolated(error);
  }
}

async function insertProfile(change: Record<string, unknown>): Promise<unknown> {
  const { profiles } = db.tables;
  try {
    await db.insert(profiles).values({ ...toProfileValues("sam", PROFILE), ...change });
    return null;
  } catch (error) {
    return constraintViolated(error);
  }
}

describe("check-in constraints", () => {
  it.each([
    ["a rating below the scale", { satisfaction: RATING_MIN - 1 }, "check"],
    ["a rating above the scale", { skillConfidence: RATING_MAX + 1 }, "check"],
    ["an energy above the scale", { energyMentoring: RATING_MAX + 1 }, "check"],
    ["more minutes than an activity may have", { otherMinutes: MAX_HOURS_PER_ACTIVITY * 60 + 1 }, "check"],
    ["negative minutes", { executionMinutes: -1 }, "check"],
    ["more low-value time than meeting time", { lowValueMeetingMinutes: 601 }, "check"],
    ["every rating at its top", { satisfaction: RATING_MAX, politics: RATING_MAX, energyMeetings: RATING_MAX }, null],
    ["the most minutes an activity may have", { otherMinutes: MAX_HOURS_PER_ACTIVITY * 60 }, null],
    ["all meeting time low-value", { lowValueMeetingMinutes: 600 }, null],
  ])("%s → %s", async (_name, change, expected) => {
    expect(await insertCheckin(change)).toBe(expected);
  });
});

describe("profile constraints", () => {
  it.each([
    ["an unknown previous role", { previousRole: "astronaut" }, "check"],
    ["a target above 100 %", { meetingsMaxPct: PERCENT_MAX + 1 }, "check"],
    ["a negative target", { mentoringMinPct: -1 }, "check"],
    ["a team too large", { teamSize: TEAM_SIZE_MAX + 1 }, "check"],
    ["the largest team", { teamSize: TEAM_SIZE_MAX }, null],
  ])("%s → %s", async (_name, change, expected) => {
    expect(await insertProfile(change)).toBe(expected);
  });
});
