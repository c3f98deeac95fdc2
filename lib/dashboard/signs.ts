import { SIGN_IDS, type SignId } from "../enums";
import {
  DIRECTION_LABELS,
  LEVEL_LABELS,
  SIGN_META,
  bySeverity,
  type Evaluation,
  type NoteQuote,
  type SignDirection,
  type SignLevel,
  type SignResult,
  type Step,
} from "../signals";

// Older imports of the sign metadata keep working; the metadata itself lives in lib/signals.
export { LEVEL_LABELS, SIGN_TITLES, type SignLevel } from "../signals";

/** A raised sign as its card shows it. */
export type SignCardData = {
  id: SignId;
  title: string;
  question: string;
  color: string;
  level: SignLevel;
  levelLabel: string;
  score: number;
  /** One plain sentence: why the sign is raised. */
  reason: string;
  trend: SignDirection;
  trendLabel: string;
  /** "5 weeks at alert". */
  persistence: string;
  /** The full evidence and the leader's own notes, behind "Why?". */
  evidence: string[];
  notes: NoteQuote[];
  steps: Step[];
  /** The score per shown week, null where it was not judged; drawn as a sparkline. */
  sparkline: (number | null)[];
};

/** An ok sign in the collapsed line; a recovery ("Back to ok after…") is said beside its name. */
export type CalmSignData = { id: SignId; title: string; question: string; note: string | null };

/** A sign without enough data, and what to log. */
export type NeedSignData = { id: SignId; title: string; need: string };

export type SignsView = {
  /** Most pressing first. */
  raised: SignCardData[];
  ok: CalmSignData[];
  notEnough: NeedSignData[];
  /** One line for all the ok signs; null when none is ok. */
  okLine: string | null;
  notEnoughLine: string | null;
};

const sentence = (clause: string) => `${clause.charAt(0).toUpperCase()}${clause.slice(1).replace(/\.$/, "")}.`;
const weeks = (n: number) => (n === 1 ? "1 week" : `${n} weeks`);

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "log 3 more weeks for not set up for success; log 4 more weeks for skills slipping and …", one clause per need. */
function needsLine(signs: readonly NeedSignData[]): string {
  const byNeed = new Map<string, string[]>();
  for (const s of signs) byNeed.set(s.need, [...(byNeed.get(s.need) ?? []), s.title.toLowerCase()]);
  const weeksOf = (need: string) => Number(/(\d+) more week/.exec(need)?.[1] ?? Infinity);
  return [...byNeed.entries()]
    .sort(([a], [b]) => weeksOf(a) - weeksOf(b))
    .map(([need, names]) => `${need} for ${listOf(names)}`)
    .join("; ");
}

function toCard(sign: SignResult, sparkline: (number | null)[]): SignCardData {
  const meta = SIGN_META[sign.id];
  return {
    id: sign.id,
    title: meta.title,
    question: meta.question,
    color: meta.color,
    level: sign.level,
    levelLabel: LEVEL_LABELS[sign.level],
    score: sign.score,
    reason: sentence(sign.reason ?? sign.evidence[0] ?? meta.question),
    trend: sign.trend,
    trendLabel: DIRECTION_LABELS[sign.trend],
    persistence: `${weeks(sign.weeksAtLevel)} at ${sign.level}`,
    evidence: sign.evidence,
    notes: sign.notes,
    steps: sign.steps,
    sparkline,
  };
}

/**
 * Splits the engine's signs for the dashboard: raised ones as cards sorted by severity, ok ones
 * collapsed into one line, and those without enough data with what to log.
 */
export function toSignsView(
  evaluation: Pick<Evaluation, "signs">,
  trendByWeek: ReadonlyArray<{ scores: Record<SignId, number | null> }>,
): SignsView {
  const byId = new Map(evaluation.signs.map((s) => [s.id, s]));
  const signs = SIGN_IDS.map((id) => byId.get(id)).filter((s): s is SignResult => s !== undefined);
  const raised = signs
    .filter((s) => s.enoughData && s.level !== "ok")
    .sort(bySeverity)
    .map((s) => toCard(s, trendByWeek.map((p) => p.scores[s.id])));
  const ok = signs
    .filter((s) => s.enoughData && s.level === "ok")
    .map((s) => ({
      id: s.id,
      title: SIGN_META[s.id].title,
      question: SIGN_META[s.id].question,
      note: s.recovery ? (s.evidence[0] ?? null) : null,
    }));
  const notEnough = signs
    .filter((s) => !s.enoughData)
    .map((s) => ({ id: s.id, title: SIGN_META[s.id].title, need: s.need ?? "log more weeks" }));
  const okNames = ok.map((s) => (s.note ? `${s.title} (${s.note.replace(/\.$/, "").toLowerCase()})` : s.title));
  return {
    raised,
    ok,
    notEnough,
    okLine: ok.length === 0 ? null : `${ok.length === 1 ? "OK" : `${ok.length === SIGN_IDS.length ? "All five" : ok.length} OK`}: ${listOf(okNames)}.`,
    notEnoughLine: notEnough.length === 0 ? null : `Not enough data yet: ${needsLine(notEnough)}.`,
  };
}
