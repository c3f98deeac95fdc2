import { isAwayWeek } from "../checkin";
import { SIGN_IDS, type SignId } from "../enums";
import { isValidIsoWeek, isoWeekToOrdinal } from "../iso-week";
import type { Checkin } from "../validation/checkin";
import type { ExportFile } from "../validation/export-file";
import type { Profile } from "../validation/profile";
import { SIGNALS_CONFIG, validateSignalsConfig, type SignalsConfig, type SignalsConfigInput } from "./config";
import { REQUIREMENT_KEYS, dataNeed, enoughDataFlags, type DataNeed, type EnoughFlags } from "./enough-data";
import { toHeadline, type HeadlineSign } from "./headline";
import type { SignDirection, SignLevel } from "./meta";
import { notesBehind, type NoteQuote } from "./notes";
import { explainDoesntLikeIt, reasonDoesntLikeIt, scoreDoesntLikeIt } from "./signs/doesnt-like-it";
import { explainMeetingsPolitics, reasonMeetingsPolitics, scoreMeetingsPolitics } from "./signs/meetings-politics";
import { explainMissedExecuting, reasonMissedExecuting, scoreMissedExecuting } from "./signs/missed-executing";
import { explainNotSetUp, reasonNotSetUp, scoreNotSetUp } from "./signs/not-set-up";
import { explainSkillsSlipping, reasonSkillsSlipping, scoreSkillsSlipping } from "./signs/skills-slipping";
import { toSeries, type DatedCheckin, type Snapshot } from "./snapshot";
import { recoveryLine, signStatus, type Recovery } from "./status";
import { stepsFor, type Step, type StepContext } from "./steps";
import { newVerdict, type EvidenceLine, type RuleContext, type Verdict } from "./verdict";
import { judgeWorkload, type Workload } from "./workload";

export function levelOf(score: number, config: SignalsConfig = SIGNALS_CONFIG): SignLevel {
  if (score >= config.levels.alertFrom) return "alert";
  if (score >= config.levels.watchFrom) return "watch";
  return "ok";
}

/** What the engine reads: the leader's profile and check-ins; an export file can be passed as it is. */
export type SignalsInput = { profile: Profile; checkins: readonly Checkin[] };
export type EvaluateOptions = { asOf?: string; config?: SignalsConfigInput; context?: StepContext };

export type SignScores = Record<SignId, number>;

/** One logged week as judged from it and the weeks before it; a level is null when that week lacked the data. */
export type HistoryEntry = { week: string; scores: SignScores; levels: Record<SignId, SignLevel | null> };

export type SignResult = {
  id: SignId;
  /** 0–100; 0 whenever enoughData is false. */
  score: number;
  /** "ok" whenever enoughData is false. */
  level: SignLevel;
  enoughData: boolean;
  trend: SignDirection;
  /** Calendar weeks at the current level, from the first logged week of the stretch to the last; 0 without enough data. */
  weeksAtLevel: number;
  /** Sentences safe to share (a report may carry them): numbers and rules, never the leader's notes. */
  evidence: string[];
  /** One plain reason for a raised sign, as a clause ("hands-on time fell from 34 % to 8 % of your week"). */
  reason: string | null;
  /** Without enough data: what to log, as a clause ("log 3 more weeks"). */
  need: string | null;
  recovery: Recovery | null;
  /** The leader's own notes from the weeks behind a raised sign: for their eyes only. */
  notes: NoteQuote[];
  /** One to three next steps for a raised sign; empty for an ok one. */
  steps: Step[];
};

export type { Workload };

export type Evaluation = {
  /** null only when there are no check-ins and no asOf was given. */
  asOf: string | null;
  headline: string;
  /** The latest check-in up to asOf, an away week included (the leader did log it). */
  lastLoggedWeek: string | null;
  /** Calendar weeks from lastLoggedWeek to asOf. */
  weeksSinceLastLog: number | null;
  workload: Workload;
  signs: SignResult[];
  /** One entry per logged (non-away) week up to asOf, oldest first. */
  history: HistoryEntry[];
};

type Verdicts = {
  "missed-executing": ReturnType<typeof scoreMissedExecuting>;
  "skills-slipping": ReturnType<typeof scoreSkillsSlipping>;
  "meetings-politics": ReturnType<typeof scoreMeetingsPolitics>;
  "not-set-up": ReturnType<typeof scoreNotSetUp>;
  "doesnt-like-it": ReturnType<typeof scoreDoesntLikeIt>;
};

type WeekJudgement = { verdicts: Verdicts; scores: SignScores; levels: Record<SignId, SignLevel | null> };

function newVerdicts(): Verdicts {
  return {
    "missed-executing": newVerdict(["dropVsBaseline", "belowTarget", "falling"]),
    "skills-slipping": newVerdict(["lowHandsOnStreak", "confidence", "falling"]),
    "meetings-politics": newVerdict(["aboveTarget", "rising", "longHours", "lowValue", "politics", "drainingEnergy"]),
    "not-set-up": newVerdict(["noOneOnOne", "noTraining", "lowSupport"]),
    "doesnt-like-it": newVerdict(["lowJoy", "satisfaction", "mentoringBelowTarget", "othersRaised", "longHours"]),
  };
}

function levelOrNull(score: number | null, config: SignalsConfig): SignLevel | null {
  return score === null ? null : levelOf(score, config);
}

/** Scores one week into `verdicts` (refilled in place); the returned scores and levels are new objects. */
function judgeWeek(s: Snapshot, ctx: RuleContext, verdicts: Verdicts = newVerdicts(), flags: EnoughFlags = {} as EnoughFlags): WeekJudgement {
  const { config } = ctx;
  const enough = enoughDataFlags(s.loggedWeeks, s.window, config, flags);
  const missedScore = enough.missedExecuting ? scoreMissedExecuting(s, ctx, verdicts["missed-executing"]).score : null;
  const skillsScore = enough.skillsSlipping ? scoreSkillsSlipping(s, ctx, verdicts["skills-slipping"]).score : null;
  const meetingsScore = enough.meetingsPolitics ? scoreMeetingsPolitics(s, ctx, verdicts["meetings-politics"]).score : null;
  const notSetUpScore = enough.notSetUp ? scoreNotSetUp(s, ctx, verdicts["not-set-up"]).score : null;
  const scores: SignScores = {
    "missed-executing": missedScore ?? 0,
    "skills-slipping": skillsScore ?? 0,
    "meetings-politics": meetingsScore ?? 0,
    "not-set-up": notSetUpScore ?? 0,
    "doesnt-like-it": 0,
  };
  const dislikeScore = enough.doesntLikeIt ? scoreDoesntLikeIt(s, scores, ctx, verdicts["doesnt-like-it"]).score : null;
  scores["doesnt-like-it"] = dislikeScore ?? 0;
  return {
    verdicts,
    scores,
    levels: {
      "missed-executing": levelOrNull(missedScore, config),
      "skills-slipping": levelOrNull(skillsScore, config),
      "meetings-politics": levelOrNull(meetingsScore, config),
      "not-set-up": levelOrNull(notSetUpScore, config),
      "doesnt-like-it": levelOrNull(dislikeScore, config),
    },
  };
}

function explainSign(id: SignId, s: Snapshot, j: WeekJudgement, ctx: RuleContext): EvidenceLine[] {
  const v = j.verdicts;
  switch (id) {
    case "missed-executing":
      return explainMissedExecuting(s, v[id], ctx);
    case "skills-slipping":
      return explainSkillsSlipping(s, v[id], ctx);
    case "meetings-politics":
      return explainMeetingsPolitics(s, v[id], ctx);
    case "not-set-up":
      return explainNotSetUp(s, v[id], ctx);
    case "doesnt-like-it":
      return explainDoesntLikeIt(s, v[id], j.scores, ctx);
  }
}

function reasonOf(id: SignId, s: Snapshot, v: Verdicts, ctx: RuleContext): string | null {
  switch (id) {
    case "missed-executing":
      return reasonMissedExecuting(s, v[id], ctx);
    case "skills-slipping":
      return reasonSkillsSlipping(s, v[id], ctx);
    case "meetings-politics":
      return reasonMeetingsPolitics(s, v[id], ctx);
    case "not-set-up":
      return reasonNotSetUp(s, v[id], ctx);
    case "doesnt-like-it":
      return reasonDoesntLikeIt(s, v[id], ctx);
  }
}

/** The sign's parts that add to its score, strongest first. */
function partsByStrength(v: Verdict, weights: Record<string, number>): string[] {
  return Object.keys(weights)
    .filter((k) => v.values[k]! * weights[k]! > 0)
    .sort((a, b) => v.values[b]! * weights[b]! - v.values[a]! * weights[a]!);
}

/** isoWeekToOrdinal with each year's first week looked up once: it runs for every check-in. */
function weekOrdinals(): (week: string) => number {
  const firstWeekOfYear = new Map<string, number>();
  return (week) => {
    const year = week.slice(0, 4);
    let first = firstWeekOfYear.get(year);
    if (first === undefined) {
      first = isoWeekToOrdinal(`${year}-W01`);
      firstWeekOfYear.set(year, first);
    }
    return first + Number(week.slice(6)) - 1;
  };
}

/** Evaluation plus each sign's evidence with the ids of the rules that wrote it (for tests and the docs). */
export type DetailedEvaluation = {
  evaluation: Evaluation;
  lines: Record<SignId, EvidenceLine[]>;
  workloadLines: EvidenceLine[];
  snapshot: Snapshot | null;
  verdicts: Verdicts | null;
};

const NO_COUNTS = { logged: 0, skill: 0, support: 0, feeling: 0 };

export function evaluateInDetail(input: SignalsInput | ExportFile, options: EvaluateOptions = {}): DetailedEvaluation {
  const config = validateSignalsConfig(options.config ?? SIGNALS_CONFIG);
  if (options.asOf !== undefined && !isValidIsoWeek(options.asOf)) {
    throw new RangeError(`asOf is not an ISO week such as 2026-W21: ${options.asOf}`);
  }
  const ordinalOf = weekOrdinals();
  let asOf = options.asOf ?? null;
  let asOfOrdinal = asOf === null ? -Infinity : isoWeekToOrdinal(asOf);
  const all: DatedCheckin[] = input.checkins.map((checkin) => ({ checkin, ordinal: ordinalOf(checkin.week), isAway: isAwayWeek(checkin.hours) }));
  if (asOf === null) {
    for (const d of all) {
      if (d.ordinal > asOfOrdinal) {
        asOfOrdinal = d.ordinal;
        asOf = d.checkin.week;
      }
    }
  }
  const dated = all.filter((d) => d.ordinal <= asOfOrdinal).sort((a, b) => a.ordinal - b.ordinal);
  const lastCheckin = dated.at(-1) ?? null;
  const ctx: RuleContext = { profile: input.profile, config };
  const history: HistoryEntry[] = [];
  const ordinals: number[] = [];
  let last: WeekJudgement | null = null;
  const verdicts = newVerdicts();
  const flags = {} as EnoughFlags;
  const series = toSeries(dated, input.profile, config, (s) => {
    const j = judgeWeek(s, ctx, verdicts, flags);
    history.push({ week: s.week, scores: j.scores, levels: j.levels });
    ordinals.push(s.ordinal);
    last = j;
  });

  const snapshot = series.last;
  const final = last as WeekJudgement | null;
  const counts = snapshot === null ? NO_COUNTS : series.countsAt(asOfOrdinal);
  const loggedWeeks = snapshot?.loggedWeeks ?? 0;
  const lines = {} as Record<SignId, EvidenceLine[]>;
  const signs: SignResult[] = [];
  const headlineSigns: HeadlineSign[] = [];
  const trendWindow = snapshot === null ? [] : dated.filter((d) => !d.isAway).slice(-config.windows.trendWeeks).map((d) => d.checkin);

  for (const id of SIGN_IDS) {
    const need: DataNeed | null = dataNeed(id, loggedWeeks, counts, config);
    const enoughData = need === null && snapshot !== null && final !== null;
    const score = enoughData ? final!.scores[id] : 0;
    const level = enoughData ? levelOf(score, config) : "ok";
    const status = enoughData ? signStatus({ ordinals, history, id }, config) : { trend: "steady" as const, weeksAtLevel: 0, recovery: null };
    let signLines: EvidenceLine[] = [];
    if (need !== null) signLines = [need.line];
    else if (enoughData) {
      signLines = score > 0 ? explainSign(id, snapshot!, final!, ctx) : [];
      if (status.recovery) signLines.unshift(recoveryLine(status.recovery));
    }
    const isRaised = level !== "ok";
    const weights = config[REQUIREMENT_KEYS[id]].weights as Record<string, number>;
    const verdict = final?.verdicts[id] as Verdict | undefined;
    lines[id] = signLines;
    signs.push({
      id,
      score,
      level,
      enoughData,
      trend: status.trend,
      weeksAtLevel: status.weeksAtLevel,
      evidence: signLines.map((l) => l.text),
      reason: isRaised ? reasonOf(id, snapshot!, final!.verdicts, ctx) : null,
      need: need?.clause ?? null,
      recovery: status.recovery,
      notes: isRaised ? notesBehind(id, trendWindow, snapshot!, input.profile, config) : [],
      steps: isRaised ? stepsFor(id, partsByStrength(verdict!, weights), options.context ?? {}, config.steps.perSign) : [],
    });
    headlineSigns.push({ ...status, id, score, level, enoughData, reason: signs.at(-1)!.reason, need });
  }

  const { lines: workloadLines, ...workload } = judgeWorkload(snapshot, counts, config);
  const lastLoggedWeek = lastCheckin?.checkin.week ?? null;
  const weeksSinceLastLog = lastCheckin === null ? null : asOfOrdinal - lastCheckin.ordinal;
  const headline = toHeadline({ signs: headlineSigns, workload, lastLoggedWeek, weeksSinceLastLog, snapshot, config });
  return {
    evaluation: { asOf, headline, lastLoggedWeek, weeksSinceLastLog, workload, signs, history },
    lines,
    workloadLines,
    snapshot,
    verdicts: final?.verdicts ?? null,
  };
}

/**
 * Judges drift toward the five warning signs from a leader's profile and check-ins, as of one ISO
 * week (default: the latest week with a check-in). Check-ins after asOf are ignored.
 */
export function evaluate(input: SignalsInput | ExportFile, options: EvaluateOptions = {}): Evaluation {
  return evaluateInDetail(input, options).evaluation;
}
