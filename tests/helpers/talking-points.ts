import type { SignId } from "../../lib/enums";
import { SIGN_IDS } from "../../lib/enums";
import type { TalkingPointContext } from "../../lib/report";

type Level = "ok" | "watch" | "alert";
const SCORE: Record<Level, number> = { ok: 10, watch: 50, alert: 80 };

/** What the talking-point rules see: every sign "ok" unless `levels` says otherwise, a score to match, a leader with a regular 1:1. */
export function talkingPointContext(levels: Partial<Record<SignId, Level>>, extra: Partial<TalkingPointContext> = {}): TalkingPointContext {
  const all = Object.fromEntries(SIGN_IDS.map((id) => [id, levels[id] ?? "ok"])) as Record<SignId, Level>;
  return {
    levels: all,
    scores: Object.fromEntries(SIGN_IDS.map((id) => [id, SCORE[all[id]]])) as Record<SignId, number>,
    oneOnOnes: { answered: 8, yes: 6 },
    training: { answered: 8, yes: 2 },
    loggedWeeks: 8,
    ...extra,
  };
}
