import { downloadName, type DownloadName } from "./filename";
import { localIsoDate } from "./local-date";
import { addIsoWeeks, compareIsoWeeks, currentIsoWeek, isValidIsoWeek, timeZoneOrDefault } from "./iso-week";
import { checkinSchema, type Checkin } from "./validation/checkin";
import { EXPERIMENT_START_AHEAD_WEEKS } from "./experiments/kinds";
import { exportHeadV1Schema, readExportJson, REFLECTION_LISTS, type ExportFile, type ParseExportResult } from "./validation/export-file";
import type { BackupListCounts, ListPreview } from "./backup-preview";
import { fieldIssuesOf, formatIssuePath, IssueCollector, issuesBody, type FieldIssue } from "./validation/issues";


export type ImportPreview = {
  displayName: string;
  fileCheckins: number;
  firstWeek: string | null;
  lastWeek: string | null;
  currentCheckins: number;
  currentDemoCheckins: number;
  hasProfile: boolean;
  /** Only the lists the file holds, in REFLECTION_LISTS order; a list it leaves out is kept as it is. */
  lists: ListPreview[];
};

/** The lists a restore of `file` replaces, beside the leader's current counts. */
export function listPreviews(file: ExportFile, current: BackupListCounts): ListPreview[] {
  return REFLECTION_LISTS.flatMap(({ key }) => {
    const list = file[key];
    return list ? [{ key, inFile: list.length, current: current[key] }] : [];
  });
}

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
  const notAfter = (week: unknown, path: string, last = currentWeek, what = "the current week") => {
    if (typeof week === "string" && isValidIsoWeek(week) && compareIsoWeeks(week, last) > 0) {
      issues.push({ path, message: `Week ${week} is after ${what} (${last} in ${zone})` });
    }
  };
  if (Array.isArray(json.checkins)) json.checkins.forEach((row: unknown, i) => notAfter(isRecord(row) ? row.week : undefined, `checkins[${i}].week`));
  for (const key of ["wellbeingChecks", "reviews"] as const) {
    const rows = json[key];
    if (Array.isArray(rows)) rows.forEach((row: unknown, i) => notAfter(isRecord(row) ? row.week : undefined, `${key}[${i}].week`));
  }
  if (Array.isArray(json.experiments)) {
    const latestStart = addIsoWeeks(currentWeek, EXPERIMENT_START_AHEAD_WEEKS);
    json.experiments.forEach((row: unknown, i) => {
      if (!isRecord(row)) return;
      notAfter(row.startWeek, `experiments[${i}].startWeek`, latestStart, `the latest start (${EXPERIMENT_START_AHEAD_WEEKS} weeks ahead)`);
      notAfter(row.endedWeek, `experiments[${i}].endedWeek`);
      if (Array.isArray(row.answers)) {
        row.answers.forEach((answer: unknown, j) => notAfter(isRecord(answer) ? answer.week : undefined, `experiments[${i}].answers[${j}].week`));
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
  let checked = 0;
  for (let i = 0; i < rows.length; i++) {
    if (++checked % ROWS_PER_STEP === 0) yield;
    const row = checkinSchema.safeParse(rows[i]);
    if (row.success) checkins.push(row.data);
    else collector.add(fieldIssuesOf(row.error, ["checkins", i]));
  }
  collector.add(duplicateWeekIssues(json));
  const lists: Partial<Pick<ExportFile, "experiments" | "wellbeingChecks" | "reviews" | "shareReplies">> = {};
  for (const { key, entry, listIssues } of REFLECTION_LISTS) {
    const listed = isRecord(json) ? json[key] : undefined;
    if (listed === null) (lists as Record<string, unknown>)[key] = null;
    if (!Array.isArray(listed)) continue;
    const entries: unknown[] = [];
    let valid = true;
    for (let i = 0; i < listed.length; i++) {
      if (++checked % ROWS_PER_STEP === 0) yield;
      const row = entry.safeParse(listed[i]);
      if (row.success) entries.push(row.data);
      else {
        valid = false;
        collector.add(fieldIssuesOf(row.error, [key, i]));
      }
    }
    if (!valid) continue;
    const across = listIssues(entries as never[]);
    collector.add(across.map((issue) => ({ path: formatIssuePath([key, ...issue.path]), message: issue.message })));
    (lists as Record<string, unknown>)[key] = entries;
  }
  collector.add(futureIssues(json, now));
  if (!collector.isEmpty || !head.success) return { ok: false, ...issuesBody(collector.toList()) };
  const { experiments: _experiments, wellbeingChecks: _checks, reviews: _reviews, shareReplies: _replies, ...headData } = head.data;
  return { ok: true, file: { ...headData, checkins, ...lists } };
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
