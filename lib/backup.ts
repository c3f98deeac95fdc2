import { downloadName, type DownloadName } from "./filename";
import { DEFAULT_TIME_ZONE, localIsoDate } from "./local-date";
import { compareIsoWeeks, currentIsoWeek, isValidIsoWeek, isValidTimeZone } from "./iso-week";
import { parseExportFile, type ExportFile, type ParseExportResult } from "./validation/export-file";
import type { FieldIssue } from "./validation/issues";


export type ImportPreview = {
  displayName: string;
  fileCheckins: number;
  firstWeek: string | null;
  lastWeek: string | null;
  currentCheckins: number;
  currentDemoCheckins: number;
  hasProfile: boolean;
};

export type ImportResponse =
  | { ok: true; preview: ImportPreview }
  | { ok: true; restored: { checkins: number } }
  | { ok: false; error: string; issues: FieldIssue[] };

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
  const zone = typeof profile.timeZone === "string" && isValidTimeZone(profile.timeZone) ? profile.timeZone : DEFAULT_TIME_ZONE;
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

const FILE_LEVEL_PATHS = new Set(["", "format", "version"]);

/**
 * parseExportFile plus what only the clock can tell: no week after the current one and no start
 * date after today, both in the file's time zone (UTC when it has none). A file with problems gets
 * all of them listed, the cross-row ones included.
 */
export function parseImportFile(text: string, now: Date): ParseExportResult {
  const parsed = parseExportFile(text);
  if (parsed.ok) {
    const issues = futureIssues(parsed.file, now);
    return issues.length > 0 ? { ok: false, issues } : parsed;
  }
  if (parsed.issues.some((issue) => FILE_LEVEL_PATHS.has(issue.path))) return parsed;
  const json: unknown = JSON.parse(text);
  const known = new Set(parsed.issues.map((issue) => `${issue.path}\n${issue.message}`));
  const extra = [...duplicateWeekIssues(json), ...futureIssues(json, now)].filter(
    (issue) => !known.has(`${issue.path}\n${issue.message}`),
  );
  return { ok: false, issues: [...parsed.issues, ...extra] };
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
