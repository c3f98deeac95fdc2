"use server";
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { changeExperiments, saveReview, saveWellbeingCheck } from "@/db/queries/reflection";
import { validatedAction, type ActionLeader } from "@/app/_server/validated-action";
import { failed, type ActionResult } from "@/lib/action-result";
import { adjustExperiment, answerExperiment, endExperiment, startExperiment, type ExperimentDraft, type LifecycleErrorCode } from "@/lib/experiments";
import { MAX_RUNNING_EXPERIMENTS } from "@/lib/experiments/kinds";
import { currentIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";
import {
  ANSWER_EXPERIMENT_FORM,
  answerExperimentFormSchema,
  END_EXPERIMENT_FORM,
  endExperimentFormSchema,
  REVIEW_FORM,
  reviewFormSchema,
  START_EXPERIMENT_FORM,
  startExperimentFormSchema,
  WELLBEING_FORM,
  wellbeingFormSchema,
  WHO5_FIELDS,
} from "@/lib/validation/reflect-forms";
import { reviewSchema } from "@/lib/validation/review";
import { wellbeingCheckSchema } from "@/lib/validation/wellbeing";

// The forms of /reflect and the check-in's experiment question. Each goes through validatedAction
// (bounded, declared fields only; docs/contributing.md); a refusal comes back beside the field, a
// success redirects to the page with a short status code it turns into words. Every write goes to
// the signed-in leader's rows only.

const LIFECYCLE_MESSAGES: Record<LifecycleErrorCode, string> = {
  INVALID: "Something in the form was not right.",
  TOO_MANY_RUNNING: `At most ${MAX_RUNNING_EXPERIMENTS} experiments run at a time. Keep, adjust or drop one first.`,
  SAME_MEASURE_RUNNING: "An experiment on that measure is already running; two on one measure can't be told apart.",
  START_IN_PAST: "An experiment starts this week or later.",
  START_TOO_FAR: "Start it within the next four weeks.",
  NOT_RUNNING: "That experiment has already ended.",
  NOT_STARTED: "That experiment hasn't started yet.",
  NOT_FOUND: "That experiment no longer exists. Reload the page.",
  WEEK_OUTSIDE: "That week is not one of the experiment's weeks.",
  WEEK_IN_FUTURE: "Answer for this week or an earlier one.",
  DUPLICATE_ID: "Please try again.",
};

/** The form field that shows a lifecycle refusal at `path` (an experiment's own field names). */
function fieldOfPath(path: string | undefined): string {
  if (!path) return "form";
  if (path.startsWith("measure.target") || path === "target") return "target";
  if (path.startsWith("measure")) return "measure";
  if (path === "title" || path === "weeks" || path === "startWeek" || path === "note") return path;
  return "form";
}

function lifecycleFailure(result: { code: LifecycleErrorCode; message: string; path?: string }): ActionResult {
  const message = result.code === "INVALID" ? `${result.message}.` : LIFECYCLE_MESSAGES[result.code];
  return failed(message, { [fieldOfPath(result.path)]: message });
}

const weekOf = ({ profile }: ActionLeader) => currentIsoWeek(new Date(), leaderTimeZone(profile));
const newId = () => `e-${randomBytes(6).toString("base64url")}`;
const NO_PROFILE = "Set up your profile first.";

export const startExperimentAction = validatedAction(
  startExperimentFormSchema,
  START_EXPERIMENT_FORM,
  async (form, leader) => {
    if (!leader.profile) return failed(NO_PROFILE);
    const currentWeek = weekOf(leader);
    const measure = (form.target == null ? { kind: form.measure } : { kind: form.measure, target: form.target }) as ExperimentDraft["measure"];
    const draft: ExperimentDraft = { title: form.title, stepId: form.stepId ?? null, startWeek: form.startWeek ?? currentWeek, weeks: form.weeks, measure };
    const adjusts = form.adjusts ?? null;
    const result = await changeExperiments(getDb(), leader.user.id, (current) => {
      if (adjusts) {
        const old = current.find((e) => e.id === adjusts);
        if (!old) return { ok: false, code: "NOT_FOUND", message: "No such experiment" };
        const r = adjustExperiment(current, old, draft, { id: newId(), currentWeek });
        return r.ok ? { ok: true, value: [r.value.ended, r.value.next] } : r;
      }
      const r = startExperiment(current, draft, { id: newId(), currentWeek });
      return r.ok ? { ok: true, value: [r.value] } : r;
    });
    if (!result.ok) return lifecycleFailure(result);
    revalidatePath("/", "layout");
    redirect(`/reflect/experiments?done=${adjusts ? "adjusted" : "started"}`);
  },
  { invalidMessage: "Not started. Please fix the fields below.", echo: ["title", "measure", "target", "weeks"] },
);

/** The check-in's one question: "Did you do it this week?" */
export const answerExperimentAction = validatedAction(
  answerExperimentFormSchema,
  ANSWER_EXPERIMENT_FORM,
  async ({ experiment, week, answer }, leader) => {
    const currentWeek = weekOf(leader);
    const result = await changeExperiments(getDb(), leader.user.id, (current) => {
      const e = current.find((x) => x.id === experiment);
      if (!e) return { ok: false, code: "NOT_FOUND", message: "No such experiment" };
      const r = answerExperiment(e, week, answer, { currentWeek });
      return r.ok ? { ok: true, value: [r.value] } : r;
    });
    if (!result.ok) return lifecycleFailure({ ...result, path: undefined });
    revalidatePath("/", "layout");
    redirect(`/checkin/${week}?answered=${encodeURIComponent(experiment)}`);
  },
  { invalidMessage: "Not saved: choose yes, partly or no." },
);

/** Keep or drop at the end (adjust goes through the start form with `adjusts`). */
export const endExperimentAction = validatedAction(
  endExperimentFormSchema,
  END_EXPERIMENT_FORM,
  async ({ experiment, outcome, note }, leader) => {
    const currentWeek = weekOf(leader);
    const result = await changeExperiments(getDb(), leader.user.id, (current) => {
      const e = current.find((x) => x.id === experiment);
      if (!e) return { ok: false, code: "NOT_FOUND", message: "No such experiment" };
      const r = endExperiment(e, outcome, { currentWeek, note: note || null });
      return r.ok ? { ok: true, value: [r.value] } : r;
    });
    if (!result.ok) return lifecycleFailure(result);
    revalidatePath("/", "layout");
    redirect(`/reflect/experiments?done=${outcome}`);
  },
  { invalidMessage: "Not saved. Please fix the fields below.", echo: ["note"] },
);

export const saveWellbeingAction = validatedAction(
  wellbeingFormSchema,
  WELLBEING_FORM,
  async (answers, leader) => {
    const week = weekOf(leader);
    const check = wellbeingCheckSchema.parse({ week, ...answers });
    await saveWellbeingCheck(getDb(), leader.user.id, check);
    revalidatePath("/", "layout");
    redirect(`/reflect/wellbeing?saved=${week}`);
  },
  { invalidMessage: "Not saved. Please answer the questions marked below.", echo: [...WHO5_FIELDS, "burnout"] },
);

export const saveReviewAction = validatedAction(
  reviewFormSchema,
  REVIEW_FORM,
  async (form, leader) => {
    const week = weekOf(leader);
    const parsed = reviewSchema.safeParse({ week, milestone: form.milestone ?? null, leaning: form.leaning ?? null, reflection: form.reflection ?? null });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path[0] === "reflection" ? "reflection" : "form";
      return failed(issue?.message ?? "Not saved.", { [field]: issue?.message ?? "Not saved." });
    }
    await saveReview(getDb(), leader.user.id, parsed.data);
    revalidatePath("/", "layout");
    redirect(`/reflect/review?saved=${week}`);
  },
  { invalidMessage: "Not saved. Please fix the fields below.", echo: ["leaning", "reflection"] },
);
