import { z } from "zod";
import { MAX_EXPERIMENTS } from "../experiments/kinds";
import { MAX_REVIEWS } from "../review/kinds";
import { MAX_WELLBEING_CHECKS } from "../wellbeing/instruments";
import { checkinSchema } from "./checkin";
import { experimentListIssues, experimentSchema, experimentsListSchema } from "./experiment";
import { issuesBody, listIssues, type FieldIssue } from "./issues";
import { outlineJson } from "./json-outline";
import { profileSchema, settingsSchema } from "./profile";
import { reviewListIssues, reviewSchema, reviewsListSchema } from "./review";
import { MAX_SHARE_REPLIES, shareRepliesListSchema, shareReplyListIssues, shareReplySchema } from "./share-reply";
import { wellbeingCheckSchema, wellbeingListIssues, wellbeingListSchema } from "./wellbeing";

export const EXPORT_FORMAT = "pendulum";
export const CURRENT_EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/**
 * A century of weekly check-ins (ten times the 522-week, ten-year report range): more weeks than
 * exist from 1970, the first year the app accepts, until 2070. A longer list is refused whole.
 */
export const MAX_IMPORT_CHECKINS = 5_220;
/**
 * Commas a file may hold: a check-in at its fullest has 17 (16 inside it, one after it), a
 * wellbeing check 8, an experiment 23 (six answers), a review 4, settings at most about 1,000; so
 * 20 a check-in, 10 a check, 30 an experiment, 5 a review and 6 a share reply (5 inside it) plus 5,000 is far above any real
 * file, and a file over it is refused before JSON.parse would build its values. Objects and
 * arrays nest at most 6 deep.
 */
export const MAX_IMPORT_SEPARATORS = 20 * MAX_IMPORT_CHECKINS + 10 * MAX_WELLBEING_CHECKS + 30 * MAX_EXPERIMENTS + 5 * MAX_REVIEWS + 6 * MAX_SHARE_REPLIES + 5_000;
export const MAX_IMPORT_DEPTH = 32;
const tooManyCheckins = (count: number) =>
  `The file holds ${count.toLocaleString("en-US")} check-ins; a backup holds at most ${MAX_IMPORT_CHECKINS.toLocaleString("en-US")} (a century of weeks)`;

const checkinsList = <T extends z.ZodType>(entry: T) =>
  z
    .array(entry, { error: "checkins must be a list" })
    .max(MAX_IMPORT_CHECKINS, { error: (issue) => tooManyCheckins(Array.isArray(issue.input) ? issue.input.length : 0) });

const headV1Shape = {
  format: z.literal(EXPORT_FORMAT, { error: 'Not a Pendulum file ("format" must be "pendulum")' }),
  version: z.literal(1, { error: "Unsupported version" }),
  profile: profileSchema,
  settings: settingsSchema,
};

/**
 * The optional lists of issue 15 (version 1, absent or null in older files): each entry has a
 * schema of its own, and each list rules across its entries (unique weeks or ids, running limits).
 */
export const REFLECTION_LISTS = [
  { key: "experiments", entry: experimentSchema, max: MAX_EXPERIMENTS, listIssues: experimentListIssues },
  { key: "wellbeingChecks", entry: wellbeingCheckSchema, max: MAX_WELLBEING_CHECKS, listIssues: wellbeingListIssues },
  { key: "reviews", entry: reviewSchema, max: MAX_REVIEWS, listIssues: reviewListIssues },
  { key: "shareReplies", entry: shareReplySchema, max: MAX_SHARE_REPLIES, listIssues: shareReplyListIssues },
] as const;

const boundedList = (key: string, max: number) =>
  z
    .array(z.unknown(), { error: `${key} must be a list` })
    .max(max, `A backup holds at most ${max.toLocaleString("en-US")} entries in ${key}`)
    .nullish();

/** The file without judging its check-ins and the optional lists' entries, which the import then checks one by one. */
export const exportHeadV1Schema = z.strictObject({
  ...headV1Shape,
  checkins: checkinsList(z.unknown()),
  experiments: boundedList("experiments", MAX_EXPERIMENTS),
  wellbeingChecks: boundedList("wellbeingChecks", MAX_WELLBEING_CHECKS),
  reviews: boundedList("reviews", MAX_REVIEWS),
  shareReplies: boundedList("shareReplies", MAX_SHARE_REPLIES),
});

export const exportFileV1Schema = z
  .strictObject({
    ...headV1Shape,
    checkins: checkinsList(checkinSchema),
    experiments: experimentsListSchema.nullish(),
    wellbeingChecks: wellbeingListSchema.nullish(),
    reviews: reviewsListSchema.nullish(),
    shareReplies: shareRepliesListSchema.nullish(),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.checkins.forEach((c, i) => {
      const first = seen.get(c.week);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["checkins", i, "week"],
          message: `Week ${c.week} appears twice (also at checkins[${first}])`,
        });
      } else {
        seen.set(c.week, i);
      }
    });
  });

export type ExportFileInput = z.input<typeof exportFileV1Schema>;
export type ExportFile = z.output<typeof exportFileV1Schema>;

export type ParseExportResult =
  | { ok: true; file: ExportFile }
  | { ok: false; issues: FieldIssue[]; moreIssues?: number };

/** How far reading got: the file refused as a whole, its entries refused, or a valid file. */
export type ExportFileReading =
  | { stage: "file"; issues: FieldIssue[] }
  | { stage: "entries"; json: unknown; error: z.ZodError }
  | { stage: "valid"; json: unknown; file: ExportFile };

const versionProbe = z.looseObject({ format: z.unknown(), version: z.unknown(), checkins: z.unknown().optional() });

const refused = (path: string, message: string) => ({ ok: false as const, issues: [{ path, message }] });

/**
 * Reads an export file's text up to its entries. Problems with the file as a whole (more check-ins
 * than MAX_IMPORT_CHECKINS or values than a backup can hold, found by one pass over the text before
 * it is parsed; not JSON, not ours, a newer version) end it before any entry is read.
 */
export function readExportFile(text: string): ExportFileReading {
  const read = readExportJson(text);
  if (!read.ok) return { stage: "file", issues: read.issues };
  const parsed = exportFileV1Schema.safeParse(read.json);
  if (!parsed.success) return { stage: "entries", json: read.json, error: parsed.error };
  return { stage: "valid", json: read.json, file: parsed.data };
}

/** The file's JSON, once it is known to be a Pendulum export of a version this release reads and of a size a backup can have. */
export function readExportJson(text: string): { ok: true; json: unknown } | { ok: false; issues: FieldIssue[] } {
  const outline = outlineJson(text);
  const listed = outline.arrayLengths.get("checkins") ?? 0;
  if (listed > MAX_IMPORT_CHECKINS) return refused("checkins", tooManyCheckins(listed));
  if (outline.separators > MAX_IMPORT_SEPARATORS || outline.depth > MAX_IMPORT_DEPTH) {
    return refused("", "This file holds far more than a backup can: it is not a Pendulum export");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refused("", `Not valid JSON: ${(error as Error).message}`);
  }
  const probe = versionProbe.safeParse(json);
  if (!probe.success) return refused("", "Expected a JSON object");
  if (probe.data.format !== EXPORT_FORMAT) return refused("format", 'Not a Pendulum export ("format" must be "pendulum")');
  const version = probe.data.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return refused("version", "version must be a whole number from 1");
  }
  if (version > CURRENT_EXPORT_VERSION) {
    return refused(
      "version",
      `This file is version ${version}, made by a newer Pendulum; this one reads up to version ${CURRENT_EXPORT_VERSION}`,
    );
  }
  const checkins = probe.data.checkins;
  if (Array.isArray(checkins) && checkins.length > MAX_IMPORT_CHECKINS) return refused("checkins", tooManyCheckins(checkins.length));
  return { ok: true, json };
}

/**
 * Reads an export file's text: JSON errors, a wrong format, a newer version and every schema
 * problem come back as issues with their JSON paths (at most MAX_ISSUES, the rest counted).
 * Accepts every version up to the current one.
 */
export function parseExportFile(text: string): ParseExportResult {
  const reading = readExportFile(text);
  if (reading.stage === "valid") return { ok: true, file: reading.file };
  if (reading.stage === "file") return { ok: false, issues: reading.issues };
  return { ok: false, ...issuesBody(listIssues(reading.error)) };
}
