import { isAwayWeek, totalHours } from "../checkin";
import { formatHours } from "../format";
import type { Checkin } from "../validation/checkin";
import type { ExperimentMeasure } from "../validation/experiment";
import type { MeasureKind } from "./kinds";

/** How a measure's weekly values are shown and compared. */
export type MeasureUnit = "percent" | "hours" | "share-of-weeks";

export type MeasureDefinition = {
  kind: MeasureKind;
  unit: MeasureUnit;
  /** How a result sentence starts: "Hands-on work" (took 31 % of your week), "You had a 1:1 with your manager" (in 2 of 4 weeks). */
  subject: string;
  /** The value of one logged week, or null when the week says nothing about it (away, unanswered). */
  read(checkin: Checkin): number | null;
  /** A difference smaller than this is not worth calling a change (judgment calls, docs/insights.md). */
  meaningfulDifference: number;
};

const share = (checkin: Checkin, part: "execution" | "mentoring" | "meetings") =>
  isAwayWeek(checkin.hours) ? null : (100 * checkin.hours[part]) / totalHours(checkin.hours);
const yesNo = (answer: boolean | null) => (answer === null ? null : answer ? 1 : 0);

export const MEASURES: Record<MeasureKind, MeasureDefinition> = {
  executionShareAtLeast: {
    kind: "executionShareAtLeast",
    unit: "percent",
    subject: "Hands-on work",
    read: (c) => share(c, "execution"),
    meaningfulDifference: 5,
  },
  mentoringShareAtLeast: {
    kind: "mentoringShareAtLeast",
    unit: "percent",
    subject: "Mentoring",
    read: (c) => share(c, "mentoring"),
    meaningfulDifference: 5,
  },
  meetingsShareAtMost: {
    kind: "meetingsShareAtMost",
    unit: "percent",
    subject: "Meetings",
    read: (c) => share(c, "meetings"),
    meaningfulDifference: 5,
  },
  lowValueMeetingHoursAtMost: {
    kind: "lowValueMeetingHoursAtMost",
    unit: "hours",
    subject: "Low-value meetings",
    read: (c) => (isAwayWeek(c.hours) ? null : c.lowValueMeetingHours),
    meaningfulDifference: 1,
  },
  totalHoursAtMost: {
    kind: "totalHoursAtMost",
    unit: "hours",
    subject: "Your working hours",
    read: (c) => (isAwayWeek(c.hours) ? null : totalHours(c.hours)),
    meaningfulDifference: 2,
  },
  managerOneOnOneEveryOtherWeek: {
    kind: "managerOneOnOneEveryOtherWeek",
    unit: "share-of-weeks",
    subject: "You had a 1:1 with your manager",
    read: (c) => (isAwayWeek(c.hours) ? null : yesNo(c.managerOneOnOne)),
    meaningfulDifference: 0.25,
  },
  trainingOrPeerTime: {
    kind: "trainingOrPeerTime",
    unit: "share-of-weeks",
    subject: "You had training, coaching or peer time",
    read: (c) => (isAwayWeek(c.hours) ? null : yesNo(c.training)),
    meaningfulDifference: 0.25,
  },
};

/** "Hands-on work at least 25 % of your week", "A 1:1 with your manager every other week". */
export function measureLabel(measure: ExperimentMeasure): string {
  switch (measure.kind) {
    case "executionShareAtLeast":
      return `Hands-on work at least ${measure.target} % of your week`;
    case "mentoringShareAtLeast":
      return `Mentoring at least ${measure.target} % of your week`;
    case "meetingsShareAtMost":
      return `Meetings at most ${measure.target} % of your week`;
    case "lowValueMeetingHoursAtMost":
      return `At most ${formatHours(measure.target)} of low-value meetings a week`;
    case "totalHoursAtMost":
      return `At most ${formatHours(measure.target)} of work a week`;
    case "managerOneOnOneEveryOtherWeek":
      return "A 1:1 with your manager every other week";
    case "trainingOrPeerTime":
      return "Leadership training, coaching or a peer group at least once";
  }
}

/** Whether one week's value reaches a target measure (shares compared as the whole percent shown). */
export function weekMeetsTarget(measure: ExperimentMeasure, value: number): boolean {
  switch (measure.kind) {
    case "executionShareAtLeast":
    case "mentoringShareAtLeast":
      return Math.round(value) >= measure.target;
    case "meetingsShareAtMost":
      return Math.round(value) <= measure.target;
    case "lowValueMeetingHoursAtMost":
    case "totalHoursAtMost":
      return value <= measure.target;
    case "managerOneOnOneEveryOtherWeek":
    case "trainingOrPeerTime":
      return value === 1;
  }
}

/**
 * Whether the experiment's weeks reached the measure as a whole: every logged week for a target
 * (a week missed is reported as such), a 1:1 in at least half the answered weeks, or training at
 * least once. Null without a readable week.
 */
export function targetReached(measure: ExperimentMeasure, values: readonly number[]): { metWeeks: number; of: number; reached: boolean | null } {
  const metWeeks = values.filter((v) => weekMeetsTarget(measure, v)).length;
  const of = values.length;
  if (of === 0) return { metWeeks, of, reached: null };
  switch (measure.kind) {
    case "managerOneOnOneEveryOtherWeek":
      return { metWeeks, of, reached: metWeeks * 2 >= of };
    case "trainingOrPeerTime":
      return { metWeeks, of, reached: metWeeks >= 1 };
    default:
      return { metWeeks, of, reached: metWeeks === of };
  }
}

/** The targets a blank experiment starts from: the lead's own targets where they have one (profile.targets). */
export type TargetDefaults = { executionMinPct: number; mentoringMinPct: number; meetingsMaxPct: number };

const DEFAULT_HOURS = { lowValueMeetingHoursAtMost: 2, totalHoursAtMost: 45 } as const;

/** A measure of `kind` with a sensible starting target; 45 h and 2 h are judgment calls (docs/insights.md). */
export function defaultMeasure(kind: MeasureKind, targets: TargetDefaults): ExperimentMeasure {
  switch (kind) {
    case "executionShareAtLeast":
      return { kind, target: Math.max(1, targets.executionMinPct) };
    case "mentoringShareAtLeast":
      return { kind, target: Math.max(1, targets.mentoringMinPct) };
    case "meetingsShareAtMost":
      return { kind, target: Math.min(99, targets.meetingsMaxPct) };
    case "lowValueMeetingHoursAtMost":
    case "totalHoursAtMost":
      return { kind, target: DEFAULT_HOURS[kind] };
    case "managerOneOnOneEveryOtherWeek":
    case "trainingOrPeerTime":
      return { kind };
  }
}

/**
 * The measure each next step of lib/signals/steps.ts suggests, by its stable id; a step missing
 * here (a conversation, a note to self) leaves the lead to choose one.
 */
export const STEP_MEASURES: Readonly<Record<string, MeasureKind>> = {
  "block-hands-on-half-days": "executionShareAtLeast",
  "take-off-critical-path-task": "executionShareAtLeast",
  "pair-on-real-work": "executionShareAtLeast",
  "hand-over-a-meeting": "meetingsShareAtMost",
  "keep-meeting-free-block": "meetingsShareAtMost",
  "decline-low-value-meeting": "lowValueMeetingHoursAtMost",
  "mark-draining-meetings": "lowValueMeetingHoursAtMost",
  "set-a-stopping-time": "totalHoursAtMost",
  "ask-for-recurring-one-on-one": "managerOneOnOneEveryOtherWeek",
  "talk-about-the-pendulum": "managerOneOnOneEveryOtherWeek",
  "name-what-you-need": "managerOneOnOneEveryOtherWeek",
  "find-training-or-peer-group": "trainingOrPeerTime",
  "plan-one-coaching-conversation": "mentoringShareAtLeast",
};
