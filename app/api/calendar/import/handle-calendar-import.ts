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
    return await importFor(request, { ...context, user: context.user }, week.data, maxBytes);
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

  const profile = await getProfile(context.db, context.user.id);
  const settings = calendarSettingsOrDefault(profile?.settings.calendar, context.user.email);
  const result = await importCalendarWeekIsolated(
    body.text,
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
