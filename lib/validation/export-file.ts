import { z } from "zod";
import { checkinSchema } from "./checkin";
import { toFieldIssues } from "./issues";
import { profileSchema, settingsSchema } from "./profile";

export const EXPORT_FORMAT = "pendulum";
export const CURRENT_EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const exportFileV1Schema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT, { error: 'Not a Pendulum file ("format" must be "pendulum")' }),
    version: z.literal(1, { error: "Unsupported version" }),
    profile: profileSchema,
    settings: settingsSchema,
    checkins: z.array(checkinSchema, { error: "checkins must be a list" }),
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
  | { ok: false; issues: { path: string; message: string }[] };

const versionProbe = z.looseObject({ format: z.unknown(), version: z.unknown() });

/**
 * Reads an export file's text: JSON errors, a wrong format, a newer version and every schema
 * problem come back as issues with their JSON paths. Accepts every version up to the current one.
 */
export function parseExportFile(text: string): ParseExportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: "", message: `Not valid JSON: ${(error as Error).message}` }] };
  }
  const probe = versionProbe.safeParse(json);
  if (!probe.success) return { ok: false, issues: [{ path: "", message: "Expected a JSON object" }] };
  if (probe.data.format !== EXPORT_FORMAT) {
    return { ok: false, issues: [{ path: "format", message: 'Not a Pendulum export ("format" must be "pendulum")' }] };
  }
  const version = probe.data.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, issues: [{ path: "version", message: "version must be a whole number from 1" }] };
  }
  if (version > CURRENT_EXPORT_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: "version",
          message: `This file is version ${version}, made by a newer Pendulum; this one reads up to version ${CURRENT_EXPORT_VERSION}`,
        },
      ],
    };
  }
  const parsed = exportFileV1Schema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
  return { ok: true, file: parsed.data };
}
