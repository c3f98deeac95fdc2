import type { Db } from "@/db/client";
import { getProfile } from "@/db/queries/profiles";
import { MAX_CALENDAR_BYTES } from "@/lib/calendar/owner";
import type { CalendarImportResponse } from "@/lib/calendar/response";
import { importCalendarWeekIsolated, type WorkerPool } from "@/lib/calendar/isolated-import";
import { DEFAULT_TIME_ZONE } from "@/lib/local-date";
import { calendarSettingsOrDefault } from "@/lib/validation/calendar";
import type { FieldIssue } from "@/lib/validation/issues";
import { isoWeekSchema } from "@/lib/validation/primitives";
import { readBodyCapped } from "@/app/_server/read-body-capped";

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

const MB = 1024 * 1024;
const RETRY_AFTER_OWN_IMPORT_SECONDS = 5;

// One import at a time per leader, in this process: a second one is refused, not queued.
const globalForImports = globalThis as unknown as { pendulumCalendarImports?: Set<string> };
const importing = (globalForImports.pendulumCalendarImports ??= new Set<string>());

function respond(status: number, body: CalendarImportResponse, headers: Readonly<Record<string, string>> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

function fail(status: number, error: string, issues: FieldIssue[] = [], headers: Readonly<Record<string, string>> = {}): Response {
  return respond(status, { ok: false, error, issues }, headers);
}

/**
 * POST ?week=2026-W47, body: the .ics file. Answers with the week's events and hours in the
 * leader's zone, classified by their rules. The file is read in memory and never stored; it is
 * parsed in a worker thread with a hard deadline (lib/calendar/isolated-import.ts).
 */
export async function handleCalendarImport(request: Request, context: CalendarImportContext): Promise<Response> {
  const maxBytes = context.maxBytes ?? MAX_CALENDAR_BYTES;
  if (!context.user) return fail(401, "Sign in to import a calendar.");
  const origin = request.headers.get("origin");
  if (origin !== null && !context.allowedOrigins.includes(origin)) {
    return fail(403, "This request came from another site and was refused.");
  }
  const week = isoWeekSchema.safeParse(new URL(request.url).searchParams.get("week") ?? undefined);
  if (!week.success) return fail(400, "Choose the week to import.", [{ path: "week", message: week.error.issues[0]!.message }]);

  const userId = context.user.id;
  if (importing.has(userId)) {
    return fail(429, "Your previous calendar import is still running. Wait for it to finish, then try again.", [], {
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
  const body = await readBodyCapped(request, maxBytes);
  if (!body.ok) {
    const error =
      body.reason === "too-large"
        ? `The file is larger than ${Math.round((maxBytes / MB) * 10) / 10} MB. Export a shorter date range and try again.`
        : "The file did not arrive whole or in time; try again on a steadier connection.";
    return fail(body.status, error, [], body.headers);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
  } catch {
    return fail(422, "This file can't be imported.", [{ path: "file", message: "The file is not UTF-8 text; export it as .ics again" }]);
  }

  const profile = await getProfile(context.db, context.user.id);
  const settings = calendarSettingsOrDefault(profile?.settings.calendar, context.user.email);
  const result = await importCalendarWeekIsolated(
    text,
    {
      week,
      timeZone: profile?.timeZone ?? DEFAULT_TIME_ZONE,
      emails: settings.emails,
      managerEmails: settings.managerEmails,
      rules: settings.rules,
      budgetMs: context.budgetMs,
    },
    context.pool ? { pool: context.pool } : {},
  );
  if (!result.ok && result.code === "busy") return fail(503, result.error, [], { "Retry-After": String(result.retryAfterSeconds) });
  if (!result.ok) return fail(422, "This file can't be imported.", [{ path: "file", message: result.error }]);
  return respond(200, { ok: true, ...result.value });
}
