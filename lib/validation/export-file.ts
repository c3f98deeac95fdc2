import { z } from "zod";
import { checkinSchema } from "./checkin";
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
