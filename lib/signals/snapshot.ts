import { totalHours } from "../checkin";
import { isoWeekStartDate } from "../iso-week";
import type { Checkin } from "../validation/checkin";
import type { Profile } from "../validation/profile";
import type { SignalsConfig } from "./config";
import { RatingHistogram, interquartileMean, medianOf, windowMean, windowSlope } from "./math";

const WEEK_MS = 7 * 86_400_000;
/** A usual rating needs at least a month of answers before the weeks it is compared with. */
const MIN_USUAL_ANSWERS = 4;

/** A run of calendar weeks: from the first week that started it to the latest that extended it. */
export type Streak = {
  /** Calendar weeks from `fromOrdinal` to `toOrdinal`, away weeks left out; 0 when there is no run. */
  weeks: number;
  fromOrdinal: number;
  toOrdinal: number;
  /** Weeks that answered (and so extended the run) within it. */
  answered: number;
};

/** Data in the calendar window that ends at one week: what "enough data" is judged on. */
export type WindowCounts = {
  logged: number;
  /** Logged weeks answering skill confidence. */
  skill: number;
  /** Logged weeks answering the 1:1, training or support question. */
  support: number;
  /** Logged weeks answering joy from team growth or satisfaction. */
  feeling: number;
};

/**
 * What the engine knows at one logged week, from that week and the ones before it only.
 * Shares are percentages of the week's hours; ratings are 1–5; NaN means "no answer to go on".
 */
export type Snapshot = {
  week: string;
  ordinal: number;
  /** Position among the logged weeks, 0 for the first. */
  index: number;
  loggedWeeks: number;
  window: WindowCounts;
  baselineCount: number;
  recentCount: number;
  trendCount: number;
  energyCount: number;
  executionBaselinePct: number;
  executionRecentPct: number;
  executionSlope: number;
  meetingsRecentPct: number;
  meetingsSlope: number;
  mentoringRecentPct: number;
  hoursRecent: number;
  /** Median weekly hours over the trend window before the recent weeks; NaN with too few. Set for the last week only. */
  hoursPrior: number;
  lowValueShare: number;
  energyExecution: number;
  energyMeetings: number;
  energyMentoring: number;
  /** The interquartile mean of the answered ratings before the trend window: the leader's usual; NaN with fewer than 4. */
  skillUsual: number;
  skillRecent: number;
  /** Mean over the trend window: a sustained level rather than one week's. */
  skillSustained: number;
  skillSlope: number;
  politicsRecent: number;
  supportRecent: number;
  joyRecent: number;
  satisfactionUsual: number;
  satisfactionRecent: number;
  /** Mean over the trend window, compared with the baseline. */
  satisfactionSustained: number;
  satisfactionSlope: number;
  lowHandsOn: Streak;
  noOneOnOne: Streak;
  noTraining: Streak;
  hasHadTraining: boolean;
  /** Week 1 is the week starting on profile.leadingSince; fractional when that was not a Monday. */
  leadingWeek: number;
};

/** A check-in with its week as a running number; away weeks are kept because streaks skip them by the calendar. */
export type DatedCheckin = { checkin: Checkin; ordinal: number; isAway: boolean };

/**
 * Runs over calendar weeks. A week that extends the run after more than `maxGap` weeks without an
 * answer (not logged, or logged without answering) starts a new one; away weeks neither extend nor
 * break it and are not counted in its length.
 */
class CalendarRun {
  private start = -1;
  private last = -1;
  private away = 0;
  private awayPending = 0;
  private answered = 0;

  constructor(private readonly maxGap: number) {}

  extend(ordinal: number) {
    if (this.start >= 0 && ordinal - this.last - 1 - this.awayPending <= this.maxGap) {
      this.away += this.awayPending;
      this.answered++;
    } else {
      this.start = ordinal;
      this.away = 0;
      this.answered = 1;
    }
    this.awayPending = 0;
    this.last = ordinal;
  }

  end() {
    this.start = -1;
    this.awayPending = 0;
  }

  markAway() {
    if (this.start >= 0) this.awayPending++;
  }

  /** Writes the run as it stands at `ordinal` into `target` (reused across weeks: no allocation per week). */
  writeTo(target: Streak, ordinal: number) {
    if (this.start < 0 || ordinal - this.last - this.awayPending > this.maxGap) {
      target.weeks = 0;
      target.fromOrdinal = -1;
      target.toOrdinal = -1;
      target.answered = 0;
    } else {
      target.weeks = this.last - this.start + 1 - this.away;
      target.fromOrdinal = this.start;
      target.toOrdinal = this.last;
      target.answered = this.answered;
    }
  }
}

/**
 * The interquartile mean of the first `limit` answered values, frozen once it has them: the
 * leader's own baseline, untouched by up to a quarter of unusual weeks at either end.
 */
class Baseline {
  private readonly values: number[] = [];
  value = NaN;
  constructor(private readonly limit: number) {}
  add(v: number) {
    if (v === v && this.values.length < this.limit) {
      this.values.push(v);
      this.value = interquartileMean(this.values);
    }
  }
  get count() {
    return this.values.length;
  }
}

const orNaN = (value: number | null) => (value === null ? NaN : value);

function observeYesNo(run: CalendarRun, ordinal: number, answer: boolean | null) {
  if (answer === false) run.extend(ordinal);
  else if (answer === true) run.end();
}

export type Series = {
  /** The last logged week's snapshot; null without logged weeks. */
  last: Snapshot | null;
  /** Window counts for a data window ending at any week (the evaluation week may lie after the last logged one). */
  countsAt(endOrdinal: number): WindowCounts;
};

const emptyStreak = (): Streak => ({ weeks: 0, fromOrdinal: -1, toOrdinal: -1, answered: 0 });

function emptySnapshot(): Snapshot {
  return {
    week: "",
    ordinal: 0,
    index: 0,
    loggedWeeks: 0,
    window: { logged: 0, skill: 0, support: 0, feeling: 0 },
    baselineCount: 0,
    recentCount: 0,
    trendCount: 0,
    energyCount: 0,
    executionBaselinePct: NaN,
    executionRecentPct: NaN,
    executionSlope: NaN,
    meetingsRecentPct: NaN,
    meetingsSlope: NaN,
    mentoringRecentPct: NaN,
    hoursRecent: NaN,
    hoursPrior: NaN,
    lowValueShare: NaN,
    energyExecution: NaN,
    energyMeetings: NaN,
    energyMentoring: NaN,
    skillUsual: NaN,
    skillRecent: NaN,
    skillSustained: NaN,
    skillSlope: NaN,
    politicsRecent: NaN,
    supportRecent: NaN,
    joyRecent: NaN,
    satisfactionUsual: NaN,
    satisfactionRecent: NaN,
    satisfactionSustained: NaN,
    satisfactionSlope: NaN,
    lowHandsOn: emptyStreak(),
    noOneOnOne: emptyStreak(),
    noTraining: emptyStreak(),
    hasHadTraining: false,
    leadingWeek: 0,
  };
}

/**
 * Walks the logged weeks (input sorted by week) and hands each one's snapshot to `onWeek`. The
 * snapshot object is reused from week to week, so read it inside the callback; the last one is
 * returned. Every measure looks back over a bounded window or keeps a running value, so the whole
 * history costs O(weeks × window).
 */
export function toSeries(
  dated: readonly DatedCheckin[],
  profile: Profile,
  config: SignalsConfig,
  onWeek: (s: Readonly<Snapshot>) => void = () => {},
): Series {
  let n = 0;
  for (const d of dated) if (!d.isAway) n++;
  const { baselineWeeks, recentWeeks, trendWeeks, minTrendPoints, dataWindowWeeks } = config.windows;
  const energyWeeks = config.missedExecuting.energyWeeks;
  const lowHandsOnPct = config.skillsSlipping.lowHandsOnPct;

  const ordinals = new Float64Array(n);
  const hours = new Float64Array(n);
  const execution = new Float64Array(n);
  const meetings = new Float64Array(n);
  const mentoring = new Float64Array(n);
  const meetingHours = new Float64Array(n);
  const lowValueHours = new Float64Array(n);
  const energyExecution = new Float64Array(n);
  const energyMeetings = new Float64Array(n);
  const energyMentoring = new Float64Array(n);
  const skill = new Float64Array(n);
  const politics = new Float64Array(n);
  const support = new Float64Array(n);
  const joy = new Float64Array(n);
  const satisfaction = new Float64Array(n);
  // Prefix counts (index k = weeks before logged week k) for the data-window checks.
  const skillAnswered = new Int32Array(n + 1);
  const supportAnswered = new Int32Array(n + 1);
  const feelingAnswered = new Int32Array(n + 1);

  const leadingSinceMs = Date.parse(`${profile.leadingSince}T00:00:00Z`);
  const firstLogged = dated.find((d) => !d.isAway);
  const firstMondayMs = firstLogged ? Date.parse(`${isoWeekStartDate(firstLogged.checkin.week)}T00:00:00Z`) : 0;
  const firstOrdinal = firstLogged?.ordinal ?? 0;

  const executionBaseline = new Baseline(baselineWeeks);
  const skillUsual = new RatingHistogram();
  const satisfactionUsual = new RatingHistogram();
  const maxGap = config.streaks.maxGapWeeks;
  const lowHandsOn = new CalendarRun(maxGap);
  const noOneOnOne = new CalendarRun(maxGap);
  const noTraining = new CalendarRun(maxGap);
  let hasHadTraining = false;
  let windowFrom = 0;

  const s = emptySnapshot();
  let i = 0;
  for (const d of dated) {
    if (d.isAway) {
      lowHandsOn.markAway();
      noOneOnOne.markAway();
      noTraining.markAway();
      continue;
    }
    const c = d.checkin;
    const total = totalHours(c.hours);
    ordinals[i] = d.ordinal;
    hours[i] = total;
    execution[i] = (100 * c.hours.execution) / total;
    meetings[i] = (100 * c.hours.meetings) / total;
    mentoring[i] = (100 * c.hours.mentoring) / total;
    meetingHours[i] = c.hours.meetings;
    lowValueHours[i] = orNaN(c.lowValueMeetingHours);
    energyExecution[i] = orNaN(c.energy.execution);
    energyMeetings[i] = orNaN(c.energy.meetings);
    energyMentoring[i] = orNaN(c.energy.mentoring);
    skill[i] = orNaN(c.skillConfidence);
    politics[i] = orNaN(c.politics);
    support[i] = orNaN(c.support);
    joy[i] = orNaN(c.teamGrowthJoy);
    satisfaction[i] = orNaN(c.satisfaction);
    skillAnswered[i + 1] = skillAnswered[i]! + (c.skillConfidence === null ? 0 : 1);
    supportAnswered[i + 1] =
      supportAnswered[i]! + (c.managerOneOnOne === null && c.training === null && c.support === null ? 0 : 1);
    feelingAnswered[i + 1] = feelingAnswered[i]! + (c.teamGrowthJoy === null && c.satisfaction === null ? 0 : 1);

    executionBaseline.add(execution[i]!);
    if (execution[i]! < lowHandsOnPct) lowHandsOn.extend(d.ordinal);
    else lowHandsOn.end();
    observeYesNo(noOneOnOne, d.ordinal, c.managerOneOnOne);
    observeYesNo(noTraining, d.ordinal, c.training);
    if (c.training === true) hasHadTraining = true;

    const end = i + 1;
    const recentFrom = Math.max(0, end - recentWeeks);
    const trendFrom = Math.max(0, end - trendWeeks);
    const energyFrom = Math.max(0, end - energyWeeks);
    if (trendFrom > 0) {
      skillUsual.add(skill[trendFrom - 1]!);
      satisfactionUsual.add(satisfaction[trendFrom - 1]!);
    }
    while (ordinals[windowFrom]! <= d.ordinal - dataWindowWeeks) windowFrom++;

    let lowValue = 0;
    let lowValueMeetings = 0;
    for (let j = recentFrom; j < end; j++) {
      if (lowValueHours[j] === lowValueHours[j]) {
        lowValue += lowValueHours[j]!;
        lowValueMeetings += meetingHours[j]!;
      }
    }

    s.week = c.week;
    s.ordinal = d.ordinal;
    s.index = i;
    s.loggedWeeks = end;
    s.window.logged = end - windowFrom;
    s.window.skill = skillAnswered[end]! - skillAnswered[windowFrom]!;
    s.window.support = supportAnswered[end]! - supportAnswered[windowFrom]!;
    s.window.feeling = feelingAnswered[end]! - feelingAnswered[windowFrom]!;
    s.baselineCount = executionBaseline.count;
    s.recentCount = end - recentFrom;
    s.trendCount = end - trendFrom;
    s.energyCount = end - energyFrom;
    s.executionBaselinePct = executionBaseline.value;
    s.executionRecentPct = windowMean(execution, recentFrom, end);
    s.executionSlope = windowSlope(execution, trendFrom, end, minTrendPoints);
    s.meetingsRecentPct = windowMean(meetings, recentFrom, end);
    s.meetingsSlope = windowSlope(meetings, trendFrom, end, minTrendPoints);
    s.mentoringRecentPct = windowMean(mentoring, recentFrom, end);
    s.hoursRecent = windowMean(hours, recentFrom, end);
    s.lowValueShare = lowValueMeetings > 0 ? lowValue / lowValueMeetings : NaN;
    s.energyExecution = windowMean(energyExecution, energyFrom, end);
    s.energyMeetings = windowMean(energyMeetings, energyFrom, end);
    s.energyMentoring = windowMean(energyMentoring, energyFrom, end);
    s.skillUsual = skillUsual.size >= MIN_USUAL_ANSWERS ? skillUsual.interquartileMean() : NaN;
    s.skillRecent = windowMean(skill, recentFrom, end);
    s.skillSustained = windowMean(skill, trendFrom, end);
    s.skillSlope = windowSlope(skill, trendFrom, end, minTrendPoints);
    s.politicsRecent = windowMean(politics, recentFrom, end);
    s.supportRecent = windowMean(support, recentFrom, end);
    s.joyRecent = windowMean(joy, recentFrom, end);
    s.satisfactionUsual = satisfactionUsual.size >= MIN_USUAL_ANSWERS ? satisfactionUsual.interquartileMean() : NaN;
    s.satisfactionRecent = windowMean(satisfaction, recentFrom, end);
    s.satisfactionSustained = windowMean(satisfaction, trendFrom, end);
    s.satisfactionSlope = windowSlope(satisfaction, trendFrom, end, minTrendPoints);
    lowHandsOn.writeTo(s.lowHandsOn, d.ordinal);
    noOneOnOne.writeTo(s.noOneOnOne, d.ordinal);
    noTraining.writeTo(s.noTraining, d.ordinal);
    s.hasHadTraining = hasHadTraining;
    s.leadingWeek = (firstMondayMs + (d.ordinal - firstOrdinal) * WEEK_MS - leadingSinceMs) / WEEK_MS + 1;
    if (end === n) {
      const recent = Math.max(0, end - recentWeeks);
      const prior = Array.from(hours.subarray(Math.max(0, recent - trendWeeks), recent));
      s.hoursPrior = prior.length >= minTrendPoints ? medianOf(prior) : NaN;
    }
    onWeek(s);
    i++;
  }

  const countsAt = (endOrdinal: number): WindowCounts => {
    let to = n;
    while (to > 0 && ordinals[to - 1]! > endOrdinal) to--;
    let from = to;
    while (from > 0 && ordinals[from - 1]! > endOrdinal - dataWindowWeeks) from--;
    return {
      logged: to - from,
      skill: skillAnswered[to]! - skillAnswered[from]!,
      support: supportAnswered[to]! - supportAnswered[from]!,
      feeling: feelingAnswered[to]! - feelingAnswered[from]!,
    };
  };

  return { last: n > 0 ? s : null, countsAt };
}
