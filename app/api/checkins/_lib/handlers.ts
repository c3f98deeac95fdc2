import type { Db } from "@/db/client";
import { deleteCheckin, getCheckin, listCheckins, saveCheckin } from "@/db/queries/checkins";
import { getProfile } from "@/db/queries/profiles";
import type { CheckinRecord } from "@/lib/checkin";
import { compareIsoWeeks, currentIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";
import { checkinSchemaUpTo, type Checkin } from "@/lib/validation/checkin";
import { listIssues, type FieldIssue } from "@/lib/validation/issues";
import { isoWeekSchema } from "@/lib/validation/primitives";
import { json, NO_STORE, problem, readJsonBody } from "@/app/_server/http";

/** The most a check-in body may be. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Who is asking and against which database; the user id comes from the session, never the request body. */
export type ApiContext = { db: Db; userId: string | null; now: Date };

const unauthorized = () => problem(401, "Sign in first: this API uses the session cookie");

function toCheckinJson({ isDemo: _isDemo, ...checkin }: CheckinRecord): Checkin {
  return checkin;
}

function checkinBody(record: CheckinRecord) {
  return { checkin: toCheckinJson(record), isDemo: record.isDemo };
}

function parseWeekParam(raw: string, path = "week"): { ok: true; week: string } | { ok: false; issue: FieldIssue } {
  const parsed = isoWeekSchema.safeParse(raw);
  if (parsed.success) return { ok: true, week: parsed.data };
  return { ok: false, issue: { path, message: parsed.error.issues[0]?.message ?? "Not a valid ISO week" } };
}

const badWeek = (issue: FieldIssue) => problem(400, "Not a valid ISO week", [issue]);

/** GET /api/checkins[?from=YYYY-Www&to=YYYY-Www]: the leader's weeks, oldest first. */
export async function listCheckinsResponse(request: Request, { db, userId }: ApiContext): Promise<Response> {
  if (!userId) return unauthorized();
  const params = new URL(request.url).searchParams;
  const range: { from?: string; to?: string } = {};
  const issues: FieldIssue[] = [];
  for (const key of ["from", "to"] as const) {
    const raw = params.get(key);
    if (raw === null || raw === "") continue;
    const parsed = parseWeekParam(raw, key);
    if (parsed.ok) range[key] = parsed.week;
    else issues.push(parsed.issue);
  }
  if (issues.length > 0) return problem(400, "Invalid query", issues);
  if (range.from && range.to && compareIsoWeeks(range.from, range.to) > 0) {
    return problem(400, "Invalid query", [{ path: "to", message: "to must not be before from" }]);
  }
  const checkins = await listCheckins(db, { userId, ...range });
  return json(200, {
    checkins: checkins.map(toCheckinJson),
    demoWeeks: checkins.filter((c) => c.isDemo).map((c) => c.week),
  });
}

/** GET /api/checkins/:week */
export async function getCheckinResponse(rawWeek: string, { db, userId }: ApiContext): Promise<Response> {
  if (!userId) return unauthorized();
  const week = parseWeekParam(rawWeek);
  if (!week.ok) return badWeek(week.issue);
  const checkin = await getCheckin(db, userId, week.week);
  if (!checkin) return problem(404, `No check-in for ${week.week}`);
  return json(200, checkinBody(checkin));
}

/**
 * PUT /api/checkins/:week: creates or replaces the week. The body is one check-in in the data-format
 * shape; its "week" may be left out (the URL's is used) but, when present, must equal the URL's.
 */
export async function putCheckinResponse(request: Request, rawWeek: string, { db, userId, now }: ApiContext): Promise<Response> {
  if (!userId) return unauthorized();
  const week = parseWeekParam(rawWeek);
  if (!week.ok) return badWeek(week.issue);
  const body = await readJsonBody(request, MAX_BODY_BYTES, { empty: "The body is empty; send the check-in as JSON" });
  if (!body.ok) return body.response;
  if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
    return problem(422, "The check-in must be a JSON object", [{ path: "", message: "Expected a JSON object" }]);
  }
  const input = body.value as Record<string, unknown>;
  if ("week" in input && input.week !== week.week) {
    return problem(422, "The check-in is not valid", [
      { path: "week", message: `The body's week must match the URL (${week.week}) or be left out` },
    ]);
  }
  const timeZone = leaderTimeZone(await getProfile(db, userId));
  const parsed = checkinSchemaUpTo(currentIsoWeek(now, timeZone)).safeParse({ ...input, week: week.week });
  if (!parsed.success) return problem(422, "The check-in is not valid", listIssues(parsed.error));
  const existed = (await getCheckin(db, userId, week.week)) !== null;
  const saved = await saveCheckin(db, userId, parsed.data);
  return json(existed ? 200 : 201, checkinBody(saved));
}

/** DELETE /api/checkins/:week */
export async function deleteCheckinResponse(rawWeek: string, { db, userId }: ApiContext): Promise<Response> {
  if (!userId) return unauthorized();
  const week = parseWeekParam(rawWeek);
  if (!week.ok) return badWeek(week.issue);
  if (!(await deleteCheckin(db, userId, week.week))) return problem(404, `No check-in for ${week.week}`);
  return new Response(null, { status: 204, headers: NO_STORE });
}
