import { z } from "zod";
import { REPORT_PRESETS } from "../report/range";
import { CURATION_LIMITS } from "../report/talking-points";
import type { FormSpec } from "./form";
import { isoWeekSchema } from "./primitives";

export const REPORT_FORMATS = ["pdf", "md", "csv"] as const;
export const reportFormatSchema = z.enum(REPORT_FORMATS, { error: "Format must be pdf, md or csv" });

const notesFlag = z
  .enum(["0", "1"], { error: 'notes must be "1" or "0"' })
  .optional()
  .transform((v) => v === "1");

/** A report download's query string; the order and length of the range are checked after (422). */
export const reportQuerySchema = z.object({
  from: isoWeekSchema,
  to: isoWeekSchema,
  notes: notesFlag,
});

/** The report page's query string: a preset or two weeks; anything unreadable falls back to the default preset. */
export const reportPageQuerySchema = z.object({
  preset: z.enum(REPORT_PRESETS.map((p) => p.id) as [string, ...string[]]).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  notes: notesFlag.catch(false),
});

export const SHARE_EXPIRY_DAYS = [7, 30, 90] as const;

export const createShareLinkSchema = z.strictObject({
  from: isoWeekSchema,
  to: isoWeekSchema,
  includeNotes: z.boolean({ error: "includeNotes must be true or false" }),
  expiresInDays: z.union(SHARE_EXPIRY_DAYS.map((d) => z.literal(d)) as unknown as [z.ZodLiteral<7>, z.ZodLiteral<30>, z.ZodLiteral<90>], {
    error: "Choose 7, 30 or 90 days",
  }),
});

export type CreateShareLinkInput = z.output<typeof createShareLinkSchema>;

/** The report page's share form; an unticked checkbox is not sent at all, so a missing includeNotes means false. */
export const SHARE_LINK_FORM_SPEC: FormSpec = { from: "text", to: "text", includeNotes: "boolean", expiresInDays: "number" };
export const createShareLinkFormSchema = createShareLinkSchema.extend({ includeNotes: createShareLinkSchema.shape.includeNotes.default(false) });

export const REVOKE_SHARE_LINK_FORM_SPEC: FormSpec = { id: "text" };
export const revokeShareLinkSchema = z.strictObject({ id: z.uuid("Unknown link") });

/** Turns a link's replies on or off (the switch on /report). */
export const SHARE_LINK_REPLIES_FORM_SPEC: FormSpec = { id: "text", enabled: "boolean" };
export const shareLinkRepliesSchema = z.strictObject({ id: z.uuid("Unknown link"), enabled: z.boolean("Choose on or off") });

/** Most own points and edited suggestions one curation form may carry; more is refused, never read. */
export const CURATION_FORM_MAX_FIELDS = 40;

/**
 * The talking-points form as a plain shape: `pick` (repeated ids), `edit.<id>` (wording), `own`
 * (repeated), `message`. Only the first CURATION_FORM_MAX_FIELDS fields are read; the schema refuses the rest.
 */
export function talkingPointsFormShape(form: FormData): Record<string, unknown> {
  const picked: string[] = [];
  const added: string[] = [];
  const edits: Record<string, string> = Object.create(null) as Record<string, string>;
  let message: string | undefined;
  let fields = 0;
  let tooMany = false;
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$") || name === "intent") continue;
    if (++fields > CURATION_FORM_MAX_FIELDS) {
      tooMany = true;
      break;
    }
    if (typeof value !== "string") continue;
    if (name === "pick") picked.push(value);
    else if (name === "own") added.push(value);
    else if (name === "message") message = value;
    else if (name.startsWith("edit.")) edits[name.slice(5)] = value;
  }
  return { picked, added, edits: { ...edits }, message: message ?? "", ...(tooMany ? { tooMany: true } : {}) };
}

const curationText = z.string().max(CURATION_LIMITS.text, `At most ${CURATION_LIMITS.text} characters`);

export const talkingPointsFormSchema = z.strictObject({
  picked: z.array(z.string().max(80)).max(CURATION_LIMITS.points * 2, "Too many points"),
  edits: z.record(z.string().max(80), curationText),
  added: z.array(curationText).max(CURATION_LIMITS.points, "Too many points of your own"),
  message: z.string().max(CURATION_LIMITS.message, `Keep the message to ${CURATION_LIMITS.message} characters`),
});
