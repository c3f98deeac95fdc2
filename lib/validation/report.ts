import { z } from "zod";
import { REPORT_PRESETS } from "../report/range";
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
