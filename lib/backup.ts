import { downloadName, type DownloadName } from "./filename";
import { localIsoDate } from "./local-date";
import { compareIsoWeeks, currentIsoWeek, isValidIsoWeek, timeZoneOrDefault } from "./iso-week";
import { checkinSchema, type Checkin } from "./validation/checkin";
import { exportHeadV1Schema, readExportJson, type ExportFile, type ParseExportResult } from "./validation/export-file";
import { fieldIssuesOf, IssueCollector, issuesBody, type FieldIssue } from "./validation/issues";


export type ImportPreview = {
  displayName: string;
  fileCheckins: number;
  firstWeek: string | null;
  lastWeek: string | null;
  currentCheckins: number;
  currentDemoCheckins: number;
  hasProfile: boolean;
};

/** The body of a successful POST /api/import; a refusal is a Problem. */
export type ImportResponse = { preview: ImportPreview } | { restored: { checkins: number } };

export type DataSummary = { checkins: number; demoCheckins: number; hasProfile: boolean };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Dates that lie in the future on the file's own wall clock. Works on unchecked JSON too, so a
 * file with other problems still gets these listed alongside them.
 */
function futureIssues(json: unknown, now: Date): FieldIssue[] {
  if (!isRecord(json)) return [];
  const profile = isRecord(json.profile) ? json.profile : {};
  const zone = timeZoneOrDefault(profile.timeZone);
  const currentWeek = currentIsoWeek(now, zone);
  const issues: FieldIssue[] = [];
  const today = localIsoDate(now, zone);
  if (typeof profile.leadingSince === "string" && /^\d{4}-\d{2}-\d{2}$/.test(profile.leadingSince) && profile.leadingSince > today) {
    issues.push({ path: "profile.leadingSince", message: `The start date ${profile.leadingSince} is in the future (today is ${today})` });
  }
  if (Array.isArray(json.checkins)) {
    json.checkins.forEach((row: unknown, i) => {
      const week = isRecord(row) ? row.week : undefined;
      if (typeof week === "string" && isValidIsoWeek(week) && compareIsoWeeks(week, currentWeek) > 0) {
        issues.push({
          path: `checkins[${i}].week`,
          message: `Week ${week} is after the current week (${currentWeek} in ${zone})`,
        });
      }
    });
  }
  return issues;
}

/** The file-wide duplicate check as parseExportFile words it; zod skips it once any row has a problem. */
function duplicateWeekIssues(json: unknown): FieldIssue[] {
  if (!isRecord(json) || !Array.isArray(json.checkins)) return [];
  const seen = new Map<string, number>();
  const issues: FieldIssue[] = [];
  json.checkins.forEach((row: unknown, i) => {
    const week = isRecord(row) ? row.week : undefined;
    if (typeof week !== "string" || !isValidIsoWeek(week)) return;
    const first = seen.get(week);
    if (first === undefined) seen.set(week, i);
    else issues.push({ path: `checkins[${i}].week`, message: `Week ${week} appears twice (also at checkins[${first}])` });
  });
  return issues;
}

// Rows checked between two yields: a slice of a few milliseconds, so a large file never holds up other requests.
const ROWS_PER_STEP = 200;

/**
 * parseExportFile plus what only the clock can tell (no week after the current one, no start date
 * after today, both in the file's time zone, UTC when it has none), checking the check-ins one by
 * one and yielding between slices of rows. Problems come in file order, the cross-row ones after,
 * at most MAX_ISSUES of them with the rest counted.
 */
function* importSteps(text: string, now: Date): Generator<void, ParseExportResult> {
  const read = readExportJson(text);
  if (!read.ok) return { ok: false, issues: read.issues };
  const json = read.json;
  const collector = new IssueCollector();
  const head = exportHeadV1Schema.safeParse(json);
  if (!head.success) collector.add(fieldIssuesOf(head.error));
  const rows = isRecord(json) && Array.isArray(json.checkins) ? (json.checkins as unknown[]) : [];
  const checkins: Checkin[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const row = checkinSchema.safeParse(rows[i]);
    if (row.success) checkins.push(row.data);
    else collector.add(fieldIssuesOf(row.error, ["checkins", i]));
  }
  collector.add(duplicateWeekIssues(json));
  collector.add(futureIssues(json, now));
  if (!collector.isEmpty || !head.success) return { ok: false, ...issuesBody(collector.toList()) };
  return { ok: true, file: { ...head.data, checkins } };
}

export function parseImportFile(text: string, now: Date): ParseExportResult {
  const steps = importSteps(text, now);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The time a file may take to check, pauses for other requests included; past it the import gives up. */
export const IMPORT_CHECK_DEADLINE_MS = 20_000;

/** parseImportFile that lets other requests run between slices of rows, and gives up at its deadline. */
export async function parseImportFileAsync(text: string, now: Date, deadlineMs = IMPORT_CHECK_DEADLINE_MS): Promise<ParseExportResult> {
  const started = performance.now();
  const steps = importSteps(text, now);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started > deadlineMs) {
      return { ok: false, issues: [{ path: "", message: "Checking this file took too long; nothing was changed. Try again later." }] };
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export type ImportSummary = { checkins: number; firstWeek: string | null; lastWeek: string | null };

export function summarizeExportFile(file: ExportFile): ImportSummary {
  const weeks = file.checkins.map((c) => c.week).sort(compareIsoWeeks);
  return { checkins: weeks.length, firstWeek: weeks[0] ?? null, lastWeek: weeks.at(-1) ?? null };
}

/** pendulum-<name>-<YYYY-MM-DD>.json, once ASCII-only and once keeping the name's letters. */
export function exportFileNames(displayName: string, now: Date, timeZone: string): DownloadName {
  return downloadName("pendulum", displayName, `${localIsoDate(now, timeZone)}.json`);
}
