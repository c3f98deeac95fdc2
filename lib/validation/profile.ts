import { z } from "zod";
import { PREVIOUS_ROLES } from "../enums";
import { calendarSettingsSchema, reminderSettingsSchema } from "./calendar";
import { DISPLAY_NAME_MAX_LENGTH, TEAM_SIZE_MAX } from "../limits";
import { isoDateSchema, percentSchema, timeZoneSchema, userText } from "./primitives";

export const DEFAULT_TARGETS = { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 } as const;

export const targetsSchema = z
  .strictObject({
    meetingsMaxPct: percentSchema,
    executionMinPct: percentSchema,
    mentoringMinPct: percentSchema,
  })
  .superRefine((t, ctx) => {
    if (t.executionMinPct + t.mentoringMinPct > 100) {
      ctx.addIssue({
        code: "custom",
        path: ["mentoringMinPct"],
        message: "Execution and mentoring minimums can't add up to more than 100 %",
      });
    }
  });

export const profileSchema = z.strictObject({
  displayName: userText(z.string({ error: "Enter a display name" }).trim().min(1, "Enter a display name"), {
    what: "The name",
    max: DISPLAY_NAME_MAX_LENGTH,
    tooLong: `Keep the name to ${DISPLAY_NAME_MAX_LENGTH} characters`,
  }),
  previousRole: z.enum(PREVIOUS_ROLES, { error: "Choose engineer, product, design, IT or other" }),
  leadingSince: isoDateSchema,
  teamSize: z
    .number({ error: "Team size must be a number" })
    .int("Team size must be a whole number")
    .min(0, "Team size can't be negative")
    .max(TEAM_SIZE_MAX, "Team size looks too large")
    .nullish()
    .transform((v) => v ?? null),
  timeZone: timeZoneSchema.nullish().transform((v) => v ?? null),
  targets: targetsSchema,
});

export type ProfileInput = z.input<typeof profileSchema>;
export type Profile = z.output<typeof profileSchema>;
export type Targets = z.output<typeof targetsSchema>;

/** The profile for a leader whose today (in their zone) is `today`: leading can't start later. */
export function profileSchemaAsOf(today: string) {
  return profileSchema.superRefine((p, ctx) => {
    if (p.leadingSince > today) {
      ctx.addIssue({ code: "custom", path: ["leadingSince"], message: "The start date can't be in the future" });
    }
  });
}

/** Preferences that later features keep; every key is optional so files stay version 1. */
export const settingsSchema = z
  .strictObject({
    calendar: calendarSettingsSchema.optional(),
    reminder: reminderSettingsSchema.optional(),
  })
  .nullish()
  .transform((v) => v ?? {});

export type Settings = z.output<typeof settingsSchema>;

const SETTINGS_SECTIONS = { calendar: calendarSettingsSchema, reminder: reminderSettingsSchema } as const;

/**
 * Settings as stored (JSON the database hands back, perhaps written by an older version or by hand),
 * read section by section: a section that no longer parses is left out, so its defaults apply,
 * rather than trusted or failing the whole profile. Unknown keys are dropped.
 */
export function settingsFromStored(stored: unknown): Settings {
  const settings: Settings = {};
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return settings;
  const record = stored as Record<string, unknown>;
  for (const key of Object.keys(SETTINGS_SECTIONS) as Array<keyof typeof SETTINGS_SECTIONS>) {
    if (!Object.hasOwn(record, key)) continue;
    const parsed = SETTINGS_SECTIONS[key].safeParse(record[key]);
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
  }
  return settings;
}
