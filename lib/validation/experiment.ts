import { z } from "zod";
import {
  EXPERIMENT_ANSWERS,
  EXPERIMENT_ID_MAX_LENGTH,
  EXPERIMENT_ID_PATTERN,
  EXPERIMENT_MAX_WEEKS,
  EXPERIMENT_MIN_WEEKS,
  EXPERIMENT_NOTE_MAX_LENGTH,
  EXPERIMENT_OUTCOMES,
  EXPERIMENT_TITLE_MAX_LENGTH,
  MAX_EXPERIMENTS,
  MAX_RUNNING_EXPERIMENTS,
  MEASURE_TARGET_BOUNDS,
  STEP_ID_MAX_LENGTH,
  STEP_ID_PATTERN,
  type TargetMeasureKind,
} from "../experiments/kinds";
import { addIsoWeeks, compareIsoWeeks, isValidIsoWeek } from "../iso-week";
import { isoWeekSchema, optionalNote, userText } from "./primitives";

const idSchema = z
  .string({ error: "The id must be text" })
  .max(EXPERIMENT_ID_MAX_LENGTH, `An id has at most ${EXPERIMENT_ID_MAX_LENGTH} characters`)
  .regex(EXPERIMENT_ID_PATTERN, "An id uses only letters, digits, - and _");

const stepIdSchema = z
  .string({ error: "The step id must be text" })
  .max(STEP_ID_MAX_LENGTH, `A step id has at most ${STEP_ID_MAX_LENGTH} characters`)
  .regex(STEP_ID_PATTERN, "A step id is lower-case words joined by hyphens, such as block-hands-on-half-days");

function targetSchema(kind: TargetMeasureKind) {
  const { min, max, unit } = MEASURE_TARGET_BOUNDS[kind];
  const base = z.number({ error: "The target must be a number" }).min(min, `The target is at least ${min}`).max(max, `The target is at most ${max}`);
  return unit === "percent"
    ? base.int("Use a whole percentage")
    : base.refine((v) => Number.isInteger(v * 4), "Use quarter hours (for example 2.5)");
}

const targeted = <K extends TargetMeasureKind>(kind: K) => z.strictObject({ kind: z.literal(kind), target: targetSchema(kind) });

export const experimentMeasureSchema = z.discriminatedUnion(
  "kind",
  [
    targeted("executionShareAtLeast"),
    targeted("mentoringShareAtLeast"),
    targeted("meetingsShareAtMost"),
    targeted("lowValueMeetingHoursAtMost"),
    targeted("totalHoursAtMost"),
    z.strictObject({ kind: z.literal("managerOneOnOneEveryOtherWeek") }),
    z.strictObject({ kind: z.literal("trainingOrPeerTime") }),
  ],
  { error: "Choose a measure from the list (for example executionShareAtLeast)" },
);

export const experimentAnswerSchema = z.strictObject({
  week: isoWeekSchema,
  answer: z.enum(EXPERIMENT_ANSWERS, { error: "Answer yes, partly or no" }),
});

const experimentObject = z.strictObject({
  id: idSchema,
  title: userText(z.string({ error: "Say what you will try" }).trim().min(1, "Say what you will try"), {
    what: "The title",
    max: EXPERIMENT_TITLE_MAX_LENGTH,
    tooLong: `Keep it to ${EXPERIMENT_TITLE_MAX_LENGTH} characters`,
  }),
  stepId: stepIdSchema.nullish().transform((v) => v ?? null),
  measure: experimentMeasureSchema,
  startWeek: isoWeekSchema,
  weeks: z
    .number({ error: "Give the number of weeks" })
    .int("Use a whole number of weeks")
    .min(EXPERIMENT_MIN_WEEKS, `An experiment runs ${EXPERIMENT_MIN_WEEKS} to ${EXPERIMENT_MAX_WEEKS} weeks`)
    .max(EXPERIMENT_MAX_WEEKS, `An experiment runs ${EXPERIMENT_MIN_WEEKS} to ${EXPERIMENT_MAX_WEEKS} weeks`),
  answers: z.array(experimentAnswerSchema, { error: "answers must be a list" }).max(EXPERIMENT_MAX_WEEKS, `At most ${EXPERIMENT_MAX_WEEKS} answers, one a week`),
  outcome: z.enum(EXPERIMENT_OUTCOMES, { error: "The outcome is kept, adjusted or dropped" }).nullish().transform((v) => v ?? null),
  endedWeek: isoWeekSchema.nullish().transform((v) => v ?? null),
  adjusts: idSchema.nullish().transform((v) => v ?? null),
  note: optionalNote("note", EXPERIMENT_NOTE_MAX_LENGTH),
});

/** The last week the experiment was planned to run. */
export function plannedLastWeek(e: { startWeek: string; weeks: number }): string {
  return addIsoWeeks(e.startWeek, e.weeks - 1);
}

/**
 * An experiment in the data format: what the lead tries, its measure, its weeks and answers, and
 * once ended its outcome. Its own rules: answers fall in its weeks (one a week), an outcome comes
 * with the week it ended, no earlier than it started and no later than planned, and it never adjusts itself.
 */
export const experimentSchema = experimentObject.superRefine((e, ctx) => {
  if (!isValidIsoWeek(e.startWeek)) return;
  const last = plannedLastWeek(e);
  const end = e.endedWeek !== null && isValidIsoWeek(e.endedWeek) ? e.endedWeek : last;
  if ((e.outcome === null) !== (e.endedWeek === null)) {
    ctx.addIssue({
      code: "custom",
      path: [e.outcome === null ? "outcome" : "endedWeek"],
      message: "An ended experiment has both an outcome and the week it ended; a running one has neither",
    });
  }
  if (e.endedWeek !== null && isValidIsoWeek(e.endedWeek)) {
    if (compareIsoWeeks(e.endedWeek, e.startWeek) < 0 || compareIsoWeeks(e.endedWeek, last) > 0) {
      ctx.addIssue({ code: "custom", path: ["endedWeek"], message: `The end week lies from ${e.startWeek} to ${last}` });
    }
  }
  const seen = new Map<string, number>();
  e.answers.forEach((a, i) => {
    if (!isValidIsoWeek(a.week)) return;
    const first = seen.get(a.week);
    if (first !== undefined) {
      ctx.addIssue({ code: "custom", path: ["answers", i, "week"], message: `Week ${a.week} is answered twice (also at answers[${first}])` });
    } else seen.set(a.week, i);
    if (compareIsoWeeks(a.week, e.startWeek) < 0 || compareIsoWeeks(a.week, end) > 0) {
      ctx.addIssue({ code: "custom", path: ["answers", i, "week"], message: `An answer's week lies from ${e.startWeek} to ${end}` });
    }
  });
  if (e.adjusts === e.id) ctx.addIssue({ code: "custom", path: ["adjusts"], message: "An experiment can't adjust itself" });
});

export type ExperimentInput = z.input<typeof experimentSchema>;
export type Experiment = z.output<typeof experimentSchema>;
export type ExperimentMeasure = z.output<typeof experimentMeasureSchema>;
export type ExperimentAnswerEntry = z.output<typeof experimentAnswerSchema>;

type Issue = { path: (string | number)[]; message: string };

/**
 * Rules across a lead's experiments: unique ids, an `adjusts` that names another of them, at most
 * MAX_RUNNING_EXPERIMENTS without an outcome, and no two of those on the same measure.
 */
export function experimentListIssues(list: readonly Experiment[]): Issue[] {
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  list.forEach((e, i) => {
    const first = ids.get(e.id);
    if (first !== undefined) issues.push({ path: [i, "id"], message: `The id "${e.id}" appears twice (also at [${first}])` });
    else ids.set(e.id, i);
  });
  list.forEach((e, i) => {
    if (e.adjusts !== null && e.adjusts !== e.id && !ids.has(e.adjusts)) {
      issues.push({ path: [i, "adjusts"], message: `No experiment has the id "${e.adjusts}"` });
    }
  });
  const running = list.map((e, i) => ({ e, i })).filter(({ e }) => e.outcome === null);
  if (running.length > MAX_RUNNING_EXPERIMENTS) {
    issues.push({
      path: [running[MAX_RUNNING_EXPERIMENTS]!.i, "outcome"],
      message: `At most ${MAX_RUNNING_EXPERIMENTS} experiments run at a time; end one first (${running.length} have no outcome)`,
    });
  }
  const kinds = new Map<string, number>();
  for (const { e, i } of running) {
    const first = kinds.get(e.measure.kind);
    if (first !== undefined) {
      issues.push({ path: [i, "measure", "kind"], message: `Two running experiments on the same measure (also at [${first}]) can't be told apart` });
    } else kinds.set(e.measure.kind, i);
  }
  return issues;
}

export const experimentsListSchema = z
  .array(experimentSchema, { error: "experiments must be a list" })
  .max(MAX_EXPERIMENTS, `A backup holds at most ${MAX_EXPERIMENTS.toLocaleString("en-US")} experiments`)
  .superRefine((list, ctx) => {
    for (const issue of experimentListIssues(list)) ctx.addIssue({ code: "custom", ...issue });
  });
