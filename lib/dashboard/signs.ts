import { SIGN_IDS, type SignId } from "../enums";

export type SignLevel = "ok" | "watch" | "alert";

export const SIGN_TITLES: Record<SignId, { title: string; question: string }> = {
  "missed-executing": {
    title: "Missing hands-on work",
    question: "Is the craft that energizes you being squeezed out of your weeks?",
  },
  "skills-slipping": {
    title: "Skills slipping",
    question: "Have you gone long without practising your craft, and does it feel rusty?",
  },
  "meetings-politics": {
    title: "Meetings and politics",
    question: "Are meetings, low-value ones and politics taking over your time and energy?",
  },
  "not-set-up": {
    title: "Not set up for success",
    question: "Do you get 1:1s with your manager, training and the support a new lead needs?",
  },
  "doesnt-like-it": {
    title: "Not enjoying the role",
    question: "Does helping your team grow still bring you joy and satisfaction?",
  },
};

export const LEVEL_LABELS: Record<SignLevel, string> = { ok: "OK", watch: "Watch", alert: "Alert" };

export type SignCardData = {
  id: SignId;
  title: string;
  question: string;
  level: SignLevel;
  score: number;
  evidence: string[];
  trend: (number | null)[];
};

type EvaluatedSign = { id: SignId; score: number; level: SignLevel; evidence: string[] };

/** Joins the engine's verdicts with the score trend over the shown weeks, in the fixed sign order. */
export function toSignCards(
  signs: readonly EvaluatedSign[],
  trendByWeek: ReadonlyArray<{ scores: Record<SignId, number | null> }>,
): SignCardData[] {
  const byId = new Map(signs.map((s) => [s.id, s]));
  return SIGN_IDS.map((id) => {
    const sign = byId.get(id);
    return {
      id,
      ...SIGN_TITLES[id],
      level: sign?.level ?? "ok",
      score: sign?.score ?? 0,
      evidence: sign?.evidence ?? [],
      trend: trendByWeek.map((p) => p.scores[id]),
    };
  });
}
