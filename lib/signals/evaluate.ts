import { isAwayWeek } from "../checkin";
import { SIGN_IDS, type SignId } from "../enums";
import { isValidIsoWeek, isoWeekToOrdinal } from "../iso-week";
import type { Checkin } from "../validation/checkin";
import type { ExportFile } from "../validation/export-file";
import { SIGNALS_CONFIG, type SignalsConfig } from "./config";
import { explainDoesntLikeIt, scoreDoesntLikeIt } from "./signs/doesnt-like-it";
import { explainMeetingsPolitics, scoreMeetingsPolitics } from "./signs/meetings-politics";
import { explainMissedExecuting, scoreMissedExecuting } from "./signs/missed-executing";
import { explainNotSetUp, scoreNotSetUp } from "./signs/not-set-up";
import { explainSkillsSlipping, scoreSkillsSlipping } from "./signs/skills-slipping";
import { toSnapshots, type Snapshot } from "./snapshot";
import { formatPct, type RuleContext } from "./verdict";

export type SignLevel = "ok" | "watch" | "alert";
export type SignResult = { id: SignId; score: number; level: SignLevel; evidence: string[] };
export type SignScores = Record<SignId, number>;
export type HistoryEntry = { week: string; scores: SignScores };

/**
 * asOf is null only when there are no check-ins and no asOf was asked for. history has one entry
 * per logged (non-away) week up to asOf, oldest first; the last entry's scores equal the signs'.
 */
export type Evaluation = { asOf: string | null; signs: SignResult[]; history: HistoryEntry[] };
export type EvaluateOptions = { asOf?: string; config?: SignalsConfig };

export function levelOf(score: number, config: SignalsConfig = SIGNALS_CONFIG): SignLevel {
  if (score >= config.levels.alertFrom) return "alert";
  if (score >= config.levels.watchFrom) return "watch";
  return "ok";
}

function verdictsAt(s: Snapshot, ctx: RuleContext) {
  const missed = scoreMissedExecuting(s, ctx);
  const skills = scoreSkillsSlipping(s, ctx);
  const meetings = scoreMeetingsPolitics(s, ctx);
  const notSetUp = scoreNotSetUp(s, ctx);
  const others = {
    "missed-executing": missed.score,
    "skills-slipping": skills.score,
    "meetings-politics": meetings.score,
    "not-set-up": notSetUp.score,
  };
  const dislike = scoreDoesntLikeIt(s, others, ctx);
  return { missed, skills, meetings, notSetUp, others, dislike };
}

function scoresOf(v: ReturnType<typeof verdictsAt>): SignScores {
  return {
    "missed-executing": v.missed.score,
    "skills-slipping": v.skills.score,
    "meetings-politics": v.meetings.score,
    "not-set-up": v.notSetUp.score,
    "doesnt-like-it": v.dislike.score,
  };
}

function evidenceAt(s: Snapshot, ctx: RuleContext): { scores: SignScores; evidence: Record<SignId, string[]> } {
  const v = verdictsAt(s, ctx);
  const evidence: Record<SignId, string[]> = {
    "missed-executing": explainMissedExecuting(s, v.missed, ctx),
    "skills-slipping": explainSkillsSlipping(s, v.skills, ctx),
    "meetings-politics": explainMeetingsPolitics(s, v.meetings, ctx),
    "not-set-up": explainNotSetUp(s, v.notSetUp, ctx),
    "doesnt-like-it": explainDoesntLikeIt(s, v.dislike, v.others, ctx),
  };
  const scores = scoresOf(v);
  const note = `Only ${s.loggedWeeks} logged weeks so far, so every sign counts at ${formatPct(100 * s.dataWeight)}.`;
  for (const id of SIGN_IDS) {
    if (scores[id] === 0) evidence[id] = [];
    else if (s.dataWeight < 1 && evidence[id].length > 0) evidence[id].push(note);
  }
  return { scores, evidence };
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

function quietSigns(): SignResult[] {
  return SIGN_IDS.map((id) => ({ id, score: 0, level: "ok", evidence: [] }));
}

/**
 * Judges drift toward the five warning signs from a leader's export data, as of one ISO week
 * (default: the latest week with a check-in). Check-ins after asOf and away weeks are ignored.
 */
export function evaluate(data: ExportFile, options: EvaluateOptions = {}): Evaluation {
  const config = options.config ?? SIGNALS_CONFIG;
  if (options.asOf !== undefined && !isValidIsoWeek(options.asOf)) {
    throw new RangeError(`asOf is not an ISO week such as 2026-W21: ${options.asOf}`);
  }
  const ordinalOf = weekOrdinals();
  const dated = data.checkins.map((checkin) => ({ checkin, ordinal: ordinalOf(checkin.week) }));
  let asOf = options.asOf ?? null;
  let asOfOrdinal = asOf === null ? -Infinity : isoWeekToOrdinal(asOf);
  if (asOf === null) {
    for (const d of dated) {
      if (d.ordinal > asOfOrdinal) {
        asOfOrdinal = d.ordinal;
        asOf = d.checkin.week;
      }
    }
  }
  const logged = dated
    .filter((d) => d.ordinal <= asOfOrdinal && !isAwayWeek(d.checkin.hours))
    .sort((a, b) => a.ordinal - b.ordinal);
  if (logged.length === 0) return { asOf, signs: quietSigns(), history: [] };

  const ctx: RuleContext = { profile: data.profile, config };
  const snapshots = toSnapshots(
    logged.map((d): Checkin => d.checkin),
    logged.map((d) => d.ordinal),
    data.profile,
    config,
  );
  const last = snapshots.length - 1;
  const history: HistoryEntry[] = new Array(snapshots.length);
  for (let i = 0; i < last; i++) {
    const v = verdictsAt(snapshots[i]!, ctx);
    history[i] = { week: snapshots[i]!.week, scores: scoresOf(v) };
  }
  const { scores, evidence } = evidenceAt(snapshots[last]!, ctx);
  history[last] = { week: snapshots[last]!.week, scores };
  const signs = SIGN_IDS.map((id) => ({ id, score: scores[id], level: levelOf(scores[id], config), evidence: evidence[id] }));
  return { asOf, signs, history };
}
