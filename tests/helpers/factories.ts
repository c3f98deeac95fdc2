import type { CheckinRecord } from "../../lib/checkin";
import { checkinSchema, type Checkin, type CheckinInput } from "../../lib/validation/checkin";
import { profileSchema, type Profile, type ProfileInput } from "../../lib/validation/profile";

/** A typical week of a new lead, every field answered, in the data-format shape without its week. */
export const TYPICAL_WEEK = {
  hours: { meetings: 12, execution: 18, mentoring: 6, other: 4 },
  lowValueMeetingHours: 2,
  energy: { meetings: 2, execution: 5, mentoring: 3 },
  skillConfidence: 4,
  politics: 2,
  support: 4,
  teamGrowthJoy: 4,
  satisfaction: 4,
  managerOneOnOne: true,
  training: false,
  note: "A good week.",
} as const satisfies Omit<CheckinInput, "week">;

/** A validated check-in for `week`: the typical week with `patch` applied. */
export function makeCheckin(week: string, patch: Partial<CheckinInput> = {}): Checkin {
  return checkinSchema.parse({ ...TYPICAL_WEEK, week, ...patch });
}

/** A check-in as db/ reads it back. */
export function makeCheckinRecord(week: string, patch: Partial<CheckinInput> = {}, isDemo = false): CheckinRecord {
  return { ...makeCheckin(week, patch), isDemo };
}

/** A new lead's profile, the required fields answered, the default targets. */
export const TYPICAL_PROFILE = {
  displayName: "Sam",
  previousRole: "engineer",
  leadingSince: "2025-01-06",
  targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
} as const satisfies ProfileInput;

/** A validated profile: the typical one with `patch` applied. */
export function makeProfile(patch: Partial<ProfileInput> = {}): Profile {
  return profileSchema.parse({ ...TYPICAL_PROFILE, ...patch });
}
