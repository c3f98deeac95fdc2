import Link from "next/link";
import { ActionForm, EchoRadio, ReflectFieldError } from "@/components/reflect/action-form";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/action-result";
import { Card } from "@/components/ui/card";
import { EXPERIMENT_ANSWERS, measureLabel, type Experiment } from "@/lib/experiments";

const LABELS = { yes: "Yes", partly: "Partly", no: "No" } as const;

/**
 * Beside the check-in: for each experiment running in `week`, the one question "Did you do it this
 * week?", and a link to the monthly wellbeing check when it is due. Its own small forms, apart from
 * the check-in form, so each answer saves on its own.
 */
export function CheckinExtras({
  week,
  asked,
  wellbeingDue,
  answered,
  answerAction,
}: {
  week: string;
  /** Running experiments whose weeks include `week` (experimentsToAsk). */
  asked: readonly Experiment[];
  wellbeingDue: boolean;
  answered?: string;
  answerAction: FormAction;
}) {
  if (asked.length === 0 && !wellbeingDue) return null;
  return (
    <div className="space-y-3">
      {asked.map((e) => {
        const answer = e.answers.find((a) => a.week === week)?.answer;
        const id = `experiment-${e.id}`;
        return (
          <Card key={e.id} as="section" tone="accent" aria-labelledby={id} padding="sm" className="space-y-2" data-experiment-question={e.id}>
            <h2 id={id} className="font-semibold">
              Your experiment: {e.title}
            </h2>
            <p className="text-sm text-muted">{measureLabel(e.measure)}</p>
            <ActionForm action={answerAction} className="flex flex-wrap items-center gap-3" label={`Did you do it this week: ${e.title}`}>
              <input type="hidden" name="experiment" value={e.id} />
              <input type="hidden" name="week" value={week} />
              <fieldset className="flex flex-wrap items-center gap-3">
                <legend className="mb-1 w-full text-sm font-medium">Did you do it this week?</legend>
                {EXPERIMENT_ANSWERS.map((a) => (
                  <label key={a} className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-border bg-surface px-3">
                    <EchoRadio name="answer" value={a} defaultChecked={answer === a} required className="size-5" />
                    {LABELS[a]}
                  </label>
                ))}
              </fieldset>
              <ReflectFieldError name="answer" id={`${id}-answer-error`} />
              <Button type="submit" variant="secondary">
                {answer ? "Change answer" : "Save answer"}
              </Button>
              {answer && (
                <span role={answered === e.id ? "status" : undefined} className="text-sm">
                  Saved: {LABELS[answer]}
                </span>
              )}
            </ActionForm>
          </Card>
        );
      })}
      {wellbeingDue && (
        <Card tone="muted" padding="sm" className="text-sm">
          Your monthly wellbeing check is due: seven short questions, only for you.{" "}
          <Link href="/reflect/wellbeing" className="font-semibold underline">
            Take the check
          </Link>
        </Card>
      )}
    </div>
  );
}
