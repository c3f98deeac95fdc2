import { addIsoWeeks, isoWeekStartDate } from "@/lib/iso-week";
import type { CheckinInput } from "@/lib/validation/checkin";
import { exportFileV1Schema, type ExportFile } from "@/lib/validation/export-file";
import { DEFAULT_TARGETS, type ProfileInput } from "@/lib/validation/profile";

export type Rng = () => number;

/** mulberry32: a small seeded generator, so every persona is the same on every run. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A week as a persona lives it: shares of the week (0–1) and ratings before rounding. */
export type WeekPlan = {
  totalHours?: number;
  shares: { meetings: number; execution: number; mentoring: number };
  lowValueOfMeetings?: number | null;
  energy?: { meetings: number; execution: number; mentoring: number } | null;
  skillConfidence?: number | null;
  politics?: number | null;
  support?: number | null;
  teamGrowthJoy?: number | null;
  satisfaction?: number | null;
  managerOneOnOne?: boolean | null;
  training?: boolean | null;
};

export type PlanFn = (i: number, rng: Rng) => WeekPlan | "away" | "missing";

export type PersonaOptions = {
  weeks: number;
  plan: PlanFn;
  seed?: number;
  startWeek?: string;
  profile?: Partial<ProfileInput>;
};

export const START_WEEK = "2025-W02";

const quarter = (hours: number) => Math.max(0, Math.round(hours * 4) / 4);
const rating = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.min(5, Math.max(1, Math.round(value)));

/** Linear path through [week, value] points, flat before the first and after the last. */
export function path(i: number, points: ReadonlyArray<readonly [number, number]>): number {
  const first = points[0]!;
  if (i <= first[0]) return first[1];
  for (let k = 1; k < points.length; k++) {
    const [x1, y1] = points[k]!;
    const [x0, y0] = points[k - 1]!;
    if (i <= x1) return y0 + ((y1 - y0) * (i - x0)) / (x1 - x0);
  }
  return points[points.length - 1]![1];
}

export const jitter = (rng: Rng, spread: number) => (rng() - 0.5) * spread;

export function toCheckin(week: string, plan: WeekPlan | "away"): CheckinInput {
  if (plan === "away") {
    return { week, hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 } };
  }
  const total = plan.totalHours ?? 40;
  const meetings = quarter(total * plan.shares.meetings);
  const execution = quarter(total * plan.shares.execution);
  const mentoring = quarter(total * plan.shares.mentoring);
  const other = quarter(Math.max(0, total - meetings - execution - mentoring));
  const lowValue = plan.lowValueOfMeetings;
  return {
    week,
    hours: { meetings, execution, mentoring, other },
    lowValueMeetingHours: lowValue === null || lowValue === undefined ? null : Math.min(meetings, quarter(meetings * lowValue)),
    energy: plan.energy
      ? { meetings: rating(plan.energy.meetings), execution: rating(plan.energy.execution), mentoring: rating(plan.energy.mentoring) }
      : null,
    skillConfidence: rating(plan.skillConfidence),
    politics: rating(plan.politics),
    support: rating(plan.support),
    teamGrowthJoy: rating(plan.teamGrowthJoy),
    satisfaction: rating(plan.satisfaction),
    managerOneOnOne: plan.managerOneOnOne ?? null,
    training: plan.training ?? null,
  };
}

/** Builds a valid export file week by week (checked against the real schema). */
export function buildExport({ weeks, plan, seed = 1, startWeek = START_WEEK, profile = {} }: PersonaOptions): ExportFile {
  const rng = seededRng(seed);
  const checkins: CheckinInput[] = [];
  for (let i = 0; i < weeks; i++) {
    const planned = plan(i, rng);
    if (planned !== "missing") checkins.push(toCheckin(addIsoWeeks(startWeek, i), planned));
  }
  return exportFileV1Schema.parse({
    format: "pendulum",
    version: 1,
    profile: {
      displayName: "Test lead",
      previousRole: "engineer",
      leadingSince: isoWeekStartDate(startWeek),
      teamSize: 6,
      timeZone: "Europe/Berlin",
      targets: { ...DEFAULT_TARGETS },
      ...profile,
    },
    checkins,
  });
}

/** A healthy, balanced week: the base most personas drift away from. */
export function balancedWeek(i: number, rng: Rng): WeekPlan {
  return {
    shares: { meetings: 0.4 + jitter(rng, 0.06), execution: 0.3 + jitter(rng, 0.06), mentoring: 0.2 + jitter(rng, 0.04) },
    lowValueOfMeetings: 0.1,
    energy: { meetings: 3 + jitter(rng, 1.2), execution: 4 + jitter(rng, 1.2), mentoring: 4 + jitter(rng, 1.2) },
    skillConfidence: 4 + jitter(rng, 1.4),
    politics: 2 + jitter(rng, 1.4),
    support: 4 + jitter(rng, 1.4),
    teamGrowthJoy: 4 + jitter(rng, 1.4),
    satisfaction: 4 + jitter(rng, 1.4),
    managerOneOnOne: i % 4 !== 3,
    training: i % 6 === 5,
  };
}

export const healthyLead = (weeks = 30, seed = 11) =>
  buildExport({ weeks, seed, plan: balancedWeek });

/** Story 1: a former engineer whose coding time drained away while coding still energizes them most. */
export const formerEngineer = (weeks = 20, seed = 21) =>
  buildExport({
    weeks,
    seed,
    profile: { previousRole: "engineer" },
    plan: (i, rng) => {
      const execution = path(i, [[3, 0.4], [12, 0.07]]) + jitter(rng, 0.02);
      return {
        ...balancedWeek(i, rng),
        shares: { execution, meetings: 0.3 + (0.4 - execution) * 0.6, mentoring: 0.2 },
        energy: { meetings: 3, execution: 5, mentoring: 4 },
        satisfaction: path(i, [[4, 4], [16, 3]]) + jitter(rng, 1),
      };
    },
  });

/** Story 2: a product manager whose craft went unused for months and whose confidence faded. */
export const productManager = (weeks = 20, seed = 31) =>
  buildExport({
    weeks,
    seed,
    profile: { previousRole: "product" },
    plan: (i, rng) => ({
      ...balancedWeek(i, rng),
      shares: { meetings: 0.45 + jitter(rng, 0.04), execution: 0.05 + jitter(rng, 0.02), mentoring: 0.3 },
      energy: { meetings: 3, execution: 3, mentoring: 4 },
      skillConfidence: path(i, [[0, 4.5], [12, 2]]) + jitter(rng, 0.6),
      satisfaction: 3.5 + jitter(rng, 1),
    }),
  });

/** Story 3: a direct lead buried in a rising pile of meetings and politics. */
export const meetingsLead = (weeks = 16, seed = 41) =>
  buildExport({
    weeks,
    seed,
    profile: { previousRole: "engineer" },
    plan: (i, rng) => ({
      ...balancedWeek(i, rng),
      shares: {
        meetings: path(i, [[0, 0.55], [15, 0.78]]) + jitter(rng, 0.03),
        execution: path(i, [[0, 0.2], [15, 0.1]]),
        mentoring: path(i, [[0, 0.15], [15, 0.07]]),
      },
      lowValueOfMeetings: 0.5,
      energy: { meetings: 1.5 + jitter(rng, 1), execution: 3, mentoring: 3 },
      politics: 4.5 + jitter(rng, 1),
      support: 3,
      satisfaction: path(i, [[0, 3.5], [15, 2.5]]) + jitter(rng, 0.6),
    }),
  });

/** Story 4: an ex-help-desk lead handed a whole department with no training and no 1:1s. */
export const helpDeskLead = (weeks = 12, seed = 51, answers: { oneOnOne?: boolean | null; training?: boolean | null } = {}) =>
  buildExport({
    weeks,
    seed,
    profile: { previousRole: "it" },
    plan: (i, rng) => ({
      ...balancedWeek(i, rng),
      shares: { meetings: 0.35, execution: 0.35 + jitter(rng, 0.04), mentoring: 0.1 },
      energy: { meetings: 3, execution: 3, mentoring: 3 },
      skillConfidence: 3 + jitter(rng, 1),
      support: 1.5 + jitter(rng, 1),
      satisfaction: path(i, [[0, 3.5], [11, 2.5]]) + jitter(rng, 0.6),
      teamGrowthJoy: 3 + jitter(rng, 1),
      politics: 3,
      managerOneOnOne: answers.oneOnOne === undefined ? false : answers.oneOnOne,
      training: answers.training === undefined ? false : answers.training,
    }),
  });

/** Story 5: a lead who found no joy in growing the team; a bit of every other sign, satisfaction sinking. */
export const joylessLead = (weeks = 20, seed = 61) =>
  buildExport({
    weeks,
    seed,
    profile: { previousRole: "design" },
    plan: (i, rng) => ({
      ...balancedWeek(i, rng),
      shares: {
        meetings: path(i, [[0, 0.45], [12, 0.62]]) + jitter(rng, 0.03),
        execution: path(i, [[0, 0.3], [12, 0.12]]) + jitter(rng, 0.03),
        mentoring: 0.15,
      },
      lowValueOfMeetings: 0.3,
      energy: { meetings: 2, execution: 4, mentoring: 2 },
      skillConfidence: path(i, [[0, 3.5], [12, 2.8]]) + jitter(rng, 0.6),
      politics: 3.5 + jitter(rng, 1),
      support: 3 + jitter(rng, 1),
      teamGrowthJoy: 1.3 + jitter(rng, 0.8),
      satisfaction: path(i, [[0, 3.5], [12, 1.5]]) + jitter(rng, 0.6),
    }),
  });

/** Five years of weeks for the long-history checks: phases of balance, drift and recovery, some away weeks. */
export const fiveYearLead = (seed = 71) =>
  buildExport({
    weeks: 260,
    seed,
    plan: (i, rng) => {
      if (i % 26 === 25) return "away";
      const execution = path(i % 104, [[0, 0.35], [40, 0.06], [70, 0.06], [90, 0.3]]) + jitter(rng, 0.03);
      return {
        ...balancedWeek(i, rng),
        shares: { execution, meetings: 0.3 + (0.35 - execution) * 0.8, mentoring: 0.15 },
        energy: { meetings: 2.5 + jitter(rng, 1), execution: 4.5 + jitter(rng, 1), mentoring: 3.5 },
        skillConfidence: path(i % 104, [[0, 4], [60, 2.5], [100, 4]]) + jitter(rng, 1),
        managerOneOnOne: i % 3 === 0 ? null : rng() < 0.7,
      };
    },
  });

export const STORIES = [
  { sign: "missed-executing", story: "a former engineer whose coding time drained away", build: formerEngineer },
  { sign: "skills-slipping", story: "a product manager whose craft went unused for months", build: productManager },
  { sign: "meetings-politics", story: "a lead buried in meetings and politics", build: meetingsLead },
  { sign: "not-set-up", story: "an ex-help-desk lead with no training and no 1:1s", build: helpDeskLead },
  { sign: "doesnt-like-it", story: "a lead who found no joy in it at all", build: joylessLead },
] as const;
