import type { SignId } from "../enums";
import type { SignLevel } from "../signals";

export type TalkingPointContext = {
  levels: Record<SignId, SignLevel>;
  scores: Record<SignId, number>;
  /** Answered weeks in the range and how many of them were "yes"; unanswered weeks are not counted. */
  oneOnOnes: { answered: number; yes: number };
  training: { answered: number; yes: number };
  loggedWeeks: number;
};

export type TalkingPointRule = {
  id: string;
  title: string;
  ask: string;
  /** Higher comes first; the sign score it rests on, so the most pressing point leads. */
  priority: (ctx: TalkingPointContext) => number;
  applies: (ctx: TalkingPointContext) => boolean;
};

export type TalkingPoint = { id: string; title: string; ask: string };

/**
 * Points only the leader may decide to raise (whether the role fits at all): suggested, never ticked
 * by default, and in a report only when the leader ticks them.
 */
export const LEADER_ONLY_POINTS: ReadonlySet<string> = new Set(["role-fit"]);

/** A suggestion as the leader sees it before sending: ticked ones go into the report. */
export type TalkingPointSuggestion = TalkingPoint & { ticked: boolean; leaderOnly: boolean };

/**
 * The leader's curation, saved with a share link and used by every format: which suggestions are in
 * (by id), their own wording for some, points of their own, and a short message to the manager.
 */
export type TalkingPointChoice = {
  picked: readonly string[];
  edits?: Readonly<Record<string, string>>;
  added?: readonly string[];
  message?: string;
  /** What else the leader chose to include (absent: nothing; see REPORT_INCLUSIONS). */
  include?: readonly ReportInclusion[];
};

/**
 * Parts of the leader's private reflection they may add to a report, each only by ticking it:
 * their experiments, their latest quarterly review, and that review's written reflection (which
 * needs the review). The monthly wellbeing answers are never among them.
 */
export const REPORT_INCLUSIONS = ["experiments", "review", "reflection"] as const;
export type ReportInclusion = (typeof REPORT_INCLUSIONS)[number];
/** Short names, as a share link's line says what it includes. */
export const REPORT_INCLUSION_NAMES: Record<ReportInclusion, string> = { experiments: "experiments", review: "quarterly review", reflection: "written reflection" };

/** The inclusions a choice holds, known ones only; the written reflection only together with the review. */
export function chosenInclusions(choice: { include?: readonly string[] } | null | undefined): Set<ReportInclusion> {
  const given = new Set<string>(Array.isArray(choice?.include) ? choice.include : []);
  const known = new Set(REPORT_INCLUSIONS.filter((i) => given.has(i)));
  if (!known.has("review")) known.delete("reflection");
  return known;
}

export const CURATION_LIMITS = { points: 8, text: 400, message: 1000 } as const;

const raised = (ctx: TalkingPointContext, id: SignId) => ctx.levels[id] !== "ok";

/** A rule that applies while `sign` is raised, ranked by that sign's score. */
const whileRaised = (sign: SignId): Pick<TalkingPointRule, "priority" | "applies"> => ({
  priority: (ctx) => ctx.scores[sign],
  applies: (ctx) => raised(ctx, sign),
});

/** A filler that always applies, at a fixed rank below every sign rule. */
const always = (rank: number): Pick<TalkingPointRule, "priority" | "applies"> => ({ priority: () => rank, applies: () => true });

/**
 * What to ask the manager for, one rule per request. Sign rules fire from "watch"; the last three
 * fill up to REPORT_TALKING_POINTS.min when little is raised, so a healthy report still gives an agenda.
 */
export const TALKING_POINT_RULES: readonly TalkingPointRule[] = [
  {
    id: "protected-hands-on-time",
    title: "Protected hands-on time",
    ask: "Ask for a protected block of hands-on work each week (for example two half-days without meetings) and agree what can be delegated or dropped to make room.",
    ...whileRaised("missed-executing"),
  },
  {
    id: "keep-skills-current",
    title: "Keep the craft current",
    ask: "Ask for time for a small hands-on project, pairing or a course, so skills don't go stale while leading.",
    ...whileRaised("skills-slipping"),
  },
  {
    id: "fewer-status-meetings",
    title: "Fewer status meetings",
    ask: "Ask which recurring status meetings can become written updates or be skipped, and for backing when saying no to low-value meetings and politics.",
    ...whileRaised("meetings-politics"),
  },
  {
    id: "regular-one-on-one",
    title: "A regular 1:1",
    ask: "Ask for a fixed 1:1 every week or two that is moved, not cancelled, when calendars clash.",
    priority: (ctx) => ctx.scores["not-set-up"] + 1,
    applies: (ctx) => raised(ctx, "not-set-up") || (ctx.oneOnOnes.answered >= 4 && ctx.oneOnOnes.yes / ctx.oneOnOnes.answered < 0.25),
  },
  {
    id: "leadership-training",
    title: "Leadership training or a coach",
    ask: "Ask for leadership training, a coach or a mentor among experienced leads, with time set aside for it.",
    priority: (ctx) => ctx.scores["not-set-up"],
    applies: (ctx) => (raised(ctx, "not-set-up") && ctx.training.yes === 0) || (ctx.training.answered >= 8 && ctx.training.yes === 0),
  },
  {
    id: "role-fit",
    title: "How the role fits",
    ask: "Talk openly about which parts of leading bring joy and which don't, and whether a different mix of work or path (such as a senior hands-on role) would fit better.",
    ...whileRaised("doesnt-like-it"),
  },
  {
    id: "next-growth-goal",
    title: "Next growth goal",
    ask: "Agree on one leadership skill to build next and how to practise it before the next review.",
    ...always(-1),
  },
  {
    id: "keep-what-works",
    title: "Keep what works",
    ask: "Name what is working (the current time split, the support, the 1:1 rhythm) so it stays protected when priorities shift.",
    ...always(-2),
  },
  {
    id: "feedback-from-team",
    title: "Feedback from the team",
    ask: "Ask how the team and peers see the leadership so far, and for one concrete thing to do differently.",
    ...always(-3),
  },
];

export const REPORT_TALKING_POINTS = { min: 3, max: 4 } as const;

function applying(ctx: TalkingPointContext, rules: readonly TalkingPointRule[]) {
  return rules
    .map((rule, order) => ({ rule, order, priority: rule.priority(ctx) }))
    .filter(({ rule }) => rule.applies(ctx))
    .sort((a, b) => b.priority - a.priority || a.order - b.order);
}

/**
 * Every point that applies, most pressing first; the first three or four (the raised signs'
 * requests, topped up with general ones) come ticked. Leader-only points are listed, never ticked.
 */
export function suggestTalkingPoints(ctx: TalkingPointContext, rules: readonly TalkingPointRule[] = TALKING_POINT_RULES): TalkingPointSuggestion[] {
  const all = applying(ctx, rules);
  const shareable = all.filter((a) => !LEADER_ONLY_POINTS.has(a.rule.id));
  const specific = shareable.filter((a) => a.priority >= 0);
  const count = Math.max(REPORT_TALKING_POINTS.min, Math.min(REPORT_TALKING_POINTS.max, specific.length));
  const ticked = new Set(shareable.slice(0, count).map((a) => a.rule.id));
  return all.map(({ rule }) => ({ id: rule.id, title: rule.title, ask: rule.ask, ticked: ticked.has(rule.id), leaderOnly: LEADER_ONLY_POINTS.has(rule.id) }));
}

/** Three or four points, most pressing first, as the report shows them when the leader has not curated. */
export function talkingPoints(ctx: TalkingPointContext, rules: readonly TalkingPointRule[] = TALKING_POINT_RULES): TalkingPoint[] {
  return curateTalkingPoints(suggestTalkingPoints(ctx, rules), null);
}

const clean = (text: string, max: number) => text.replace(/\s+/g, " ").trim().slice(0, max);

/**
 * The points the report shows: without a choice, the ticked suggestions; with one, the picked
 * suggestions in their suggested order (with the leader's wording where given), then the leader's own.
 * A picked id that is not suggested for this range is ignored; a leader-only point is in only when picked.
 */
export function curateTalkingPoints(suggestions: readonly TalkingPointSuggestion[], choice: TalkingPointChoice | null): TalkingPoint[] {
  if (!choice) return suggestions.filter((s) => s.ticked && !s.leaderOnly).map(({ id, title, ask }) => ({ id, title, ask }));
  const picked = new Set(choice.picked);
  const chosen = suggestions
    .filter((s) => picked.has(s.id))
    .map(({ id, title, ask }) => {
      const edit = choice.edits?.[id];
      const own = edit === undefined ? "" : clean(edit, CURATION_LIMITS.text);
      return { id, title, ask: own === "" ? ask : own };
    });
  const added = (choice.added ?? [])
    .map((text) => clean(text, CURATION_LIMITS.text))
    .filter((text) => text !== "")
    .map((ask, i) => ({ id: `own-${i + 1}`, title: "Also to discuss", ask }));
  return [...chosen, ...added].slice(0, CURATION_LIMITS.points);
}

/** What the leader's form sent, before cleaning: every field may be missing or too long. */
export type TalkingPointChoiceInput = {
  picked?: readonly string[];
  edits?: Readonly<Record<string, string>>;
  added?: readonly string[];
  message?: string | null;
  include?: readonly string[];
};

/**
 * The choice as saved: known suggestion ids only (each once), wording kept only where it differs from
 * the suggestion's own, empty own points dropped, everything cut to CURATION_LIMITS. A leader-only point
 * is in only when its id was picked; editing its wording alone never includes it. Inclusions keep
 * their REPORT_INCLUSIONS order; the written reflection is dropped without the review.
 */
export function normalizeChoice(input: TalkingPointChoiceInput, rules: readonly TalkingPointRule[] = TALKING_POINT_RULES): TalkingPointChoice {
  const asks = new Map(rules.map((r) => [r.id, r.ask]));
  const picked = [...new Set((input.picked ?? []).filter((id) => asks.has(id)))].slice(0, CURATION_LIMITS.points);
  const edits: Record<string, string> = {};
  for (const [id, text] of Object.entries(input.edits ?? {}).slice(0, rules.length)) {
    const ask = asks.get(id);
    const own = clean(text, CURATION_LIMITS.text);
    if (ask !== undefined && own !== "" && own !== clean(ask, CURATION_LIMITS.text)) edits[id] = own;
  }
  const added = (input.added ?? [])
    .slice(0, CURATION_LIMITS.points)
    .map((t) => clean(t, CURATION_LIMITS.text))
    .filter((t) => t !== "");
  const message = (input.message ?? "").trim().slice(0, CURATION_LIMITS.message);
  const include = [...chosenInclusions({ include: input.include })];
  return {
    picked,
    ...(Object.keys(edits).length ? { edits } : {}),
    ...(added.length ? { added } : {}),
    ...(message ? { message } : {}),
    ...(include.length ? { include } : {}),
  };
}
