// The report's one door to the sign engine and its metadata: titles, level words and cut-offs
// come from here into the view model, so no renderer types them (issue 9).
import type { SignId } from "../enums";
import { evaluate, LEVEL_LABELS, SIGN_LEVELS, SIGN_META, SIGNALS_CONFIG, type Evaluation, type SignalsConfig, type SignLevel } from "../signals";
import type { Checkin } from "../validation/checkin";
import type { Profile } from "../validation/profile";

export { SIGN_LEVELS, SIGNALS_CONFIG, type SignalsConfig, type SignLevel };

export function evaluateSigns(profile: Profile, checkins: readonly Checkin[], asOf: string, config: SignalsConfig): Evaluation {
  return evaluate({ profile, checkins }, { asOf, config });
}

export function signTitle(id: SignId): string {
  return SIGN_META[id].title;
}

export function levelLabel(level: SignLevel): string {
  return LEVEL_LABELS[level];
}

export type LevelBand = { level: SignLevel; label: string; from: number; to: number };

/** The score bands 0–100 of each level, lowest first, from the config's cut-offs. */
export function levelBands(config: SignalsConfig): [ok: LevelBand, watch: LevelBand, alert: LevelBand] {
  const { watchFrom, alertFrom } = config.levels;
  return [
    { level: "ok", label: levelLabel("ok"), from: 0, to: watchFrom },
    { level: "watch", label: levelLabel("watch"), from: watchFrom, to: alertFrom },
    { level: "alert", label: levelLabel("alert"), from: alertFrom, to: 100 },
  ];
}

const SUBJECT_VERBS = "are|have|rated|rate|counted|count|averaged|logged|answered|get|spent|spend|said|marked";

/**
 * The sign engine speaks to the leader ("you rated your support …"); a report is read by their
 * manager, so it speaks about the leader instead ("they rated their support …"). Singular "they".
 */
export function aboutTheLeader(text: string): string {
  return text
    .replace(new RegExp(`\\bYou (${SUBJECT_VERBS})\\b`, "g"), "They $1")
    .replace(new RegExp(`\\byou (${SUBJECT_VERBS})\\b`, "g"), "they $1")
    .replace(/\b(\w+) you\b/g, (m, before: string) => (/^(and|so|before|how|what|week|things|meetings|meeting|prototype|list|do|have)$/i.test(before) ? `${before} they` : `${before} them`))
    .replace(/\bYour\b/g, "Their")
    .replace(/\byour\b/g, "their")
    .replace(/\byourself\b/g, "themselves")
    .replace(/\bYou\b/g, "They")
    .replace(/\byou\b/g, "they");
}
