import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listCheckins } from "@/db/queries/checkins";
import { listExperiments } from "@/db/queries/reflection";
import { requireLeader } from "@/app/_server/auth";
import { ActionForm, EchoInput, EchoSelect, ReflectFieldError } from "@/components/reflect/action-form";
import { ResultCard } from "@/components/reflect/result-card";
import { ReflectNav } from "@/components/reflect/reflect-nav";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { selectClass } from "@/components/ui/select";
import {
  DEFAULT_EXPERIMENT_WEEKS,
  draftFromStep,
  EXPERIMENT_MAX_WEEKS,
  EXPERIMENT_MIN_WEEKS,
  experimentPhase,
  experimentResult,
  MAX_RUNNING_EXPERIMENTS,
  MEASURE_KINDS,
  measureLabel,
  type Experiment,
} from "@/lib/experiments";
import { EXPERIMENT_NOTE_MAX_LENGTH, EXPERIMENT_TITLE_MAX_LENGTH } from "@/lib/experiments/kinds";
import { defaultMeasure } from "@/lib/experiments/measures";
import { formatWeekLabel } from "@/lib/format";
import { currentIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";
import { allSteps } from "@/lib/signals/steps";
import { endExperimentAction, startExperimentAction } from "../actions";

export const metadata: Metadata = { title: "Experiments" };

const DONE: Record<string, string> = {
  started: "Experiment started. Your check-in will ask about it each week.",
  adjusted: "Adjusted: the old version is ended as “adjusted” and the new one has started.",
  kept: "Kept. It stays listed below with its result.",
  dropped: "Dropped. It stays listed below with its result — trying and dropping is useful too.",
};
const OUTCOME = { kept: "Kept", adjusted: "Adjusted", dropped: "Dropped" } as const;
const KIND_LABEL: Record<string, string> = {
  executionShareAtLeast: "Hands-on share at least (%)",
  mentoringShareAtLeast: "Mentoring share at least (%)",
  meetingsShareAtMost: "Meetings share at most (%)",
  lowValueMeetingHoursAtMost: "Low-value meeting hours at most (h)",
  totalHoursAtMost: "Total hours at most (h)",
  managerOneOnOneEveryOtherWeek: "A 1:1 with my manager every other week",
  trainingOrPeerTime: "Training or peer time each week",
};

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 80) : undefined);

export default async function ExperimentsPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const { user, profile } = await requireLeader();
  const params = await searchParams;
  const db = getDb();
  const [experiments, checkins] = [await listExperiments(db, user.id), await listCheckins(db, { userId: user.id })];
  const currentWeek = currentIsoWeek(new Date(), leaderTimeZone(profile));
  const steps = allSteps();
  const stepId = one(params.step);
  const step = stepId ? steps.find((s) => s.id === stepId) : undefined;
  const adjusting = experiments.find((e) => e.id === one(params.adjust) && e.outcome === null);
  const draft = adjusting
    ? { title: adjusting.title, stepId: adjusting.stepId, measure: adjusting.measure, weeks: adjusting.weeks }
    : step
      ? draftFromStep(step, { startWeek: currentWeek, targets: profile.targets, fallback: "executionShareAtLeast" })
      : null;
  const running = experiments.filter((e) => e.outcome === null);
  const past = experiments.filter((e) => e.outcome !== null).reverse();
  const done = one(params.done);
  const canStart = running.length < MAX_RUNNING_EXPERIMENTS || adjusting !== undefined;
  const targetOf = (kind: string) => {
    const m = draft && draft.measure.kind === kind ? draft.measure : defaultMeasure(kind as Experiment["measure"]["kind"], profile.targets);
    return "target" in m ? String(m.target) : "";
  };

  return (
    <div className="space-y-6">
      <ReflectNav current="/reflect/experiments" />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Experiments</h1>
        <p className="text-muted">Try one small change for a few weeks and see what it did — on its own measure, your energy and your satisfaction.</p>
      </header>
      {done && DONE[done] && (
        <Card tone="ok" role="status">
          {DONE[done]}
        </Card>
      )}

      <Section id="running-title" title={running.length === 0 ? "Nothing running" : running.length === 1 ? "Running now" : "Running now (2)"}>
        {running.length === 0 && <p>Start one below — from a next step on your dashboard, or your own idea.</p>}
        {running.map((e) => {
          const phase = experimentPhase(e, currentWeek);
          return (
            <div key={e.id} className="space-y-3" data-experiment={e.id}>
              <p>
                <strong>{e.title}</strong> <Badge tone="accent">{phase === "planned" ? "starts " + formatWeekLabel(e.startWeek) : phase === "ready" ? "ready to decide" : "running"}</Badge>
              </p>
              <p className="text-sm text-muted">
                {measureLabel(e.measure)} · {e.weeks} weeks from {formatWeekLabel(e.startWeek)}
              </p>
              {phase !== "planned" && <ResultCard result={experimentResult(e, checkins, { asOf: currentWeek })} />}
              {phase !== "planned" && (
                <ActionForm action={endExperimentAction} className="flex flex-wrap items-end gap-2" label={`Decide on ${e.title}`}>
                  <input type="hidden" name="experiment" value={e.id} />
                  <label className="flex min-w-60 flex-1 flex-col text-sm">
                    A note for later (optional)
                    <EchoInput id={`note-${e.id}`} name="note" maxLength={EXPERIMENT_NOTE_MAX_LENGTH} className={inputClass} />
                    <ReflectFieldError name="note" id={`note-${e.id}-error`} />
                  </label>
                  <Button type="submit" name="outcome" value="kept">
                    Keep it
                  </Button>
                  <Link href={`/reflect/experiments?adjust=${e.id}#start-title`} className={buttonClass("secondary")}>
                    Adjust it
                  </Link>
                  <Button type="submit" name="outcome" value="dropped" variant="secondary">
                    Drop it
                  </Button>
                </ActionForm>
              )}
            </div>
          );
        })}
      </Section>

      <Section id="start-title" title={adjusting ? `Adjust “${adjusting.title}”` : "Start an experiment"}>
        {!canStart ? (
          <p>Two experiments are running. One or two at a time is enough to tell what each one did; keep, adjust or drop one first.</p>
        ) : (
          <ActionForm action={startExperimentAction} className="grid grid-cols-1 gap-3 sm:grid-cols-2" label={adjusting ? "Adjust the experiment" : "Start an experiment"}>
            {adjusting && <input type="hidden" name="adjusts" value={adjusting.id} />}
            {draft?.stepId && <input type="hidden" name="stepId" value={draft.stepId} />}
            <label className="flex flex-col gap-1 sm:col-span-2">
              <span className="font-medium">What will you try?</span>
              <EchoInput id="experiment-title" name="title" required maxLength={EXPERIMENT_TITLE_MAX_LENGTH} defaultValue={draft?.title ?? ""} className={inputClass} />
              <ReflectFieldError name="title" id="experiment-title-error" />
            </label>
            <label className="flex flex-col gap-1">
              <span className="font-medium">The measure it should move</span>
              <EchoSelect id="experiment-measure" name="measure" defaultValue={draft?.measure.kind ?? "executionShareAtLeast"} className={`${selectClass} w-full`}>
                {MEASURE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABEL[k]}
                  </option>
                ))}
              </EchoSelect>
              <ReflectFieldError name="measure" id="experiment-measure-error" />
            </label>
            <label className="flex flex-col gap-1">
              <span className="font-medium">Target</span>
              <EchoInput id="experiment-target" name="target" inputMode="decimal" maxLength={8} defaultValue={targetOf(draft?.measure.kind ?? "executionShareAtLeast")} className={inputClass} />
              <ReflectFieldError name="target" id="experiment-target-error" />
              <span className="text-xs text-muted">A % of your week or hours; left out for the 1:1 and training measures.</span>
            </label>
            <label className="flex flex-col gap-1">
              <span className="font-medium">For how many weeks?</span>
              <EchoSelect id="experiment-weeks" name="weeks" defaultValue={String(draft?.weeks ?? DEFAULT_EXPERIMENT_WEEKS)} className={`${selectClass} w-full`}>
                {Array.from({ length: EXPERIMENT_MAX_WEEKS - EXPERIMENT_MIN_WEEKS + 1 }, (_, i) => i + EXPERIMENT_MIN_WEEKS).map((n) => (
                  <option key={n} value={n}>
                    {n} weeks
                  </option>
                ))}
              </EchoSelect>
              <ReflectFieldError name="weeks" id="experiment-weeks-error" />
            </label>
            <input type="hidden" name="startWeek" value={currentWeek} />
            <p className="self-end text-sm text-muted">Starts this week ({formatWeekLabel(currentWeek)}).</p>
            <div className="sm:col-span-2">
              <Button type="submit">{adjusting ? "Start the adjusted version" : "Start the experiment"}</Button>
            </div>
          </ActionForm>
        )}
      </Section>

      <Section id="past-title" title="Past experiments">
        {past.length === 0 ? (
          <p>None yet. Ended experiments stay here with their results.</p>
        ) : (
          <ul className="space-y-4">
            {past.map((e) => (
              <li key={e.id} className="space-y-2">
                <p>
                  <strong>{e.title}</strong> <Badge>{OUTCOME[e.outcome!]}</Badge>{" "}
                  <span className="text-sm text-muted">ended {formatWeekLabel(e.endedWeek!)}</span>
                </p>
                {e.note && <p className="text-sm">“{e.note}”</p>}
                <ResultCard result={experimentResult(e, checkins, { asOf: currentWeek })} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
