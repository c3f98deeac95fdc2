import { totalHours } from "../checkin";
import { isoWeekStartDate } from "../iso-week";
import type { Checkin } from "../validation/checkin";
import type { Profile } from "../validation/profile";
import type { SignalsConfig } from "./config";
import { clamp, windowMean, windowSlope } from "./math";

const WEEK_MS = 7 * 86_400_000;

/**
 * What the engine knows at one logged week, from that week and the ones before it only.
 * Shares are percentages of the week's hours; ratings are 1–5; NaN means "no answer to go on".
 */
export type Snapshot = {
  week: string;
  loggedWeeks: number;
  /** 0 for one logged week, rising to 1 at windows.fullWeightFromWeeks. */
  dataWeight: number;
  earlyCount: number;
  recentCount: number;
  trendCount: number;
  executionEarlyPct: number;
  executionRecentPct: number;
  executionSlope: number;
  meetingsRecentPct: number;
  meetingsSlope: number;
  lowValueShare: number;
  energyCount: number;
  energyExecution: number;
  energyMeetings: number;
  skillEarly: number;
  skillRecent: number;
  skillSlope: number;
  politicsRecent: number;
  supportRecent: number;
  joyRecent: number;
  satisfactionEarly: number;
  satisfactionRecent: number;
  satisfactionSlope: number;
  lowHandsOnStreak: number;
  noOneOnOneStreak: number;
  noTrainingStreak: number;
  hasHadTraining: boolean;
  /** Week 1 is the week starting on profile.leadingSince; fractional when that was not a Monday. */
  leadingWeek: number;
};

/** Running mean of the first `limit` answered values: the leader's own early baseline. */
class EarlyMean {
  private sum = 0;
  private count = 0;
  constructor(private readonly limit: number) {}
  add(value: number) {
    if (value === value && this.count < this.limit) {
      this.sum += value;
      this.count++;
    }
  }
  get value() {
    return this.count === 0 ? NaN : this.sum / this.count;
  }
}

const orNaN = (value: number | null) => (value === null ? NaN : value);

/** Only answered weeks move a yes/no run: "no" extends it, "yes" ends it, unanswered leaves it be. */
const nextNoStreak = (streak: number, answer: boolean | null) => (answer === null ? streak : answer ? 0 : streak + 1);

/**
 * One snapshot per logged week (sorted, away weeks already left out). Every measure looks back
 * over a bounded window or keeps a running value, so the whole history costs O(weeks × window).
 */
export function toSnapshots(
  logged: readonly Checkin[],
  ordinals: readonly number[],
  profile: Profile,
  config: SignalsConfig,
): Snapshot[] {
  const n = logged.length;
  if (n === 0) return [];
  const { earlyWeeks, recentWeeks, trendWeeks, minTrendPoints, fullWeightFromWeeks } = config.windows;
  const energyWeeks = config.missedExecuting.energyWeeks;
  const lowHandsOnPct = config.skillsSlipping.lowHandsOnPct;

  const execution = new Float64Array(n);
  const meetings = new Float64Array(n);
  const meetingHours = new Float64Array(n);
  const lowValueHours = new Float64Array(n);
  const energyExecution = new Float64Array(n);
  const energyMeetings = new Float64Array(n);
  const skill = new Float64Array(n);
  const politics = new Float64Array(n);
  const support = new Float64Array(n);
  const joy = new Float64Array(n);
  const satisfaction = new Float64Array(n);

  const firstMondayMs = Date.parse(`${isoWeekStartDate(logged[0]!.week)}T00:00:00Z`);
  const firstOrdinal = ordinals[0]!;
  const leadingSinceMs = Date.parse(`${profile.leadingSince}T00:00:00Z`);

  const executionEarly = new EarlyMean(earlyWeeks);
  const skillEarly = new EarlyMean(earlyWeeks);
  const satisfactionEarly = new EarlyMean(earlyWeeks);
  let lowHandsOnStreak = 0;
  let noOneOnOneStreak = 0;
  let noTrainingStreak = 0;
  let hasHadTraining = false;

  const snapshots: Snapshot[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = logged[i]!;
    const total = totalHours(c.hours);
    execution[i] = (100 * c.hours.execution) / total;
    meetings[i] = (100 * c.hours.meetings) / total;
    meetingHours[i] = c.hours.meetings;
    lowValueHours[i] = orNaN(c.lowValueMeetingHours);
    energyExecution[i] = orNaN(c.energy.execution);
    energyMeetings[i] = orNaN(c.energy.meetings);
    skill[i] = orNaN(c.skillConfidence);
    politics[i] = orNaN(c.politics);
    support[i] = orNaN(c.support);
    joy[i] = orNaN(c.teamGrowthJoy);
    satisfaction[i] = orNaN(c.satisfaction);

    executionEarly.add(execution[i]!);
    skillEarly.add(skill[i]!);
    satisfactionEarly.add(satisfaction[i]!);
    lowHandsOnStreak = execution[i]! < lowHandsOnPct ? lowHandsOnStreak + 1 : 0;
    noOneOnOneStreak = nextNoStreak(noOneOnOneStreak, c.managerOneOnOne);
    noTrainingStreak = nextNoStreak(noTrainingStreak, c.training);
    if (c.training === true) hasHadTraining = true;

    const end = i + 1;
    const recentFrom = Math.max(0, end - recentWeeks);
    const trendFrom = Math.max(0, end - trendWeeks);
    const energyFrom = Math.max(0, end - energyWeeks);

    let lowValue = 0;
    let lowValueMeetings = 0;
    for (let j = recentFrom; j < end; j++) {
      if (lowValueHours[j] === lowValueHours[j]) {
        lowValue += lowValueHours[j]!;
        lowValueMeetings += meetingHours[j]!;
      }
    }

    const mondayMs = firstMondayMs + (ordinals[i]! - firstOrdinal) * WEEK_MS;
    snapshots[i] = {
      week: c.week,
      loggedWeeks: end,
      dataWeight: fullWeightFromWeeks <= 1 ? 1 : clamp((end - 1) / (fullWeightFromWeeks - 1), 0, 1),
      earlyCount: Math.min(earlyWeeks, end),
      recentCount: end - recentFrom,
      trendCount: end - trendFrom,
      executionEarlyPct: executionEarly.value,
      executionRecentPct: windowMean(execution, recentFrom, end),
      executionSlope: windowSlope(execution, trendFrom, end, minTrendPoints),
      meetingsRecentPct: windowMean(meetings, recentFrom, end),
      meetingsSlope: windowSlope(meetings, trendFrom, end, minTrendPoints),
      lowValueShare: lowValueMeetings > 0 ? lowValue / lowValueMeetings : NaN,
      energyCount: end - energyFrom,
      energyExecution: windowMean(energyExecution, energyFrom, end),
      energyMeetings: windowMean(energyMeetings, energyFrom, end),
      skillEarly: skillEarly.value,
      skillRecent: windowMean(skill, recentFrom, end),
      skillSlope: windowSlope(skill, trendFrom, end, minTrendPoints),
      politicsRecent: windowMean(politics, recentFrom, end),
      supportRecent: windowMean(support, recentFrom, end),
      joyRecent: windowMean(joy, recentFrom, end),
      satisfactionEarly: satisfactionEarly.value,
      satisfactionRecent: windowMean(satisfaction, recentFrom, end),
      satisfactionSlope: windowSlope(satisfaction, trendFrom, end, minTrendPoints),
      lowHandsOnStreak,
      noOneOnOneStreak,
      noTrainingStreak,
      hasHadTraining,
      leadingWeek: (mondayMs - leadingSinceMs) / WEEK_MS + 1,
    };
  }
  return snapshots;
}
