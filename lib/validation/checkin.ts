import { z } from "zod";
import { compareIsoWeeks, isValidIsoWeek } from "../iso-week";
import { perRating } from "../ratings";
import {
  HOURS_IN_WEEK,
  NOTE_MAX_LENGTH,
  hoursSchema,
  isoWeekSchema,
  optionalNote,
  ratingSchema,
  yesNoSchema,
} from "./primitives";

const EMPTY_ENERGY = { meetings: null, execution: null, mentoring: null };

const energySchema = z
  .strictObject({ meetings: ratingSchema, execution: ratingSchema, mentoring: ratingSchema })
  .nullish()
  .transform((v) => v ?? EMPTY_ENERGY);

const count = z.number({ error: "A count must be a number" }).int("Counts are whole numbers").min(0).max(1_000);

/** The week's shape from a calendar import (lib/calendar/shape.ts); an optional key of a version-1 check-in. */
export const weekShapeSchema = z.strictObject(
  {
    focusBlocks: count,
    backToBackRuns: count,
    afterHoursMeetingHours: z.number({ error: "Hours must be a number" }).min(0).max(HOURS_IN_WEEK),
    meetingsOverOneHour: count,
    meetingsOverEightPeople: count,
    recurringMeetingShare: z.number({ error: "A share must be a number" }).min(0).max(1),
  },
  { error: "The week's shape has focusBlocks, backToBackRuns, afterHoursMeetingHours, meetingsOverOneHour, meetingsOverEightPeople and recurringMeetingShare" },
);

const checkinObject = z.strictObject({
  week: isoWeekSchema,
  hours: z.strictObject({
    meetings: hoursSchema,
    execution: hoursSchema,
    mentoring: hoursSchema,
    other: hoursSchema,
  }),
  lowValueMeetingHours: hoursSchema.nullish().transform((v) => v ?? null),
  energy: energySchema,
  ...perRating(() => ratingSchema),
  managerOneOnOne: yesNoSchema,
  training: yesNoSchema,
  note: optionalNote("note", NOTE_MAX_LENGTH),
  /** Absent: keep what is stored (a form saved without a new import); null: none. */
  calendarShape: weekShapeSchema.nullable().optional(),
});

/** A check-in in the shape of the data format (version 1); output is normalized to nulls. */
export const checkinSchema = checkinObject.superRefine((c, ctx) => {
  const total = c.hours.meetings + c.hours.execution + c.hours.mentoring + c.hours.other;
  if (total > HOURS_IN_WEEK) {
    ctx.addIssue({
      code: "custom",
      path: ["hours", "total"],
      message: `The four activities add up to ${total} h; a week has only ${HOURS_IN_WEEK}`,
    });
  }
  if (c.lowValueMeetingHours !== null && c.lowValueMeetingHours > c.hours.meetings) {
    ctx.addIssue({
      code: "custom",
      path: ["lowValueMeetingHours"],
      message: "Low-value hours can't be more than the meeting hours",
    });
  }
});

export type CheckinInput = z.input<typeof checkinSchema>;
export type Checkin = z.output<typeof checkinSchema>;

/** The check-in schema for a leader whose current week is `currentWeek`: later weeks are refused. */
export function checkinSchemaUpTo(currentWeek: string) {
  return checkinSchema.superRefine((c, ctx) => {
    if (isValidIsoWeek(c.week) && compareIsoWeeks(c.week, currentWeek) > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["week"],
        message: `You can log weeks up to the current one (${currentWeek}), not later`,
      });
    }
  });
}
