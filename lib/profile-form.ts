import type { Profile } from "./validation/profile";
import { DEFAULT_TARGETS } from "./validation/profile";

export const PROFILE_FIELD_NAMES = [
  "displayName",
  "previousRole",
  "leadingSince",
  "teamSize",
  "timeZone",
  "targets.meetingsMaxPct",
  "targets.executionMinPct",
  "targets.mentoringMinPct",
] as const;

export type ProfileFieldName = (typeof PROFILE_FIELD_NAMES)[number];
export type ProfileFormValues = Record<ProfileFieldName, string>;

export const TARGET_FIELDS: readonly { name: ProfileFieldName; label: string; why: string }[] = [
  {
    name: "targets.meetingsMaxPct",
    label: "Meetings: at most (%)",
    why: "Past about half the week in meetings, the work that made you good at your job quietly stops.",
  },
  {
    name: "targets.executionMinPct",
    label: "Hands-on execution: at least (%)",
    why: "Some time doing the work keeps your skills and your credibility with the team.",
  },
  {
    name: "targets.mentoringMinPct",
    label: "Mentoring: at least (%)",
    why: "Growing your people is the job now; if it gets squeezed out, the team stalls.",
  },
];

export function newProfileFormValues(displayName: string): ProfileFormValues {
  return {
    displayName,
    previousRole: "",
    leadingSince: "",
    teamSize: "",
    timeZone: "",
    "targets.meetingsMaxPct": String(DEFAULT_TARGETS.meetingsMaxPct),
    "targets.executionMinPct": String(DEFAULT_TARGETS.executionMinPct),
    "targets.mentoringMinPct": String(DEFAULT_TARGETS.mentoringMinPct),
  };
}

export function profileToFormValues(profile: Profile): ProfileFormValues {
  return {
    displayName: profile.displayName,
    previousRole: profile.previousRole,
    leadingSince: profile.leadingSince,
    teamSize: profile.teamSize === null ? "" : String(profile.teamSize),
    timeZone: profile.timeZone ?? "",
    "targets.meetingsMaxPct": String(profile.targets.meetingsMaxPct),
    "targets.executionMinPct": String(profile.targets.executionMinPct),
    "targets.mentoringMinPct": String(profile.targets.mentoringMinPct),
  };
}
