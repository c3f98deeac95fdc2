export const PREVIOUS_ROLES = ["engineer", "product", "design", "it", "other"] as const;
export type PreviousRole = (typeof PREVIOUS_ROLES)[number];

export const PREVIOUS_ROLE_LABELS: Record<PreviousRole, string> = {
  engineer: "Engineer",
  product: "Product",
  design: "Design",
  it: "IT",
  other: "Other",
};

/** The activities in the one order every bar, legend, key and table shows them. */
export const ACTIVITIES = ["meetings", "execution", "mentoring", "other"] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const ACTIVITY_LABELS: Record<Activity, string> = {
  meetings: "Meetings",
  execution: "Hands-on execution",
  mentoring: "Mentoring",
  other: "Other",
};

export const ENERGY_ACTIVITIES = ["meetings", "execution", "mentoring"] as const;
export type EnergyActivity = (typeof ENERGY_ACTIVITIES)[number];

export { RATINGS, type Rating } from "./ratings";

export const YES_NO_QUESTIONS = ["managerOneOnOne", "training"] as const;
export type YesNoQuestion = (typeof YES_NO_QUESTIONS)[number];

export const SIGN_IDS = [
  "missed-executing",
  "skills-slipping",
  "meetings-politics",
  "not-set-up",
  "doesnt-like-it",
] as const;
export type SignId = (typeof SIGN_IDS)[number];
