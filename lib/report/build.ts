import { hourShares, isAwayWeek } from "../checkin";
import { halfTrend, toWeeklySeries, type WeekPoint } from "../dashboard/series";
import { PREVIOUS_ROLE_LABELS, type SignId } from "../enums";
import { compareIsoWeeks, isoWeekStartDate } from "../iso-week";
import { RATING_SPECS } from "../ratings";
import { summarizeSplit, type SplitSummary } from "../time-split";
import type { Checkin } from "../validation/checkin";
import type { Profile, Targets } from "../validation/profile";
import { formatPeriod, rangeWeeks, type ReportRange } from "./range";
import { aboutTheLeader, evaluateSigns, levelLabel, signTitle, SIGNALS_CONFIG, type SignalsConfig, type SignLevel } from "./signals";
import { chosenInclusions, CURATION_LIMITS, curateTalkingPoints, suggestTalkingPoints, type TalkingPoint, type TalkingPointChoice, type TalkingPointSuggestion } from "./talking-points";
import { experimentsReviewSection, type ExperimentsReviewSection, type ReflectionInput } from "./experiments-review";
import { toReportView, type ReportView } from "./view";

/** Check-ins as read back from the database carry `isDemo`; a file's (CLI) are the leader's own. */
export type ReportInput = {
  profile: Profile;
  checkins: readonly (Checkin & { isDemo?: boolean })[];
  /** The leader's experiments and reviews: needed (and read) only when their choice includes them. */
  reflection?: ReflectionInput;
};
/**
 * `config` is the sign engine's; a different one (another watch cut-off) changes levels and every renderer's bands.
 * Demo weeks are left out (and counted) unless `includeDemo` is set: a manager must never act on invented data.
 */
export type ReportOptions = ReportRange & {
  includeNotes: boolean;
  now: Date;
  config?: SignalsConfig;
  includeDemo?: boolean;
  /** The leader's curation of the talking points (saved with a share link); without it, the ticked suggestions. */
  talkingPoints?: TalkingPointChoice | null;
};

/** Why a range has nothing to report: no logged week at all, or every logged week marked away. */
export type EmptyReason = "no-weeks" | "all-away";

export type ReportWeek = WeekPoint & {
  weekStart: string;
  hours: Checkin["hours"] | null;
  /** Exact shares 0–1 (WeekPoint's percentages are rounded for display); null unless logged. */
  shares: Record<"meetings" | "execution" | "mentoring" | "other", number> | null;
  lowValueHours: number | null;
  managerOneOnOne: boolean | null;
  training: boolean | null;
  note: string | null;
  /** A demo check-in sat in this week and was left out (the week reads as not logged). */
  demo: boolean;
};

export type ReportSign = {
  id: SignId;
  title: string;
  level: SignLevel;
  levelLabel: string;
  score: number;
  /** The score as of the range's first week (the last logged week up to it); null when nothing was logged by then. */
  startScore: number | null;
  evidence: string[];
};

export type Trend = { key: string; label: string; first: number | null; second: number | null; mean: number | null };

export type ReportData = {
  generatedAt: string;
  leader: { name: string; previousRole: string; leadingSince: string; teamSize: number | null };
  range: ReportRange;
  period: string;
  weekCount: number;
  targets: Targets;
  asOf: string;
  weeks: ReportWeek[];
  counts: { logged: number; away: number; missing: number };
  /** Demo weeks inside the range that were left out. */
  demoLeftOut: number;
  /** Set when there is nothing to report: the renderers show a message instead, and sharing is refused. */
  empty: EmptyReason | null;
  split: SplitSummary;
  /** The sign engine's config the levels were judged with (its cut-offs draw the bands). */
  signals: SignalsConfig;
  signs: ReportSign[];
  energy: Trend[];
  ratings: Trend[];
  changes: string[];
  /** The points the report shows: the leader's choice, else the ticked suggestions (never a leader-only one). */
  talkingPoints: TalkingPoint[];
  /** Every applying suggestion, for the leader's curation on the report page. */
  suggestions: TalkingPointSuggestion[];
  /** Whether the leader curated the points (the heading says so). */
  curated: boolean;
  /** The choice as given (null: none). */
  choice: TalkingPointChoice | null;
  /** The leader's short message to the manager, if any. */
  message: string | null;
  includeNotes: boolean;
  notes: Array<{ week: string; note: string }>;
  /** The leader's experiments and quarterly review, only when their choice includes them. */
  experimentsReview: ExperimentsReviewSection | null;
};

export const ENERGY_TRENDS = [
  { key: "energyMeetings", label: "Energy from meetings" },
  { key: "energyExecution", label: "Energy from hands-on execution" },
  { key: "energyMentoring", label: "Energy from mentoring" },
] as const;

/** A rating where a high answer is the worse one says so, since a reader would assume the opposite. */
export const RATING_TRENDS = RATING_SPECS.map(({ key, label, highIsWorse }) => ({ key, label: highIsWorse ? `${label} (high = more)` : label }));

/** A change is named among the biggest from these sizes: percentage points, rating steps, score points. */
export const CHANGE_THRESHOLDS = { sharePoints: 8, rating: 0.75, score: 15, max: 4 } as const;

const round1 = (v: number) => Math.round(v * 10) / 10;

function trendOf(points: readonly WeekPoint[], key: keyof WeekPoint, label: string): Trend {
  const { first, second, mean } = halfTrend(points.filter((p) => p.status === "logged").map((p) => p[key] as number | null));
  return {
    key: String(key),
    label,
    first: first === null ? null : round1(first),
    second: second === null ? null : round1(second),
    mean: mean === null ? null : round1(mean),
  };
}

function shareTrend(points: readonly WeekPoint[], key: "meetingsPct" | "executionPct" | "mentoringPct", label: string): Trend {
  return trendOf(points, key, label);
}

function biggestChanges(points: readonly WeekPoint[], energy: Trend[], ratings: Trend[], signs: ReportSign[]): string[] {
  const candidates: Array<{ size: number; text: string }> = [];
  const shares = [
    shareTrend(points, "meetingsPct", "Meetings"),
    shareTrend(points, "executionPct", "Hands-on execution"),
    shareTrend(points, "mentoringPct", "Mentoring"),
  ];
  for (const t of shares) {
    if (t.first === null || t.second === null) continue;
    const diff = t.second - t.first;
    if (Math.abs(diff) >= CHANGE_THRESHOLDS.sharePoints) {
      candidates.push({
        size: Math.abs(diff) / CHANGE_THRESHOLDS.sharePoints,
        text: `${t.label} ${diff > 0 ? "rose" : "fell"} from ${Math.round(t.first)} % to ${Math.round(t.second)} % of the week (first half of the period vs second half).`,
      });
    }
  }
  for (const t of [...energy, ...ratings]) {
    if (t.first === null || t.second === null) continue;
    const diff = t.second - t.first;
    if (Math.abs(diff) >= CHANGE_THRESHOLDS.rating) {
      candidates.push({
        size: Math.abs(diff) / CHANGE_THRESHOLDS.rating,
        text: `${t.label} ${diff > 0 ? "rose" : "fell"} from ${t.first.toFixed(1)} to ${t.second.toFixed(1)} (of 5).`,
      });
    }
  }
  for (const s of signs) {
    if (s.startScore === null) continue;
    const diff = s.score - s.startScore;
    if (Math.abs(diff) >= CHANGE_THRESHOLDS.score) {
      candidates.push({
        size: Math.abs(diff) / CHANGE_THRESHOLDS.score,
        text: `"${s.title}" ${diff > 0 ? "rose" : "fell"} from ${s.startScore} to ${s.score} of 100 (now ${s.levelLabel.toLowerCase()}).`,
      });
    }
  }
  return candidates
    .sort((a, b) => b.size - a.size)
    .slice(0, CHANGE_THRESHOLDS.max)
    .map((c) => c.text);
}

function answers(weeks: readonly ReportWeek[], key: "managerOneOnOne" | "training") {
  const answered = weeks.filter((w) => w.status === "logged" && w[key] !== null);
  return { answered: answered.length, yes: answered.filter((w) => w[key] === true).length };
}

/** The report for a leader's range: levels are judged as of the range's last week over every week up to it. */
export function buildReport(input: ReportInput, { from, to, includeNotes, now, config = SIGNALS_CONFIG, includeDemo = false, talkingPoints: choice = null }: ReportOptions): ReportData {
  const { profile } = input;
  const inRange = (week: string) => compareIsoWeeks(week, from) >= 0 && compareIsoWeeks(week, to) <= 0;
  const demoWeeks = new Set(includeDemo ? [] : input.checkins.filter((c) => c.isDemo === true && inRange(c.week)).map((c) => c.week));
  const upToEnd = input.checkins.filter((c) => compareIsoWeeks(c.week, to) <= 0 && (includeDemo || c.isDemo !== true));
  const evaluation = evaluateSigns(profile, upToEnd, to, config);
  const weekList = rangeWeeks({ from, to });
  const points = toWeeklySeries(
    upToEnd.map((c) => ({ ...c, isDemo: false })),
    weekList,
    evaluation.history,
  );
  const byWeek = new Map(upToEnd.map((c) => [c.week, c]));
  const weeks: ReportWeek[] = points.map((p) => {
    const c = byWeek.get(p.week);
    const logged = c !== undefined && !isAwayWeek(c.hours);
    return {
      ...p,
      weekStart: isoWeekStartDate(p.week),
      hours: c ? c.hours : null,
      shares: logged ? hourShares(c.hours) : null,
      lowValueHours: c ? c.lowValueMeetingHours : null,
      managerOneOnOne: c ? c.managerOneOnOne : null,
      training: c ? c.training : null,
      note: includeNotes && c ? c.note : null,
      demo: demoWeeks.has(p.week),
    };
  });

  const startEntry = [...evaluation.history].reverse().find((h) => compareIsoWeeks(h.week, from) <= 0)
    ?? evaluation.history.find((h) => compareIsoWeeks(h.week, from) >= 0);
  const signs: ReportSign[] = evaluation.signs.map((s) => ({
    id: s.id,
    title: signTitle(s.id),
    level: s.level,
    levelLabel: levelLabel(s.level),
    score: s.score,
    startScore: startEntry ? startEntry.scores[s.id] : null,
    evidence: s.evidence.map(aboutTheLeader),
  }));

  const logged = weeks.filter((w) => w.status === "logged");
  const targets = profile.targets;
  const energy = ENERGY_TRENDS.map((t) => trendOf(points, t.key, t.label));
  const ratings = RATING_TRENDS.map((t) => trendOf(points, t.key, t.label));
  const levels = Object.fromEntries(signs.map((s) => [s.id, s.level])) as Record<SignId, SignLevel>;
  const scores = Object.fromEntries(signs.map((s) => [s.id, s.score])) as Record<SignId, number>;

  const suggestions = suggestTalkingPoints({
    levels,
    scores,
    oneOnOnes: answers(weeks, "managerOneOnOne"),
    training: answers(weeks, "training"),
    loggedWeeks: logged.length,
  });

  return {
    generatedAt: now.toISOString(),
    leader: {
      name: profile.displayName,
      previousRole: PREVIOUS_ROLE_LABELS[profile.previousRole],
      leadingSince: profile.leadingSince,
      teamSize: profile.teamSize,
    },
    range: { from, to },
    period: formatPeriod({ from, to }),
    weekCount: weekList.length,
    targets,
    asOf: to,
    weeks,
    counts: {
      logged: logged.length,
      away: weeks.filter((w) => w.status === "away").length,
      missing: weeks.filter((w) => w.status === "missing").length,
    },
    demoLeftOut: demoWeeks.size,
    empty: logged.length > 0 ? null : weeks.some((w) => w.status === "away") ? "all-away" : "no-weeks",
    split: summarizeSplit(weeks, targets),
    signals: config,
    signs,
    energy,
    ratings,
    changes: biggestChanges(points, energy, ratings, signs),
    talkingPoints: curateTalkingPoints(suggestions, choice),
    suggestions,
    curated: choice !== null,
    choice,
    message: choice?.message?.trim() ? choice.message.trim().slice(0, CURATION_LIMITS.message) : null,
    includeNotes,
    notes: includeNotes ? weeks.filter((w) => w.note).map((w) => ({ week: w.week, note: w.note! })) : [],
    experimentsReview: experimentsReviewSection(
      { profile, checkins: upToEnd, reflection: input.reflection },
      { from, to, include: chosenInclusions(choice), includeNotes },
    ),
  };
}

/** The report shaped for the renderers: what the page, the share page and every download show. */
export function buildReportView(input: ReportInput, options: ReportOptions): ReportView {
  return toReportView(buildReport(input, options));
}
