import type { Db } from "@/db/client";
import { getProfile } from "@/db/queries/profiles";
import { MAX_CALENDAR_BYTES } from "@/lib/calendar/owner";
import type { CalendarImportResponse } from "@/lib/calendar/response";
import { importCalendarWeekIsolated, type WorkerPool } from "@/lib/calendar/isolated-import";
import { formatBytes } from "@/lib/format";
import { leaderTimeZone } from "@/lib/local-date";
import { calendarSettingsOrDefault } from "@/lib/validation/calendar";
import { isoWeekSchema } from "@/lib/validation/primitives";
import { FILE_INCOMPLETE, json, problem, readTextBody, refuseCrossSite } from "@/app/_server/http";
import { getCalendarFeed } from "@/db/queries/calendar-feeds";
import { fetchCalendarFeed, type FeedOptions } from "@/lib/calendar/feed-fetch";
import { decryptFeedUrl } from "@/lib/calendar/feed-secret";

export type CalendarImportContext = {
  db: Db;
  user: { id: string; email: string } | null;
  /** Browser origins allowed to post here; a request with another Origin header is refused. */
  allowedOrigins: readonly string[];
  maxBytes?: number;
  budgetMs?: number;
  /** The workers imports wait for; the process-wide pool unless a test passes its own. */
  pool?: WorkerPool;
};

const RETRY_AFTER_OWN_IMPORT_SECONDS = 5;
const CANT_IMPORT = "This file can't be imported.";

// One import at a time per leader, in this process: a second one is refused, not queued.
const globalForImports = globalThis as unknown as { pendulumCalendarImports?: Set<string> };
const importing = (globalForImports.pendulumCalendarImports ??= new Set<string>());

/**
 * POST ?week=2026-W47, body: the .ics file. Answers with the week's events and hours in the
 * leader's zone, classified by their rules. The file is read in memory and never stored; it is
 * parsed in a worker thread with a hard deadline (lib/calendar/isolated-import.ts).
 */
export async function handleCalendarImport(request: Request, context: CalendarImportContext): Promise<Response> {
  const maxBytes = context.maxBytes ?? MAX_CALENDAR_BYTES;
  return guarded(request, context, (user, week) => importFor(request, { ...context, user }, week, maxBytes));
}

export type CalendarFeedContext = CalendarImportContext & {
  /** The auth secret the saved address is encrypted with. */
  secret: string;
  feed: Pick<FeedOptions, "allowPrivate" | "allowHttp" | "timeoutMs" | "resolve" | "isBlocked">;
};

/**
 * POST /api/calendar/feed?week=2026-W47: the same import, from the leader's saved calendar
 * address instead of an upload; the fetch is bounded like an upload (lib/calendar/feed-fetch.ts),
 * and takes the same one-import-per-leader turn.
 */
export async function handleCalendarFeedImport(request: Request, context: CalendarFeedContext): Promise<Response> {
  return guarded(request, context, async (user, week) => {
    const sealed = await getCalendarFeed(context.db, user.id);
    if (!sealed) return problem(404, "No calendar address is saved. Add it in Settings › Calendar.");
    const url = decryptFeedUrl(sealed, context.secret);
    if (!url) return problem(422, "Your saved calendar address can't be read any more (the server's secret changed). Save it again in Settings › Calendar.");
    const fetched = await fetchCalendarFeed(url, { ...context.feed, maxBytes: context.maxBytes ?? MAX_CALENDAR_BYTES });
    if (!fetched.ok) return problem(fetched.code === "too-large" ? 413 : 422, "Your calendar could not be fetched.", [{ path: "feed", message: fetched.error }]);
    return importText(fetched.text, { ...context, user }, week);
  });
}

async function guarded(
  request: Request,
  context: CalendarImportContext,
  run: (user: { id: string; email: string }, week: string) => Promise<Response>,
): Promise<Response> {
  if (!context.user) return problem(401, "Sign in to import a calendar.");
  const crossSite = refuseCrossSite(request, context.allowedOrigins);
  if (crossSite) return crossSite;
  const week = isoWeekSchema.safeParse(new URL(request.url).searchParams.get("week") ?? undefined);
  if (!week.success) return problem(400, "Choose the week to import.", [{ path: "week", message: week.error.issues[0]!.message }]);

  const userId = context.user.id;
  if (importing.has(userId)) {
    return problem(429, "Your previous calendar import is still running. Wait for it to finish, then try again.", [], {
      "Retry-After": String(RETRY_AFTER_OWN_IMPORT_SECONDS),
    });
  }
  importing.add(userId);
  try {
    return await run(context.user, week.data);
  } finally {
    importing.delete(userId);
  }
}

async function importFor(
  request: Request,
  context: CalendarImportContext & { user: { id: string; email: string } },
  week: string,
  maxBytes: number,
): Promise<Response> {
  const body = await readTextBody(request, maxBytes, {
    tooLarge: `The file is larger than ${formatBytes(maxBytes)}. Export a shorter date range and try again.`,
    incomplete: FILE_INCOMPLETE,
    notUtf8: { status: 422, error: CANT_IMPORT, issues: [{ path: "file", message: "The file is not UTF-8 text; export it as .ics again" }] },
  });
  if (!body.ok) return body.response;
  return importText(body.text, context, week);
}

async function importText(text: string, context: CalendarImportContext & { user: { id: string; email: string } }, week: string): Promise<Response> {
  const profile = await getProfile(context.db, context.user.id);
  const settings = calendarSettingsOrDefault(profile?.settings.calendar, context.user.email);
  const result = await importCalendarWeekIsolated(
    text,
    {
      week,
      timeZone: leaderTimeZone(profile),
      emails: settings.emails,
      managerEmails: settings.managerEmails,
      rules: settings.rules,
      budgetMs: context.budgetMs,
    },
    context.pool ? { pool: context.pool } : {},
  );
  if (!result.ok && result.code === "busy") return problem(503, result.error, [], { "Retry-After": String(result.retryAfterSeconds) });
  if (!result.ok) return problem(422, CANT_IMPORT, [{ path: "file", message: result.error }]);
  return json(200, result.value satisfies CalendarImportResponse);
}
